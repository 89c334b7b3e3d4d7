/**
 * The campaign report's recommendations. Each states its rule, threshold and the numbers it
 * rests on; none fires without the data it needs.
 * - spent ≥ 3 × the account's cost per conversion with no conversion, on a conversion objective;
 * - ROAS < 1 with purchase value reported: it returns less than it costs;
 * - CTR under half the account's with ≥ 1,000 impressions: the creative or audience does not land;
 * - the best ROAS, at least 1.5 × the account's: a candidate for more budget (optimize_tiktok_budget).
 */
import { derive, type Totals } from '../../../domain/reporting/metrics.js';
import { CONVERSION_OBJECTIVES } from '../../../domain/reporting/waste.js';
import { money, percent, ratioText } from '../reporting/format.js';
import type { CampaignRow } from './tool.js';

export interface Recommendation {
  campaign_id: string;
  rule: 'no_conversions' | 'roas_below_1' | 'low_ctr' | 'scale_best_roas';
  text: string;
}

type Derived = ReturnType<typeof derive>;

/** No conversion despite 3 × the account's cost per conversion, or ROAS < 1 while converting. */
function conversionRecommendation(
  c: CampaignRow,
  acc: Derived,
  currency: string,
): Recommendation | undefined {
  if (!CONVERSION_OBJECTIVES.has(c.objective_type ?? '')) return undefined;
  const d = derive(c.totals);
  const name = `${c.campaign_name ?? c.campaign_id} (${c.campaign_id})`;
  const spend = c.totals.spend ?? 0;
  const conversions = c.totals.conversions ?? 0;
  if (conversions === 0 && acc.cost_per_conversion !== null && spend >= 3 * acc.cost_per_conversion) {
    return {
      campaign_id: c.campaign_id,
      rule: 'no_conversions',
      text: `${name} spent ${money(spend, currency)}, over 3 × the account's cost per conversion (${money(acc.cost_per_conversion, currency)}), without a conversion: check its conversion tracking, then analyze_tiktok_wasted_spend.`,
    };
  }
  if (d.roas !== null && d.roas < 1 && conversions > 0) {
    return {
      campaign_id: c.campaign_id,
      rule: 'roas_below_1',
      text: `${name} returns ${ratioText(d.roas)} per unit spent (ROAS < 1): it loses money; lower its budget or bid rather than pausing it, since it converts.`,
    };
  }
  return undefined;
}

/** CTR under half the account's, with at least 1,000 impressions. */
function ctrRecommendation(c: CampaignRow, acc: Derived): Recommendation | undefined {
  const d = derive(c.totals);
  if (d.ctr === null || acc.ctr === null || (c.totals.impressions ?? 0) < 1000 || d.ctr >= acc.ctr / 2) {
    return undefined;
  }
  const name = `${c.campaign_name ?? c.campaign_id} (${c.campaign_id})`;
  return {
    campaign_id: c.campaign_id,
    rule: 'low_ctr',
    text: `${name} has a CTR of ${percent(d.ctr)}, under half the account's ${percent(acc.ctr)}: refresh its creative or revisit its audience.`,
  };
}

export function campaignRecommendations(
  campaigns: CampaignRow[],
  account: Totals,
  currency: string,
): Recommendation[] {
  const acc = derive(account);
  const out: Recommendation[] = [];
  for (const c of campaigns) {
    for (const r of [conversionRecommendation(c, acc, currency), ctrRecommendation(c, acc)])
      if (r) out.push(r);
  }
  const best = [...campaigns]
    .filter((c) => derive(c.totals).roas !== null)
    .sort((a, b) => (derive(b.totals).roas ?? 0) - (derive(a.totals).roas ?? 0))[0];
  const bestRoas = best ? derive(best.totals).roas : null;
  if (best && bestRoas !== null && acc.roas !== null && bestRoas >= 1.5 * acc.roas) {
    out.push({
      campaign_id: best.campaign_id,
      rule: 'scale_best_roas',
      text: `${best.campaign_name ?? best.campaign_id} (${best.campaign_id}) has the best ROAS, ${ratioText(bestRoas)} against the account's ${ratioText(acc.roas)}: a candidate for more budget; optimize_tiktok_budget works out how much.`,
    });
  }
  return out;
}
