/**
 * What every look-up tool shares, checked tool by tool: billed like any call that reaches TikTok,
 * account selection, and TikTok's refusals mapped to the contract's codes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { connectWithToken } from '../../src/operations/accounts.js';
import { ADVERTISER_IDS, CAMPAIGN_IDS, TOKENS } from '../../src/tiktok/emulator/index.js';
import { useSuiteHarness } from '../support/suite.js';
import { type LookupHarness, startLookupHarness } from './support.js';

const TOOLS = [
  { tool: 'search_tiktok_targeting', args: { targeting_type: 'regions' }, path: '/tool/region/' },
  { tool: 'list_tiktok_custom_audiences', args: {}, path: '/dmp/custom_audience/list/' },
  { tool: 'list_tiktok_campaigns', args: {}, path: '/campaign/get/' },
  {
    tool: 'get_tiktok_campaign_details',
    args: { campaign_id: CAMPAIGN_IDS.US_TRAFFIC },
    path: '/campaign/get/',
  },
  { tool: 'list_tiktok_pixels', args: {}, path: '/pixel/list/' },
] as const;

describe.each(TOOLS)('$tool', ({ tool, args, path }) => {
  let h: LookupHarness;
  useSuiteHarness(
    startLookupHarness,
    (started) => {
      h = started.h;
    },
    { resetEmulator: false },
  );
  afterEach(() => {
    h.emulator.faults.clear();
  });

  it('is a billable, read-only TikTok read in the catalog', () => {
    const definition = h.gateway.registry.get(tool);
    expect(definition).toMatchObject({ category: 'TikTok Ads Read', readOnly: true, billable: true });
    for (const [name, field] of Object.entries(definition?.schema.shape ?? {})) {
      expect((field as { description?: string }).description, name).toBeTruthy();
    }
  });

  it('answers text and data.structured, and counts one call', async () => {
    const before = await h.used(h.single);
    const { status, body } = await h.call(h.single, tool, args);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.data.text).toContain('|');
    expect(body.data.structured.advertiser_id).toBe(ADVERTISER_IDS.US);
    expect(body.data.quota).toMatchObject({ used: before + 1 });
    expect(await h.used(h.single)).toBe(before + 1);
  });

  it('asks which account when several are connected, before calling TikTok, and bills nothing', async () => {
    const calls = h.emulator.state.requestCount(path);
    const before = await h.used(h.multi);
    const { status, body } = await h.call(h.multi, tool, args);
    expect(status).toBe(400);
    expect(body.error_code).toBe('account_selection_required');
    expect(
      body.structured_content.accounts.map((a: { advertiser_id: string }) => a.advertiser_id),
    ).toHaveLength(4);
    expect(h.emulator.state.requestCount(path)).toBe(calls);
    expect(await h.used(h.multi)).toBe(before);

    const named = await h.call(h.multi, tool, { ...args, advertiser_id: ADVERTISER_IDS.US });
    expect(named.status).toBe(200);
    const stranger = await h.call(h.multi, tool, { ...args, advertiser_id: ADVERTISER_IDS.AGENCY });
    expect(stranger.status).toBe(403);
    expect(stranger.body.error_code).toBe('account_not_connected');
  });

  it("maps TikTok's refusal to platform_rejected with TikTok's code, and bills it", async () => {
    h.emulator.faults.inject(path, { kind: 'code', code: 40001, times: 1 });
    const before = await h.used(h.single);
    const { status, body } = await h.call(h.single, tool, args);
    expect(status).toBe(400);
    expect(body).toMatchObject({
      error_code: 'platform_rejected',
      structured_content: { tiktok_code: 40001 },
    });
    expect(body.error).toContain('40001');
    expect(await h.used(h.single)).toBe(before + 1);
  });

  it('marks the account for reconnection when TikTok refuses its token (403), billing nothing', async () => {
    h.emulator.faults.inject(path, { kind: 'code', code: 40105, times: 1 });
    const before = await h.used(h.single);
    const { status, body } = await h.call(h.single, tool, args);
    expect(status).toBe(403);
    expect(body.error_code).toBe('account_reauth_required');
    expect(body.error).toContain('Acme US');
    expect(await h.used(h.single)).toBe(before);
    const listed = await h.call(h.single, 'list_connected_accounts');
    expect(listed.body.data.structured.accounts[0].status).toBe('reauth_required');
    await connectWithToken(h.gateway, h.single.organizationId, TOKENS.SINGLE, [ADVERTISER_IDS.US]);
  });
});
