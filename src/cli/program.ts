import { Command } from 'commander';
import { registerAccountCommands } from './commands/accounts.js';
import { registerAdminKeyCommands } from './commands/admin-keys.js';
import { registerAuditCommand } from './commands/audit.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerEmulatorCommand } from './commands/emulator.js';
import { registerInfoCommand } from './commands/info.js';
import { registerKeyCommands } from './commands/keys.js';
import { registerOrgCommands } from './commands/orgs.js';
import { registerServeCommand } from './commands/serve.js';
import { registerUsageCommand } from './commands/usage.js';
import { announceDatabase } from './context.js';
import { examples } from './examples.js';
import { VERSION } from './version.js';

export function buildProgram(): Command {
  const program = new Command('adgate')
    .description('adgate: a self-hostable gateway that runs TikTok ad operations as safe, metered tools')
    .version(VERSION, '-V, --version', 'print the version')
    .option('--show-db', 'first print, on stderr, which database the command uses')
    .exitOverride();
  program.hook('preAction', (command) => announceDatabase(Boolean(command.opts().showDb)));
  examples(program, [
    'adgate serve',
    'adgate orgs create --name "Acme Ads" --tier plus',
    'adgate keys create --org "Acme Ads" --name agent',
    'adgate admin-keys create --name ops   # then sign in at /console',
    'adgate info   # which database, data folder and key this folder uses',
  ]);
  registerServeCommand(program);
  registerOrgCommands(program);
  registerKeyCommands(program);
  registerUsageCommand(program);
  registerAccountCommands(program);
  registerAdminKeyCommands(program);
  registerAuditCommand(program);
  registerInfoCommand(program);
  registerEmulatorCommand(program);
  registerDemoCommand(program);
  for (const command of program.commands) {
    command.exitOverride();
    for (const sub of command.commands) sub.exitOverride();
  }
  return program;
}
