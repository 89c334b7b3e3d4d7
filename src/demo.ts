/**
 * `adgate demo`: the whole product on one machine with nothing configured. It starts the TikTok
 * emulator and the gateway (SQLite in the data folder), creates a demo organisation on the plus
 * tier with an API key and a connected emulated advertiser, and returns a curl command that
 * creates an ad group.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { connectWithToken } from './operations/accounts.js';
import { createOrganization } from './operations/organizations.js';
import { type RunningServer, startServer } from './server.js';
import {
  ADVERTISER_IDS,
  APP,
  CAMPAIGN_IDS,
  createEmulator,
  type Emulator,
  TOKENS,
} from './tiktok/emulator/index.js';

export interface Demo {
  emulator: Emulator;
  emulatorUrl: string;
  server: RunningServer;
  organizationId: string;
  apiKey: string;
  curl: string;
  close(): Promise<void>;
}

export async function startDemo(
  config: Config,
  options: { emulatorPort?: number; logger?: Logger } = {},
): Promise<Demo> {
  const emulator = createEmulator();
  const emulatorUrl = await emulator.listen({ port: options.emulatorPort ?? 0, host: '127.0.0.1' });
  let server: RunningServer;
  try {
    server = await startServer(
      {
        ...config,
        tiktok: { ...config.tiktok, baseUrl: emulatorUrl, appId: APP.ID, appSecret: APP.SECRET },
      },
      options.logger ? { logger: options.logger } : {},
    );
  } catch (error) {
    await emulator.close();
    throw error;
  }
  const { gateway } = server;
  const org = await createOrganization(gateway, { name: 'adgate demo', tier: 'plus' });
  const { key } = await gateway.keys.create(org.id, { name: 'demo' });
  await connectWithToken(gateway, org.id, TOKENS.SINGLE, [ADVERTISER_IDS.US]);

  const body = JSON.stringify({
    arguments: { campaign_id: CAMPAIGN_IDS.US_TRAFFIC, adgroup_name: 'Demo - US traffic', budget: 50 },
  });
  const curl = [
    `curl -s ${server.url}/api/v1/tools/add_tiktok_ad_group/execute \\`,
    `  -H 'Authorization: Bearer ${key}' \\`,
    "  -H 'Content-Type: application/json' \\",
    // A fixed key: running the command twice shows the replay instead of a second ad group.
    `  -H 'Idempotency-Key: ${randomUUID()}' \\`,
    `  -d '${body}'`,
  ].join('\n');
  return {
    emulator,
    emulatorUrl,
    server,
    organizationId: org.id,
    apiKey: key,
    curl,
    close: async () => {
      await server.close();
      await emulator.close();
    },
  };
}
