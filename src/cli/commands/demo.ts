import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { startDemo } from '../../demo.js';
import { APP, TOKENS } from '../../tiktok/emulator/index.js';
import { humanLogger } from '../context.js';
import { CliError } from '../errors.js';
import { parsePort } from '../ports.js';

/**
 * What connects the emulator's advertisers to a new organisation: this demo's data folder and
 * emulator URL (its port changes), the emulator's app, and its token for several advertisers
 * (src/tiktok/emulator/README.md).
 */
export function connectCommands(cli: string, dataDir: string, emulatorUrl: string): string[] {
  return [
    `export ADGATE_DATA_DIR='${dataDir}' TIKTOK_API_BASE_URL='${emulatorUrl}' TIKTOK_APP_ID='${APP.ID}' TIKTOK_APP_SECRET='${APP.SECRET}'`,
    `${cli} orgs create --name "My agency" --tier plus`,
    `echo ${TOKENS.MULTI} | ${cli} accounts connect --org "My agency" --access-token -`,
    `${cli} keys create --org "My agency" --name agent`,
  ];
}

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('start the TikTok emulator and the gateway, with a demo organisation, key and advertiser')
    .option('--port <port>', 'gateway port (0 picks a free one)')
    .option('--emulator-port <port>', 'emulator port (default: a free one)')
    .action(async (options: { port?: string; emulatorPort?: string }) => {
      const config = loadConfig();
      if (options.port !== undefined) config.port = parsePort(options.port, '--port');
      let demo: Awaited<ReturnType<typeof startDemo>>;
      try {
        // The demo is watched by a person: its output is the key and the curl command, not JSON logs.
        demo = await startDemo(config, {
          logger: humanLogger(),
          ...(options.emulatorPort
            ? { emulatorPort: parsePort(options.emulatorPort, '--emulator-port') }
            : {}),
        });
      } catch (error) {
        throw CliError.from(error, 'cannot start the demo');
      }
      // This very command, so the printed lines work from any folder.
      const cli = `node ${process.argv[1]}`;
      process.stdout.write(
        [
          '',
          `adgate listening on ${demo.server.url}`,
          `TikTok emulator on ${demo.emulatorUrl} (no TikTok app configured: every call goes to the emulator)`,
          '',
          `Organisation: ${demo.organizationId} (plus tier, 150 tool calls a month)`,
          `API key:      ${demo.apiKey}`,
          '',
          'Create an ad group:',
          '',
          demo.curl,
          '',
          'Run it twice: the second answer is the stored one (Idempotent-Replayed: true), not a second ad group.',
          `Try the tools in the browser: ${demo.server.url}/docs (Authorize with the key above).`,
          `Operator console: ${demo.server.url}/console (sign in with an admin key: ${cli} admin-keys create).`,
          '',
          "Connect the emulator's advertisers (US, EU, UK, JP) to a new organisation, from another terminal:",
          '',
          ...connectCommands(cli, config.dataDir, demo.emulatorUrl).map((line) => `  ${line}`),
          '',
          'Stop with Ctrl-C.',
          '',
        ].join('\n'),
      );
      const stop = () => {
        demo.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
