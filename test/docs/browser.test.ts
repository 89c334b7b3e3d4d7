/**
 * The docs in a real browser (Debian's chromium, driven by playwright-core): Swagger UI loads from
 * this server alone, lists the tools, and "Try it out" runs a dry run of add_tiktok_ad_group
 * against the gateway and its TikTok emulator; a reference page renders its argument table.
 * A failing test leaves a screenshot in test-results/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADVERTISER_IDS, TOKENS } from '../../src/tiktok/emulator/index.js';
import {
  chromiumAvailable,
  chromiumSkipNotice,
  launchChromium,
  withScreenshotOnFailure,
} from '../support/chromium.js';
import { orgWithAdvertisers, type TikTokHarness } from '../support/tiktok.js';
import { docsTikTokHarness } from './support.js';

chromiumSkipNotice('the docs in a browser');

const TOOL_PATH = '/api/v1/tools/add_tiktok_ad_group/execute';

describe.skipIf(!chromiumAvailable)('the docs in a browser', () => {
  let h: TikTokHarness;
  let key: string;
  let baseUrl: string;
  let browser: Browser;
  const offsite: string[] = [];

  /** A fresh page that records any request leaving this server. */
  async function openPage(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:'))
        offsite.push(request.url());
    });
    return page;
  }

  beforeAll(async () => {
    h = await docsTikTokHarness();
    ({ key } = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US], 'plus'));
    baseUrl = await h.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('Swagger UI lists every tool and "Try it out" runs dry runs with the key entered once', async () => {
    const page = await openPage();
    await withScreenshotOnFailure(page, 'docs-swagger-ui', async () => {
      await page.goto(`${baseUrl}/docs`);
      await page.locator('.opblock').first().waitFor();
      for (const tool of h.gateway.registry.list()) {
        const path = `/api/v1/tools/${tool.name}/execute`;
        expect(await page.locator(`.opblock-summary-path[data-path="${path}"]`).count(), tool.name).toBe(1);
      }

      await page.click('button.authorize');
      await page.fill('#auth-bearer-value', key);
      await page.click('.modal-ux button.authorize');
      await page.click('.modal-ux button.btn-done');

      const operation = page.locator('.opblock', {
        has: page.locator(`.opblock-summary-path[data-path="${TOOL_PATH}"]`),
      });
      await operation.locator('.opblock-summary').click();
      await operation.locator('.try-out__btn').click();
      await operation
        .locator('.opblock-section-request-body select.examples-select-element')
        .selectOption('dry_run');
      const body = operation.locator('textarea.body-param__text');
      expect(JSON.parse(await body.inputValue()).arguments.dry_run).toBe(true);

      const execute = async () => {
        await operation.locator('button.execute').click();
        const row = operation.locator('.live-responses-table tbody tr.response');
        await row.waitFor();
        const status = (await row.locator('.response-col_status').textContent())?.trim();
        const answer = JSON.parse(
          (await row.locator('.response-col_description pre').first().textContent()) ?? '',
        );
        await operation.locator('button.btn-clear').click();
        return { status, answer };
      };

      const first = await execute();
      expect(first.status).toBe('200');
      expect(first.answer.data.structured).toMatchObject({
        dry_run: true,
        adgroup_id: null,
        body: { adgroup_name: 'US - broad - 18-34', advertiser_id: ADVERTISER_IDS.US },
      });

      // A second call with other arguments works too: no Idempotency-Key is filled in for the caller.
      const changed = JSON.parse(await body.inputValue());
      changed.arguments.adgroup_name = 'Second try';
      await body.fill(JSON.stringify(changed));
      const second = await execute();
      expect(second.status).toBe('200');
      expect(second.answer.data.structured.body.adgroup_name).toBe('Second try');

      expect(h.emulator.state.adgroups.size).toBe(0);
      expect(offsite).toEqual([]);
    });
    // Swagger UI renders every operation, the admin API's included: slow on a busy machine.
  }, 90_000);

  it('a reference page renders its argument table', async () => {
    const page = await openPage();
    await withScreenshotOnFailure(page, 'docs-reference-page', async () => {
      await page.goto(`${baseUrl}/reference/tools/add_tiktok_ad_group.html`);
      const table = page.locator('table#arguments');
      expect(await table.isVisible()).toBe(true);
      const headers = await table.locator('thead th').allInnerTexts();
      expect(headers).toEqual(['Field', 'Type', 'Required', 'Default', 'Description']);
      const tool = h.gateway.registry.require('add_tiktok_ad_group');
      expect(await table.locator('tbody tr').count()).toBe(Object.keys(tool.schema.shape).length);
      const budget = await table.locator('tr#arg-budget td').allInnerTexts();
      expect(budget.slice(0, 3)).toEqual(['budget', 'number', 'required']);
      const box = await table.boundingBox();
      expect(box?.height).toBeGreaterThan(1000);
      expect(offsite).toEqual([]);
    });
  });
});
