/**
 * What every management tool shares, tool by tool against the emulator: the happy path billed once,
 * account selection before any TikTok call, TikTok's refusal mapped, an id the advertiser does not
 * have (another organisation's object included) refused with not_found, and no extra TikTok write.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { AD_IDS, ADGROUP_IDS, ADVERTISER_IDS, CAMPAIGN_IDS } from '../../src/tiktok/emulator/index.js';
import { type LookupHarness, startLookupHarness } from '../lookups/support.js';
import { useSuiteHarness } from '../support/suite.js';

interface Case {
  tool: string;
  args: Record<string, unknown>;
  /** The TikTok endpoint the tool reads first (for faults and call counts). */
  path: string;
  /** The argument naming an object, and an id of another advertiser's (another organisation's) object. */
  idArg?: string;
  foreign?: string;
  write?: string;
  /** Puts the emulator in the state the call needs. */
  prepare?: (h: LookupHarness) => void;
}

const EU_CAMPAIGN = CAMPAIGN_IDS.EU_TRAFFIC;
const CASES: Case[] = [
  { tool: 'list_tiktok_ad_groups', args: { campaign_id: CAMPAIGN_IDS.US_TRAFFIC }, path: '/adgroup/get/' },
  { tool: 'list_tiktok_ads', args: { adgroup_id: ADGROUP_IDS.US_TRAFFIC_BROAD }, path: '/ad/get/' },
  { tool: 'list_tiktok_saved_audiences', args: {}, path: '/dmp/saved_audience/list/' },
  {
    tool: 'update_tiktok_ad_group',
    args: { adgroup_id: ADGROUP_IDS.US_TRAFFIC_BROAD, budget: 60 },
    path: '/adgroup/get/',
    idArg: 'adgroup_id',
    foreign: '1790000000999999',
    write: '/adgroup/update/',
  },
  {
    tool: 'update_tiktok_campaign',
    args: { campaign_id: CAMPAIGN_IDS.US_CBO, budget: 800 },
    path: '/campaign/get/',
    idArg: 'campaign_id',
    foreign: EU_CAMPAIGN,
    write: '/campaign/update/',
  },
  {
    tool: 'get_tiktok_ad_group_details',
    args: { adgroup_id: ADGROUP_IDS.US_TRAFFIC_BROAD },
    path: '/adgroup/get/',
    idArg: 'adgroup_id',
    foreign: '1790000000999999',
  },
  ...(['pause', 'resume', 'delete'] as const).flatMap((action) => [
    {
      tool: `${action}_tiktok_campaign`,
      args: { campaign_id: action === 'resume' ? CAMPAIGN_IDS.US_REACH : CAMPAIGN_IDS.US_TRAFFIC },
      path: '/campaign/get/',
      idArg: 'campaign_id',
      foreign: EU_CAMPAIGN,
      write: '/campaign/status/update/',
      prepare: (h: LookupHarness) => {
        const reach = h.emulator.seed.campaigns.find((c) => c.campaign_id === CAMPAIGN_IDS.US_REACH);
        if (reach) reach.operation_status = 'DISABLE';
      },
    },
    {
      tool: `${action}_tiktok_ad_group`,
      args: {
        adgroup_id: action === 'resume' ? ADGROUP_IDS.US_TRAFFIC_PAUSED : ADGROUP_IDS.US_TRAFFIC_BROAD,
      },
      path: '/adgroup/get/',
      idArg: 'adgroup_id',
      foreign: '1790000000999999',
      write: '/adgroup/status/update/',
    },
    {
      tool: `${action}_tiktok_ad`,
      args: { ad_id: action === 'resume' ? AD_IDS.US_TRAFFIC_PAUSED_IMAGE : AD_IDS.US_TRAFFIC_IMAGE },
      path: '/ad/get/',
      idArg: 'ad_id',
      foreign: '1780000000999999',
      write: '/ad/status/update/',
    },
  ]),
];

describe.each(CASES)('$tool', ({ tool, args, path, idArg, foreign, write, prepare }) => {
  let h: LookupHarness;
  useSuiteHarness(startLookupHarness, (started) => {
    h = started.h;
  });
  beforeEach(() => {
    prepare?.(h);
  });

  it('is in the catalog with a description on every argument', () => {
    const definition = h.gateway.registry.get(tool);
    expect(definition?.billable).toBe(true);
    for (const [name, field] of Object.entries(definition?.schema.shape ?? {})) {
      expect((field as { description?: string }).description, name).toBeTruthy();
    }
  });

  it('answers text and data.structured for the advertiser, and counts one call', async () => {
    const before = await h.used(h.single);
    const { status, body } = await h.call(h.single, tool, args);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.data.text).toContain('|');
    expect(body.data.structured.advertiser_id).toBe(ADVERTISER_IDS.US);
    expect(await h.used(h.single)).toBe(before + 1);
    if (write) expect(h.emulator.state.requestCount(write)).toBe(1);
  });

  it('asks which account when several are connected, before calling TikTok, and bills nothing', async () => {
    const calls = h.emulator.state.requestCount(path);
    const before = await h.used(h.multi);
    const { status, body } = await h.call(h.multi, tool, args);
    expect(status).toBe(400);
    expect(body.error_code).toBe('account_selection_required');
    expect(h.emulator.state.requestCount(path)).toBe(calls);
    expect(await h.used(h.multi)).toBe(before);
    const stranger = await h.call(h.multi, tool, { ...args, advertiser_id: ADVERTISER_IDS.AGENCY });
    expect(stranger.status).toBe(403);
    expect(stranger.body.error_code).toBe('account_not_connected');
  });

  it("maps TikTok's refusal to platform_rejected with TikTok's code", async () => {
    h.emulator.faults.inject(write ?? path, {
      kind: 'code',
      code: 40002,
      message: 'Parameter error: nope',
      times: 1,
    });
    const { status, body } = await h.call(h.single, tool, args);
    expect(status).toBe(400);
    expect(body).toMatchObject({
      error_code: 'platform_rejected',
      structured_content: { tiktok_code: 40002 },
    });
    expect(body.error).toContain('nope');
  });

  it.runIf(idArg !== undefined)(
    'refuses an id the advertiser does not have (another organisation’s object) as not_found, writing nothing',
    async () => {
      const { status, body } = await h.call(h.single, tool, { ...args, [idArg as string]: foreign });
      expect(status).toBe(400);
      expect(body.error_code).toBe('invalid_arguments');
      expect(body.structured_content.issues).toEqual([
        expect.objectContaining({
          path: idArg,
          code: 'not_found',
          message: expect.stringContaining(String(foreign)),
        }),
      ]);
      if (write) expect(h.emulator.state.requestCount(write)).toBe(0);
    },
  );
});
