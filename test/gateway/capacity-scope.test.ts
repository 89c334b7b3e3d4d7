/**
 * Every TikTok send of a tool call waits in the capacity limiter under the caller's organisation
 * and tier (the fair queue of src/limits/capacity.ts), the checks of a refused call included.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ADVERTISER_IDS, CAMPAIGN_IDS, TOKENS } from '../../src/tiktok/emulator/index.js';
import type { AcquireOptions } from '../../src/tiktok/limiter.js';
import { executeRequest } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';
import { orgWithAdvertisers, startTikTokHarness, type TikTokHarness } from '../support/tiktok.js';

describe('the TikTok sends of a tool call', () => {
  let db: TestDatabase;
  let h: TikTokHarness;
  let scopes: Array<AcquireOptions['scope']> = [];

  beforeAll(async () => {
    db = await storeTargets[0]!.create();
    h = await startTikTokHarness(db);
    const capacity = h.gateway.limits.capacity;
    const acquire = capacity.acquire.bind(capacity);
    vi.spyOn(capacity, 'acquire').mockImplementation((options) => {
      scopes.push(options?.scope);
      return acquire(options);
    });
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });

  const addAdGroup = (key: string, budget: number) =>
    executeRequest(h.app, 'add_tiktok_ad_group', key, {
      arguments: { campaign_id: CAMPAIGN_IDS.US_TRAFFIC, adgroup_name: 'scoped', budget },
    });

  it.each(['max', 'plus'] as const)('are queued under the organisation of a %s caller', async (tier) => {
    const { key, organizationId } = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US], tier);
    scopes = [];
    const res = await addAdGroup(key, 50);
    expect(res.statusCode, res.body).toBe(200);
    expect(scopes.length).toBeGreaterThan(0);
    expect(new Set(scopes.map((scope) => JSON.stringify(scope)))).toEqual(
      new Set([JSON.stringify({ organizationId, tier })]),
    );
  });

  it('are queued under the caller when a refused call checks its facts at TikTok', async () => {
    const { key, organizationId } = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US]);
    scopes = [];
    const res = await addAdGroup(key, -1);
    expect(res.statusCode).toBe(400);
    expect(scopes.length).toBeGreaterThan(0);
    expect(scopes.every((scope) => scope?.organizationId === organizationId)).toBe(true);
  });
});
