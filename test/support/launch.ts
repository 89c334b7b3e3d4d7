/**
 * One launch test file's world: a gateway on the emulator with one organisation that has the
 * single-advertiser token connected (with `multi`, a second organisation with two advertisers, for
 * the account-selection refusal), and a local server of the files TikTok downloads. The emulator's
 * state is kept across a file's tests (later tests use earlier uploads); faults are cleared before
 * each test.
 */
import { afterAll, beforeEach } from 'vitest';
import { ADVERTISER_IDS, TOKENS } from '../../src/tiktok/emulator/index.js';
import type { HarnessOptions } from './harness.js';
import { type ImageServer, serveFiles } from './images.js';
import type { TestDatabase } from './stores.js';
import { useSuiteHarness } from './suite.js';
import { orgWithAdvertisers, startSingleAdvertiserHarness, type TikTokHarness } from './tiktok.js';

export interface LaunchSuite {
  h: TikTokHarness;
  db: TestDatabase;
  key: string;
  organizationId: string;
  /** Only with `multi`. */
  multiKey: string;
  files: ImageServer;
}

export function useLaunchSuite(
  files: Parameters<typeof serveFiles>[0],
  receive: (suite: LaunchSuite) => void | Promise<void>,
  options: HarnessOptions & { multi?: boolean } = {},
): void {
  const { multi, ...harness } = options;
  let served: ImageServer | undefined;
  let h: TikTokHarness | undefined;
  useSuiteHarness(
    async () => {
      const started = await startSingleAdvertiserHarness(TOKENS.SINGLE, ADVERTISER_IDS.US, harness);
      h = started.h;
      const multiKey = multi
        ? (await orgWithAdvertisers(started.h, TOKENS.MULTI, [ADVERTISER_IDS.US, ADVERTISER_IDS.EU])).key
        : '';
      served = await serveFiles(files);
      return { ...started, multiKey, files: served };
    },
    receive,
    { resetEmulator: false },
  );
  afterAll(async () => {
    await served?.close();
  });
  beforeEach(() => {
    h?.emulator.faults.clear();
  });
}

/** What exists at the emulator for a campaign name: campaigns, their ad groups, their ads. */
export function launched(h: TikTokHarness, name: string) {
  const campaigns = h.emulator.seed.campaigns.filter((c) => c.campaign_name === name);
  const ids = campaigns.map((c) => c.campaign_id);
  const groups = [...h.emulator.state.allAdgroups.values()].filter((g) => ids.includes(g.campaignId));
  const ads = [...h.emulator.state.ads.values()].filter((ad) => ids.includes(ad.campaign_id));
  return { campaigns, groups, ads };
}
