/**
 * The whole connection as a person makes it, in Chromium: open the connect link, approve on
 * TikTok's (emulated) page, land on the gateway's callback page; the accounts are then listed and
 * usable, and the token appears in no log, page or database column.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADVERTISER_IDS, CAMPAIGN_IDS, REGION_IDS } from '../../src/tiktok/emulator/index.js';
import {
  chromiumAvailable,
  chromiumSkipNotice,
  launchChromium,
  withScreenshotOnFailure,
} from '../support/chromium.js';
import { executeRequest } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';
import { CALLBACK_PATH, freePort, issuedTokens, type OAuthHarness, startOAuthHarness } from './support.js';

chromiumSkipNotice('connecting TikTok accounts in a browser');

describe.skipIf(!chromiumAvailable)('connecting TikTok accounts in a browser', () => {
  let db: TestDatabase;
  let h: OAuthHarness;
  let browser: Browser;
  let port: number;

  beforeAll(async () => {
    db = await (storeTargets[0] as (typeof storeTargets)[0]).create();
    port = await freePort();
    h = await startOAuthHarness(db, { port });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
    await db?.cleanup();
  });

  it('connects the advertisers approved on TikTok, which the tools then list and use', async () => {
    const gateway = `http://127.0.0.1:${port}`;
    const link = await fetch(`${gateway}/api/v1/connections/tiktok`, {
      method: 'POST',
      headers: { authorization: `Bearer ${h.key}` },
    });
    expect(link.status).toBe(200);
    const connectUrl = ((await link.json()) as { data: { structured: { url: string } } }).data.structured.url;

    const page = await browser.newPage();
    let callbackUrl = '';
    let callbackHtml = '';
    await withScreenshotOnFailure(page, 'oauth-connect-flow', async () => {
      // A link made for someone else names the organisation and waits for a confirmation.
      await page.goto(connectUrl);
      expect(await page.textContent('h1')).toBe('Connect TikTok advertiser accounts');
      expect(await page.textContent('#organization')).toContain('Test plus');
      await page.click('#continue');
      expect(await page.textContent('h1')).toBe('Authorize TikTok For Business');
      await page.check(`input[value="${ADVERTISER_IDS.UK}"]`);
      await page.check(`input[value="${ADVERTISER_IDS.JP}"]`);
      await Promise.all([page.waitForURL(`${gateway}${CALLBACK_PATH}?**`), page.click('#approve')]);
      callbackUrl = page.url();
      expect(await page.textContent('h1')).toBe('TikTok accounts connected');
      const rows = await page.locator('#connected tbody tr').allTextContents();
      expect(rows).toHaveLength(2);
      expect(rows.join('\n')).toContain('Acme UK');
      expect(rows.join('\n')).toContain(ADVERTISER_IDS.UK);
      expect(rows.join('\n')).toContain('GBP');
      expect(rows.join('\n')).toContain('Acme Japan');
      callbackHtml = await page.content();
    });
    await page.close();

    const listed = await executeRequest(h.app, 'list_connected_accounts', h.key, { arguments: {} });
    expect(listed.json().data.structured.accounts).toEqual([
      { advertiser_id: ADVERTISER_IDS.JP, name: 'Acme Japan', status: 'active' },
      { advertiser_id: ADVERTISER_IDS.UK, name: 'Acme UK', status: 'active' },
    ]);

    const created = await executeRequest(h.app, 'add_tiktok_ad_group', h.key, {
      arguments: {
        advertiser_id: ADVERTISER_IDS.UK,
        campaign_id: CAMPAIGN_IDS.UK_TRAFFIC,
        adgroup_name: 'Connected by OAuth',
        budget: 50,
        location_ids: [REGION_IDS.UK],
      },
    });
    expect(created.statusCode).toBe(200);
    const adgroupId = created.json().data.structured.adgroup_id;
    expect(h.emulator.state.adgroups.get(String(adgroupId))?.advertiserId).toBe(ADVERTISER_IDS.UK);

    const [token] = issuedTokens(h);
    const authCode = new URL(callbackUrl).searchParams.get('auth_code') as string;
    expect(token).toBeDefined();
    expect(authCode).toMatch(/^[0-9a-f]{40}$/);
    const stored = await h.gateway.store.accounts.get(h.organizationId, ADVERTISER_IDS.UK);
    expect(stored?.access_token_enc).not.toContain(token as string);
    for (const text of [h.logs.join('\n'), callbackHtml, listed.body, created.body]) {
      expect(text).not.toContain(token as string);
      expect(text).not.toContain(authCode);
      expect(text).not.toContain('emulator-app-secret');
    }
    expect(h.logs.some((line) => line.includes('tiktok accounts connected'))).toBe(true);
  });
});
