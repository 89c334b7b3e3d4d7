import { afterAll, beforeAll, it } from 'vitest';
import type { TestDatabase } from '../support/stores.js';
import { type ReportingHarness, startReportingHarness } from './support.js';
let h: ReportingHarness; let db: TestDatabase;
beforeAll(async () => { ({ h, db } = await startReportingHarness()); });
afterAll(async () => { await h.close(); await db.cleanup(); });
it('scratch', async () => {
  for (const [tool, args] of [
    ['get_tiktok_ad_performance', { limit: 3 }],
    ['get_tiktok_audience_insights', {}],
    ['analyze_tiktok_geo_performance', {}],
    ['analyze_tiktok_wasted_spend', {}],
    ['detect_tiktok_creative_fatigue', {}],
    ['explain_tiktok_anomaly', { period_start: '2026-03-10', period_end: '2026-03-10' }],
    ['explain_tiktok_anomaly', { period_start: '2026-03-20', period_end: '2026-03-20' }],
    ['optimize_tiktok_budget', { total_budget: 18000 }],
  ] as const) {
    const t = Date.now();
    const { status, body } = await h.call(tool, args as Record<string, unknown>);
    console.log(`=== ${tool} ${status} ${Date.now() - t}ms\n${status === 200 ? body.data.text.replace(/<svg[\s\S]*<\/svg>/g, '') : JSON.stringify(body)}`);
  }
}, 120_000);
