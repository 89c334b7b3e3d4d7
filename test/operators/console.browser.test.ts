/**
 * The console as an operator uses it, in Chromium: sign in with an admin key, create a key (shown
 * once) and revoke it, see the usage charts drawn by Chart.js and the audit log, connect an emulated
 * TikTok account with "Connect TikTok", sign out. No page breaks its CSP. Screenshots on failure.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADVERTISER_IDS, CAMPAIGN_IDS } from '../../src/tiktok/emulator/index.js';
import { CALLBACK_PATH, freePort, type OAuthHarness, startOAuthHarness } from '../oauth/support.js';
import {
  chromiumAvailable,
  chromiumSkipNotice,
  launchChromium,
  withScreenshotOnFailure,
} from '../support/chromium.js';
import { executeRequest } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';
import { adminKey } from './support.js';

chromiumSkipNotice('the web console in a browser');

describe.skipIf(!chromiumAvailable)('the web console in a browser', () => {
  let db: TestDatabase;
  let h: OAuthHarness;
  let browser: Browser;
  let page: Page;
  let base: string;
  let admin: string;
  const problems: string[] = [];

  beforeAll(async () => {
    db = await storeTargets[0]!.create();
    const port = await freePort();
    h = await startOAuthHarness(db, { port });
    base = `http://127.0.0.1:${port}`;
    admin = await adminKey(h.gateway);
    browser = await launchChromium();
    page = await browser.newPage();
    page.setDefaultTimeout(8000);
    // Script errors and CSP refusals; failed loads (a 401 sign-in page, TikTok's favicon) are not problems.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
    await db?.cleanup();
  });

  const orgPage = () => `${base}/console/orgs/${h.organizationId}`;

  it('signs in with an admin key', async () => {
    await withScreenshotOnFailure(page, 'console-sign-in', async () => {
      await page.goto(`${base}/console`);
      expect(page.url()).toBe(`${base}/console/login`);
      await page.fill('input[name="admin_key"]', 'sk_admin_wrongwrongwrongwrongwrongwrong12');
      await page.click('button[type="submit"]');
      expect(await page.textContent('#error')).toMatch(/not known/);
      await page.fill('input[name="admin_key"]', admin);
      await Promise.all([page.waitForURL(`${base}/console`), page.click('button[type="submit"]')]);
      expect(await page.textContent('#organizations')).toContain('Test plus');
      const cookies = await page.context().cookies();
      expect(cookies.find((c) => c.name === 'adgate_console')).toMatchObject({
        httpOnly: true,
        sameSite: 'Strict',
      });
    });
  });

  it('creates a key, shown once, and revokes it', async () => {
    await withScreenshotOnFailure(page, 'console-keys', async () => {
      await page.goto(orgPage());
      await page.fill('#keys + form input[name="name"]', 'browser agent');
      await page.check('#keys + form input[name="read_only"]');
      await page.fill('#keys + form input[name="max_daily_added"]', '300');
      await page.click('#keys + form button[type="submit"]');
      const key = (await page.textContent('#new-key'))?.trim() ?? '';
      expect(key).toMatch(/^sk_live_[A-Za-z0-9_-]{32}$/);
      expect((await executeRequest(h.app, 'get_usage_status', key, { arguments: {} })).statusCode).toBe(200);

      await page.goto(orgPage());
      expect(await page.content()).not.toContain(key);
      const row = page.locator('#keys tr', { hasText: 'browser agent' });
      expect(await row.textContent()).toMatch(/read-only.*max_daily_added: 300/);
      page.once('dialog', (dialog) => void dialog.accept());
      await Promise.all([page.waitForURL(orgPage()), row.locator('button', { hasText: 'Revoke' }).click()]);
      expect(
        await page.locator('#keys tr', { hasText: 'browser agent' }).locator('.status').textContent(),
      ).toMatch(/^revoked/);
      expect((await executeRequest(h.app, 'get_usage_status', key, { arguments: {} })).statusCode).toBe(401);
    });
  });

  it('connects an emulated TikTok account with "Connect TikTok"', async () => {
    await withScreenshotOnFailure(page, 'console-connect', async () => {
      await page.goto(orgPage());
      await page.click('#connect-tiktok');
      expect(await page.textContent('h1')).toBe('Authorize TikTok For Business');
      await page.check(`input[value="${ADVERTISER_IDS.US}"]`);
      await Promise.all([page.waitForURL(`${base}${CALLBACK_PATH}?**`), page.click('#approve')]);
      expect(await page.textContent('h1')).toBe('TikTok accounts connected');
      await page.goto(orgPage());
      expect(await page.textContent('#accounts')).toContain(ADVERTISER_IDS.US);
    });
  });

  it('shows the usage charts and the audit log', async () => {
    const write = await executeRequest(h.app, 'add_tiktok_ad_group', h.key, {
      arguments: { campaign_id: CAMPAIGN_IDS.US_TRAFFIC, adgroup_name: 'from the console test', budget: 50 },
    });
    expect(write.statusCode, write.body).toBe(200);
    await withScreenshotOnFailure(page, 'console-usage-audit', async () => {
      await page.goto(orgPage());
      for (const chart of ['#chart-tools', '#chart-keys']) {
        await page.waitForSelector(`${chart}[data-rendered="true"]`);
        const box = await page.locator(chart).boundingBox();
        expect(box?.height ?? 0).toBeGreaterThan(50);
      }
      expect(await page.evaluate('typeof Chart')).toBe('function');
      const audit = await page.textContent('#audit');
      expect(audit).toContain('add_tiktok_ad_group');
      expect(audit).toContain('success');
      expect(audit).toContain(write.json().data.structured.adgroup_id);
      await page.screenshot({ path: 'test-results/console-organisation.png', fullPage: true });
    });
  });

  it('signs out', async () => {
    await withScreenshotOnFailure(page, 'console-sign-out', async () => {
      await page.goto(`${base}/console`);
      await Promise.all([page.waitForURL(`${base}/console/login`), page.click('#sign-out')]);
      await page.goto(`${base}/console`);
      expect(page.url()).toBe(`${base}/console/login`);
    });
    expect(problems).toEqual([]);
  });
});
