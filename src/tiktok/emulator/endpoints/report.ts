/**
 * GET /report/integrated/get/: TikTok's synchronous report (SDK `ReportingApi.md`,
 * `yml_files/report_integrated_get.yml`), answered from the seeded history (reporting/).
 */

import { readReportQuery } from '../reporting/query.js';
import { answerReport } from '../reporting/report.js';
import type { EndpointDef } from './types.js';

export const reportIntegratedGet: EndpointDef = {
  method: 'GET',
  path: '/report/integrated/get/',
  handle(ctx) {
    const query = readReportQuery(ctx);
    const advertiser = ctx.advertiser('advertiser_id', query.advertiserId);
    return answerReport(ctx.store, advertiser, query, ctx.now);
  },
};
