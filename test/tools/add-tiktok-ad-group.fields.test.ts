/**
 * Every argument of the seed page, sent through the gateway over HTTP, arrives in the body the
 * TikTok emulator received as docs/tools/add_tiktok_ad_group.md says. The rows are the mapping
 * unit test's; here they go through the real pipeline, client and wire.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import {
  ADVERTISER_IDS,
  CAMPAIGN_IDS,
  INTEREST_KEYWORD_IDS,
  PURCHASE_INTENTION_KEYWORD_IDS,
  TOKENS,
} from '../../src/tiktok/emulator/index.js';
import { FIELD_ROWS } from '../../src/tools/tiktok/add-tiktok-ad-group/test-support/field-rows.js';
import {
  ADVERTISER_ID,
  CAMPAIGN_ID,
  NOW,
} from '../../src/tools/tiktok/add-tiktok-ad-group/test-support/fixtures.js';
import { executeRequest } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';
import { orgWithAdvertisers, startTikTokHarness, type TikTokHarness } from '../support/tiktok.js';

const CAMPAIGN_BY_OBJECTIVE: Record<string, string> = {
  TRAFFIC: CAMPAIGN_IDS.US_TRAFFIC,
  WEB_CONVERSIONS: CAMPAIGN_IDS.US_WEB_CONVERSIONS,
  REACH: CAMPAIGN_IDS.US_REACH,
  APP_PROMOTION: CAMPAIGN_IDS.US_APP_PROMOTION,
};

/** The unit rows use placeholder ids; the emulator knows its own. */
function withEmulatorIds<T>(value: T, campaignId: string): T {
  const replacements: Array<[string, string]> = [
    [CAMPAIGN_ID, campaignId],
    [ADVERTISER_ID, ADVERTISER_IDS.US],
    ['20001', INTEREST_KEYWORD_IDS.RUNNING_SHOES],
    ['20002', INTEREST_KEYWORD_IDS.YOGA],
    ['30001', PURCHASE_INTENTION_KEYWORD_IDS.BUY_RUNNING_SHOES],
    // The emulator's small pixel tracks purchases as SHOPPING.
    ['ON_WEB_ORDER', 'SHOPPING'],
  ];
  let text = JSON.stringify(value);
  for (const [from, to] of replacements) {
    text = text
      .replaceAll(`"${from}"`, `"${to}"`)
      .replaceAll(`:${from}`, `:"${to}"`)
      .replaceAll(`[${from}`, `["${to}"`);
  }
  return JSON.parse(text) as T;
}

describe('add_tiktok_ad_group: every argument reaches TikTok as documented', () => {
  let db: TestDatabase;
  let h: TikTokHarness;
  let key: string;

  beforeAll(async () => {
    db = await storeTargets[0]!.create();
    h = await startTikTokHarness(db, { clock: new ManualClock(NOW), emulator: { now: () => NOW } });
    ({ key } = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US]));
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });

  const rows = FIELD_ROWS;

  it.each(rows.map((row) => [row.field, row] as const))('%s', async (field, row) => {
    const campaignId = CAMPAIGN_BY_OBJECTIVE[row.campaign ?? 'TRAFFIC'] as string;
    const args = withEmulatorIds(
      { campaign_id: campaignId, adgroup_name: `field ${field}`, budget: 50, ...row.args },
      campaignId,
    );
    const res = await executeRequest(h.app, 'add_tiktok_ad_group', key, { arguments: args });
    if (row.refused) {
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().structured_content.issues).toContainEqual(
        expect.objectContaining({
          path: row.refused.path,
          message: expect.stringMatching(row.refused.message),
        }),
      );
      return;
    }
    expect(res.statusCode, res.body).toBe(200);
    const structured = res.json().data.structured;
    if (field === 'dry_run') {
      expect(structured.adgroup_id).toBeNull();
      expect(h.emulator.state.adgroupList().some((g) => g.body.adgroup_name === `field ${field}`)).toBe(
        false,
      );
      return;
    }
    const created = h.emulator.state.adgroups.get(structured.adgroup_id);
    expect(created, `the emulator holds ad group ${structured.adgroup_id}`).toBeDefined();
    const received = JSON.parse(
      JSON.stringify(created!.body, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)),
    );
    if (row.body) expect(received).toMatchObject(withEmulatorIds(row.body, campaignId));
    for (const absent of row.absent ?? []) expect(received).not.toHaveProperty(absent);
    // What the gateway says it sent is what TikTok received.
    expect(received).toEqual(structured.body);
    // The warnings' wording is the unit test's business (it names the fixture's ids and timezone).
    if (row.warning) expect(structured.warnings.length).toBeGreaterThan(0);
  });
});
