import { Command } from 'commander';
import { registerAccountCommands } from './commands/accounts.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerEmulatorCommand } from './commands/emulator.js';
import { registerKeyCommands } from './commands/keys.js';
import { registerOrgCommands } from './commands/orgs.js';
import { registerServeCommand } from './commands/serve.js';
import { registerUsageCommand } from './commands/usage.js';

export function buildProgram(): Command {
  const program = new Command('adgate')
    .description('adgate: a self-hostable gateway that runs TikTok ad operations as safe, metered tools')
    .exitOverride();
  registerServeCommand(program);
  registerOrgCommands(program);
  registerKeyCommands(program);
  registerUsageCommand(program);
  registerAccountCommands(program);
  registerEmulatorCommand(program);
  registerDemoCommand(program);
  for (const command of program.commands) {
    command.exitOverride();
    for (const sub of command.commands) sub.exitOverride();
  }
  return program;
}
