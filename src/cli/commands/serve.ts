import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { startServer } from '../../server.js';
import { CliError } from '../errors.js';
import { parsePort } from '../ports.js';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the gateway HTTP server')
    .option('--port <port>', 'port to listen on (0 picks a free one)')
    .option('--host <host>', 'address to listen on')
    .action(async (options: { port?: string; host?: string }) => {
      const config = loadConfig();
      if (options.port !== undefined) config.port = parsePort(options.port, '--port');
      if (options.host !== undefined) config.host = options.host;
      let server: Awaited<ReturnType<typeof startServer>>;
      try {
        server = await startServer(config);
      } catch (error) {
        throw CliError.from(error, 'cannot start the gateway');
      }
      server.gateway.logger.info(
        { url: server.url, database: server.gateway.store.db.description },
        'adgate is listening',
      );
      process.stdout.write(`adgate listening on ${server.url}\n`);
      const stop = () => {
        server.gateway.logger.info('draining: finishing the calls in flight, then stopping');
        server.close().then(
          (drained) => process.exit(drained ? 0 : 1),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
