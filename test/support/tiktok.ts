/** A gateway wired to a running TikTok emulator, with an organisation, a key and connected advertisers. */
import { connectWithToken } from '../../src/operations/accounts.js';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../src/tiktok/emulator/index.js';
import { createOrgWithKey, type Harness, type HarnessOptions, startHarness } from './harness.js';
import { type StoreTarget, storeTargets, type TestDatabase } from './stores.js';

export interface TikTokHarness extends Harness {
  emulator: Emulator;
  emulatorUrl: string;
}

export async function startTikTokHarness(
  db: TestDatabase,
  options: HarnessOptions & { emulator?: EmulatorOptions } = {},
): Promise<TikTokHarness> {
  const emulator = createEmulator({ qps: Number.POSITIVE_INFINITY, ...options.emulator });
  const emulatorUrl = await emulator.listen({ port: 0 });
  const harness = await startHarness(db, {
    ...options,
    env: { TIKTOK_API_BASE_URL: emulatorUrl, TIKTOK_QPS: '1000', TIKTOK_TIMEOUT_MS: '2000', ...options.env },
  });
  return {
    ...harness,
    emulator,
    emulatorUrl,
    close: async () => {
      await harness.close();
      await emulator.close();
    },
  };
}

/** An organisation with a key and the advertisers of `token` connected. */
export async function orgWithAdvertisers(
  h: TikTokHarness,
  token: string,
  advertiserIds: string[],
  tier: 'plus' | 'max' = 'max',
) {
  const org = await createOrgWithKey(h.gateway, tier);
  await connectWithToken(h.gateway, org.organizationId, token, advertiserIds);
  return org;
}

/** A harness on the first store target, with one organisation that has one advertiser connected. */
export async function startSingleAdvertiserHarness(
  token: string,
  advertiserId: string,
  options: HarnessOptions & { emulator?: EmulatorOptions } = {},
) {
  const db = await (storeTargets[0] as StoreTarget).create();
  const h = await startTikTokHarness(db, options);
  const { key, organizationId } = await orgWithAdvertisers(h, token, [advertiserId]);
  return { h, db, key, organizationId };
}
