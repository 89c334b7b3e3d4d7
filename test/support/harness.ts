/** Builds a gateway and its Fastify app on a test database, with an organisation and a key. */
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Tier } from '../../src/config.js';
import type { Clock } from '../../src/core/clock.js';
import type { AnyTool } from '../../src/core/tool.js';
import { createGateway, type Gateway, type GatewayOptions } from '../../src/gateway.js';
import { createLogger } from '../../src/logger.js';
import { createOrganization } from '../../src/operations/organizations.js';
import { buildApp } from '../../src/rest/app.js';
import type { TestDatabase } from './stores.js';
import { tempDir } from './stores.js';

export const TEST_SECRET_KEY = Buffer.alloc(32, 7).toString('base64');

export interface Harness {
  gateway: Gateway;
  app: FastifyInstance;
  close(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
  clock?: Clock;
  tools?: AnyTool[];
  logger?: ReturnType<typeof createLogger>;
  tiktok?: GatewayOptions['tiktok'];
  /** Epoch milliseconds for the shared limits. */
  limitsNow?: () => number;
}

export async function startHarness(db: TestDatabase, options: HarnessOptions = {}): Promise<Harness> {
  const dataDir = tempDir();
  const config = loadConfig({
    NODE_ENV: 'test',
    ADGATE_DATA_DIR: dataDir,
    ADGATE_DATABASE_URL: db.url,
    ADGATE_SECRET_KEY: TEST_SECRET_KEY,
    ADGATE_LOG_LEVEL: 'silent',
    ADGATE_RATE_LIMIT_RPS: '100000',
    ...options.env,
  });
  const gateway = await createGateway(config, {
    ...(options.clock ? { clock: options.clock } : {}),
    logger: options.logger ?? createLogger('silent'),
    extraTools: options.tools ?? [],
    ...(options.limitsNow ? { limitsNow: options.limitsNow } : {}),
    storeOptions: db.storeOptions,
    // Retries keep their shape, at a test's pace.
    tiktok: options.tiktok ?? { backoff: { baseMs: 5, throttleBaseMs: 5, maxMs: 20 } },
  });
  const app = await buildApp(gateway);
  await app.ready();
  return {
    gateway,
    app,
    close: async () => {
      await app.close();
      await gateway.close();
    },
  };
}

export async function createOrgWithKey(
  gateway: Gateway,
  tier: Tier = 'plus',
  anchorDay = 1,
): Promise<{ organizationId: string; key: string; keyId: string }> {
  const org = await createOrganization(gateway, { name: `Test ${tier}`, tier, billingAnchorDay: anchorDay });
  const { key, record } = await gateway.keys.create(org.id, { name: 'test' });
  return { organizationId: org.id, key, keyId: record.id };
}

export function executeRequest(
  app: FastifyInstance,
  tool: string,
  key: string | undefined,
  body: unknown,
  headers: Record<string, string | string[]> = {},
) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/tools/${tool}/execute`,
    headers: {
      'content-type': 'application/json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...headers,
    },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
