/**
 * Exactly once and never half-live: a launch that stops midway leaves everything paused and says how
 * to finish; a retry with the same key finishes it; a commit whose answer is lost, at any step, never
 * makes a second campaign, ad group or ad. Also: validation before the first TikTok call, dry run,
 * account selection and TikTok's refusals.
 */
import { describe, expect, it } from 'vitest';
import { executeRequest } from '../support/harness.js';
import { type ImageServer, makePng } from '../support/images.js';
import { launched, useLaunchSuite } from '../support/launch.js';
import type { TikTokHarness } from '../support/tiktok.js';

const TOOL = 'create_tiktok_campaign';

describe('create_tiktok_campaign: exactly once, never half-live', () => {
  let h: TikTokHarness;
  let files: ImageServer;
  let key: string;
  let organizationId: string;
  let multiKey: string;
  useLaunchSuite(
    { '/story.png': { body: makePng(720, 1280), type: 'image/png' } },
    (s) => {
      ({ h, files, key, organizationId, multiKey } = s);
    },
    { multi: true, env: { TIKTOK_TIMEOUT_MS: '1000' } },
  );

  const call = (
    tool: string,
    args: Record<string, unknown>,
    headers: Record<string, string> = {},
    apiKey = key,
  ) => executeRequest(h.app, tool, apiKey, { arguments: args }, headers);

  async function imageIds(): Promise<string[]> {
    const res = await call('upload_tiktok_images', { image_urls: [files.url('/story.png')] });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().data.structured.image_ids;
  }

  const launchArgs = (name: string, ids: string[], extra: Record<string, unknown> = {}) => ({
    campaign_name: name,
    ad_text: 'Fresh styles for spring',
    display_name: 'Acme',
    landing_page_url: 'https://example.com/spring',
    budget_daily: 50,
    existing_image_ids: ids,
    ...extra,
  });

  const made = (name: string) => launched(h, name);
  const used = async () => (await h.gateway.quota.snapshot(organizationId)).used;

  it('an ad step that fails leaves campaign and ad group paused, says how to finish, and a retry finishes it', async () => {
    const ids = await imageIds();
    h.emulator.faults.inject('/ad/create/', { kind: 'code', code: 50002 });
    const args = launchArgs('Half launch', ids);
    const first = await call(TOOL, args, { 'idempotency-key': 'half-1' });
    expect(first.statusCode).toBe(502);
    const body = first.json();
    expect(body.error_code).toBe('platform_unavailable');
    const launch = body.structured_content.launch;
    expect(launch.existing).toMatchObject({ status: 'DISABLE' });
    expect(launch.finish).toMatchObject({ tool: TOOL, idempotency_key: 'half-1' });
    expect(launch.remove).toMatchObject({
      tool: 'delete_tiktok_campaign',
      arguments: { campaign_id: launch.existing.campaign_id },
    });
    expect(body.error).toMatch(/paused \(nothing spends\)/);
    const before = made('Half launch');
    expect(before.campaigns.map((c) => c.operation_status)).toEqual(['DISABLE']);
    expect(before.groups.map((g) => g.saved.operation_status)).toEqual(['DISABLE']);
    expect(before.ads).toHaveLength(0);

    h.emulator.faults.clear();
    const retry = await call(TOOL, args, { 'idempotency-key': 'half-1' });
    expect(retry.statusCode, retry.body).toBe(200);
    const steps = retry.json().data.structured.steps;
    expect(steps.slice(0, 2).map((s: { status: string }) => s.status)).toEqual([
      'done_earlier',
      'done_earlier',
    ]);
    const after = made('Half launch');
    expect(after.campaigns).toHaveLength(1);
    expect(after.groups).toHaveLength(1);
    expect(after.ads).toHaveLength(1);
    expect(after.campaigns[0]?.operation_status).toBe('ENABLE');
    expect(after.groups[0]?.saved.operation_status).toBe('ENABLE');
  });

  it('refused at enabling, after the ad exists: the answer says to resume, not to add the ad again', async () => {
    const ids = await imageIds();
    h.emulator.faults.inject('/adgroup/status/update/', { kind: 'code', code: 40002, times: 1 });
    const res = await call(TOOL, launchArgs('Refused enable', ids), { 'idempotency-key': 'refused-enable' });
    expect(res.statusCode).not.toBe(200);
    const message: string = res.json().error;
    expect(message).toMatch(
      /The ad exists\. To finish it, fix the problem above, then resume_tiktok_ad_group/,
    );
    expect(message).not.toMatch(/add_tiktok_ad/);
    const after = made('Refused enable');
    expect(after.ads).toHaveLength(1);
    expect(after.campaigns.map((c) => c.operation_status)).toEqual(['DISABLE']);
  });

  const STEPS = [
    '/campaign/create/',
    '/adgroup/create/',
    '/identity/create/',
    '/ad/create/',
    '/adgroup/status/update/',
    '/campaign/status/update/',
  ];
  for (const path of STEPS) {
    it(`commit then timeout at ${path}, then retries with the same key: one campaign, one ad group, one ad`, async () => {
      const ids = await imageIds();
      const name = `Lost answer ${path}`;
      // A display name no identity has yet, so the launch creates one.
      const args = launchArgs(name, ids, { display_name: `Brand ${path.length}${path[1]}` });
      h.emulator.faults.inject(path, { kind: 'commit_then_timeout', hangMs: 4000, times: 1 });
      const headers = { 'idempotency-key': `lost-${path}` };
      let res = await call(TOOL, args, headers);
      for (let attempt = 0; attempt < 3 && res.statusCode !== 200; attempt++) {
        expect([504, 409]).toContain(res.statusCode);
        res = await call(TOOL, args, headers);
      }
      expect(res.statusCode, res.body).toBe(200);
      // The lost answer did happen: the fault was used up by a write that TikTok committed.
      expect(h.emulator.faults.list()).toHaveLength(0);
      const { campaigns, groups, ads } = made(name);
      expect(campaigns).toHaveLength(1);
      expect(groups).toHaveLength(1);
      expect(ads).toHaveLength(1);
      expect(campaigns[0]?.operation_status).toBe('ENABLE');
      const identities = h.emulator.seed.identities.filter((i) => i.display_name === args.display_name);
      expect(identities).toHaveLength(1);
    });
  }

  it('checks every step before the first TikTok call and reports every problem at once', async () => {
    const creates = h.emulator.state.requestCount('/campaign/create/');
    const before = await used();
    const res = await call(TOOL, {
      ...launchArgs('All problems', ['ad-site-i18n-sg/none']),
      budget_daily: 1,
      target_age_groups: ['AGE_18_99'],
      ad_text: 'Spring 🌸',
      call_to_action: 'BUY_NOW',
    });
    expect(res.statusCode).toBe(400);
    const issues = res.json().structured_content.issues as Array<{ path: string; message: string }>;
    const paths = issues.map((i) => i.path.split('.')[0]);
    expect(paths).toEqual(
      expect.arrayContaining([
        'budget_daily',
        'target_age_groups',
        'ad_text',
        'call_to_action',
        'existing_image_ids',
      ]),
    );
    expect(issues.find((i) => i.path === 'call_to_action')?.message).toMatch(/SHOP_NOW/);
    expect(issues.find((i) => i.path === 'budget_daily')?.message).toMatch(/USD 20/);
    expect(issues.find((i) => i.path.startsWith('target_age_groups'))?.message).toMatch(/target_age_groups/);
    expect(h.emulator.state.requestCount('/campaign/create/')).toBe(creates);
    expect(await used()).toBe(before);
  });

  it('dry_run shows every body in order and sends none', async () => {
    const ids = await imageIds();
    const creates = h.emulator.state.requestCount('/campaign/create/');
    const res = await call(TOOL, launchArgs('Dry', ids, { dry_run: true }));
    expect(res.statusCode, res.body).toBe(200);
    const calls = res.json().data.structured.calls as Array<{ path: string; body: Record<string, unknown> }>;
    expect(calls.map((c) => c.path)).toEqual([
      '/campaign/create/',
      '/adgroup/create/',
      '/file/music/get/',
      '/ad/create/',
      '/adgroup/status/update/',
      '/campaign/status/update/',
    ]);
    expect(calls[0]?.body).toMatchObject({ operation_status: 'DISABLE', campaign_name: 'Dry' });
    expect(calls[1]?.body).toMatchObject({ operation_status: 'DISABLE', campaign_id: '<campaign_id>' });
    expect(calls[3]?.body.creatives).toEqual([
      expect.objectContaining({ ad_format: 'CAROUSEL_ADS', image_ids: ids }),
    ]);
    expect(h.emulator.state.requestCount('/campaign/create/')).toBe(creates);
    expect(made('Dry').campaigns).toHaveLength(0);
  });

  it('with several accounts connected, asks which one', async () => {
    const res = await call(TOOL, launchArgs('Which account', ['x']), {}, multiKey);
    expect(res.statusCode).toBe(400);
    expect(res.json().error_code).toBe('account_selection_required');
  });

  it('maps a TikTok refusal of the campaign, and nothing is left behind', async () => {
    const ids = await imageIds();
    h.emulator.faults.inject('/campaign/create/', {
      kind: 'code',
      code: 40002,
      message: 'campaign_name: Invalid.',
      times: 1,
    });
    const res = await call(TOOL, launchArgs('Refused', ids));
    expect(res.statusCode).toBe(400);
    expect(res.json().error_code).toBe('platform_rejected');
    expect(res.json().structured_content.launch).toBeUndefined();
    expect(made('Refused').campaigns).toHaveLength(0);
  });
});
