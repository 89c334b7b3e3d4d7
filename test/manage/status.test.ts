/**
 * Pause, resume and delete end to end against the emulator: several ids with a per-id report, the
 * compatible `status` argument, the delete cascade read and named before deleting, dry runs, and
 * exactly-once under retries (a lost answer read back, an Idempotency-Key replayed).
 */
import { describe, expect, it } from 'vitest';
import {
  AD_IDS,
  ADGROUP_IDS,
  ADVERTISER_IDS,
  CAMPAIGN_IDS,
  TOKENS,
} from '../../src/tiktok/emulator/index.js';
import { executeRequest } from '../support/harness.js';
import { useSuiteHarness } from '../support/suite.js';
import { startSingleAdvertiserHarness, type TikTokHarness } from '../support/tiktok.js';

describe('status tools end to end', () => {
  let h: TikTokHarness;
  let key: string;
  let organizationId: string;
  useSuiteHarness(
    () =>
      startSingleAdvertiserHarness(TOKENS.SINGLE, ADVERTISER_IDS.US, { env: { TIKTOK_TIMEOUT_MS: '400' } }),
    (started) => {
      ({ h, key, organizationId } = started);
    },
  );

  const call = async (tool: string, args: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const res = await executeRequest(h.app, tool, key, { arguments: args }, headers);
    return { status: res.statusCode, body: res.json(), headers: res.headers };
  };
  const campaign = (id: string) => h.emulator.seed.campaigns.find((c) => c.campaign_id === id);
  const used = async () => (await h.gateway.quota.snapshot(organizationId)).used;
  const writes = (path: string) => h.emulator.state.updates.filter((u) => u.path === path);

  it('pauses several campaigns in one TikTok call and reports each id', async () => {
    const reach = campaign(CAMPAIGN_IDS.US_REACH);
    if (reach) reach.operation_status = 'DISABLE';
    const ids = [
      CAMPAIGN_IDS.US_TRAFFIC,
      CAMPAIGN_IDS.US_CBO,
      CAMPAIGN_IDS.US_REACH,
      CAMPAIGN_IDS.EU_TRAFFIC,
    ];
    const { status, body } = await call('pause_tiktok_campaign', { campaign_ids: ids });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(writes('/campaign/status/update/')).toEqual([
      expect.objectContaining({
        ids: [CAMPAIGN_IDS.US_TRAFFIC, CAMPAIGN_IDS.US_CBO],
        body: expect.objectContaining({ operation_status: 'DISABLE', advertiser_id: ADVERTISER_IDS.US }),
      }),
    ]);
    expect(campaign(CAMPAIGN_IDS.US_TRAFFIC)?.operation_status).toBe('DISABLE');
    expect(campaign(CAMPAIGN_IDS.EU_TRAFFIC)?.operation_status).toBe('ENABLE');
    expect(body.data.structured.results.map((r: any) => [r.campaign_id, r.outcome])).toEqual([
      [CAMPAIGN_IDS.US_TRAFFIC, 'changed'],
      [CAMPAIGN_IDS.US_CBO, 'changed'],
      [CAMPAIGN_IDS.US_REACH, 'unchanged'],
      [CAMPAIGN_IDS.EU_TRAFFIC, 'not_found'],
    ]);
    expect(body.data.text).toContain('Paused 2 of 4 campaigns');
    expect(body.data.text).toContain('| US Traffic | 1800000000000101 | enabled | paused | Paused. |');
    expect(body.data.text).toContain('Already paused.');
  });

  it('takes the hosted product’s status argument: its own value is fine, a contradiction is refused before TikTok', async () => {
    const ok = await call('pause_tiktok_ad', { ad_id: AD_IDS.US_TRAFFIC_IMAGE, status: 'DISABLE' });
    expect(ok.status).toBe(200);
    const before = await used();
    for (const [tool, value, other] of [
      ['pause_tiktok_ad', 'ENABLE', 'resume_tiktok_ad'],
      ['resume_tiktok_ad_group', 'DELETE', 'delete_tiktok_ad_group'],
    ] as const) {
      const refused = await call(tool, {
        [tool.endsWith('_ad') ? 'ad_id' : 'adgroup_id']: '1',
        status: value,
      });
      expect(refused.status).toBe(400);
      expect(refused.body.structured_content.issues).toEqual([
        expect.objectContaining({
          path: 'status',
          code: 'conflict',
          message: expect.stringContaining(other),
        }),
      ]);
    }
    expect(h.emulator.state.requestCount('/ad/get/')).toBe(1);
    expect(await used()).toBe(before);
  });

  it('needs one of the id arguments, and at most 20 ids', async () => {
    const neither = await call('pause_tiktok_campaign', {});
    expect(neither.body.structured_content.issues[0]).toMatchObject({
      path: 'campaign_id',
      code: 'required',
    });
    const both = await call('pause_tiktok_campaign', { campaign_id: '1', campaign_ids: ['2'] });
    expect(both.body.structured_content.issues[0]).toMatchObject({ path: 'campaign_id', code: 'conflict' });
    const many = await call('pause_tiktok_campaign', {
      campaign_ids: Array.from({ length: 21 }, (_, i) => String(i + 1)),
    });
    expect(many.status).toBe(400);
    expect(many.body.structured_content.issues[0].message).toMatch(/at most 20/);
  });

  it('delete_tiktok_campaign names what it removes (read before deleting), and leaves nothing live', async () => {
    const { status, body } = await call('delete_tiktok_campaign', { campaign_id: CAMPAIGN_IDS.US_TRAFFIC });
    expect(status, JSON.stringify(body)).toBe(200);
    const { cascade } = body.data.structured;
    expect(cascade.adgroups).toMatchObject({ total: 2 });
    expect(cascade.adgroups.items.map((g: any) => g.name)).toEqual([
      'US traffic - broad',
      'US traffic - paused test',
    ]);
    expect(cascade.ads).toMatchObject({ total: 3 });
    expect(body.data.text).toContain('Also deleted with it');
    expect(body.data.text).toContain('2 ad groups: US traffic - broad (1790000000900001)');
    expect(body.data.text).toContain('3 ads: Shoes - image');
    expect(campaign(CAMPAIGN_IDS.US_TRAFFIC)?.operation_status).toBe('DELETE');
    const live = await call('list_tiktok_ads', { campaign_id: CAMPAIGN_IDS.US_TRAFFIC });
    expect(live.body.data.structured.total).toBe(0);
    const gone = await call('list_tiktok_ad_groups', {
      campaign_id: CAMPAIGN_IDS.US_TRAFFIC,
      status: 'DELETED',
    });
    expect(gone.body.data.structured.adgroups.map((g: any) => g.status)).toEqual([
      'deleted with its campaign',
      'deleted with its campaign',
    ]);
    const again = await call('resume_tiktok_ad_group', { adgroup_id: ADGROUP_IDS.US_TRAFFIC_BROAD });
    expect(again.status).toBe(400);
    expect(again.body.structured_content.issues[0]).toMatchObject({
      code: 'deleted',
      message: expect.stringMatching(/cannot be changed/),
    });
  });

  it('a delete dry run names the cascade, changes nothing and bills nothing', async () => {
    const before = await used();
    const { status, body } = await call('delete_tiktok_ad_group', {
      adgroup_id: ADGROUP_IDS.US_TRAFFIC_BROAD,
      dry_run: true,
    });
    expect(status).toBe(200);
    expect(body.data.text).toContain('Dry run: 1 of 1 ad group would be deleted');
    expect(body.data.text).toContain('Would also delete');
    expect(body.data.structured.cascade.ads.total).toBe(2);
    expect(h.emulator.state.requestCount('/adgroup/status/update/')).toBe(0);
    expect(await used()).toBe(before);
  });

  it('a pause whose answer is lost is read back and reported as done', async () => {
    h.emulator.faults.inject('/ad/status/update/', { kind: 'commit_then_timeout', hangMs: 2000, times: 1 });
    const { status, body } = await call('pause_tiktok_ad', { ad_id: AD_IDS.US_TRAFFIC_VIDEO });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.data.structured).toMatchObject({
      confirmed_by_read_back: true,
      results: [{ outcome: 'changed' }],
    });
    expect(body.data.text).toContain('reading the objects back shows it was applied');
    expect(h.emulator.state.requestCount('/ad/status/update/')).toBe(1);
  });

  it('a pause that never arrived is reported as unknown, and the retry with the same key applies it once', async () => {
    h.emulator.faults.inject('/adgroup/status/update/', { kind: 'reset', times: 1 });
    const headers = { 'idempotency-key': 'pause-retry-1' };
    const first = await call('pause_tiktok_ad_group', { adgroup_id: ADGROUP_IDS.US_TRAFFIC_BROAD }, headers);
    expect(first.status).toBe(504);
    expect(first.body.error_code).toBe('platform_outcome_unknown');
    const second = await call('pause_tiktok_ad_group', { adgroup_id: ADGROUP_IDS.US_TRAFFIC_BROAD }, headers);
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    expect(second.body.data.structured.results[0].outcome).toBe('changed');
    expect(writes('/adgroup/status/update/')).toHaveLength(1);
    const third = await call('pause_tiktok_ad_group', { adgroup_id: ADGROUP_IDS.US_TRAFFIC_BROAD }, headers);
    expect(third.headers['idempotent-replayed']).toBe('true');
    expect(h.emulator.state.requestCount('/adgroup/status/update/')).toBe(2);
  });
});
