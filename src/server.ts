/**
 * Runs the gateway as a long-lived HTTP server: build, listen, purge expired idempotency records
 * in the background, and shut down cleanly.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { createGateway, type Gateway, type GatewayOptions } from './gateway.js';
import { buildApp } from './rest/app.js';

const PURGE_EVERY_MS = 10 * 60 * 1000;

export interface RunningServer {
  url: string;
  gateway: Gateway;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function startServer(config: Config, options: GatewayOptions = {}): Promise<RunningServer> {
  const gateway = await createGateway(config, options);
  const app = await buildApp(gateway);
  let url: string;
  try {
    url = await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await gateway.close();
    throw error;
  }
  const purge = setInterval(() => {
    gateway.idempotency
      .purgeExpired()
      .then((count) => count > 0 && gateway.logger.info({ count }, 'purged expired idempotency records'))
      .catch((error) => gateway.logger.warn({ err: error }, 'could not purge idempotency records'));
  }, PURGE_EVERY_MS);
  purge.unref();
  return {
    url,
    gateway,
    app,
    close: async () => {
      clearInterval(purge);
      await app.close();
      await gateway.close();
    },
  };
}
