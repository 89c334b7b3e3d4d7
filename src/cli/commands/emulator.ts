import type { Command } from 'commander';
import { startEmulatorCli } from '../../tiktok/emulator/index.js';
import { CliError } from '../errors.js';
import { parsePort } from '../ports.js';

export function registerEmulatorCommand(program: Command): void {
  program
    .command('emulator')
    .description("run the TikTok Marketing API emulator alone (TikTok's envelope, codes, rules and faults)")
    .option('--port <port>', 'port to listen on', '9090')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--qps <qps>', 'requests per second before it answers 40100, or "off"', '10')
    .action(async (options: { port: string; host: string; qps: string }) => {
      const qps = options.qps === 'off' ? Number.POSITIVE_INFINITY : Number(options.qps);
      if (!(qps > 0)) throw new CliError(`--qps must be a positive number or "off", not "${options.qps}".`);
      let emulator: Awaited<ReturnType<typeof startEmulatorCli>>;
      try {
        emulator = await startEmulatorCli({
          port: parsePort(options.port, '--port'),
          host: options.host,
          qps,
        });
      } catch (error) {
        throw CliError.from(error, 'cannot start the emulator');
      }
      const stop = () => {
        emulator.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
