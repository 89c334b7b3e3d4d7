/**
 * Wasted spend, per ad group over the period. Each rule, its threshold and why:
 * - no results: spend ≥ MIN_SPEND_CPAS × the account's cost per result with no result at all
 *   (CRITICAL). If results came at the account's rate, spending three results' worth and getting
 *   none would happen about 5% of the time (Poisson, e^-3), so it is rarely bad luck;
 * - losing money: purchase value known and ROAS < 1 (HIGH): every unit spent returned less;
 * - below target: ROAS < target_roas when a target is given (MEDIUM).
 * A result is a conversion for conversion objectives and a click otherwise (TRAFFIC, REACH...),
 * so traffic campaigns are not judged on sales they never optimised for. An ad group in its first
 * LEARNING_DAYS (14) days is never advised to pause; neither is one with conversions.
 */
import { derive, type Totals } from './metrics.js';

export const WASTE = { MIN_SPEND_CPAS: 3, LEARNING_DAYS: 14 } as const;

export const CONVERSION_OBJECTIVES = new Set([
  'WEB_CONVERSIONS',
  'PRODUCT_SALES',
  'APP_PROMOTION',
  'LEAD_GENERATION',
  'CONVERSIONS',
]);

export type Severity = 'CRITICAL' | 'HIGH' | 'MEDIUM';

export interface WasteInput {
  id: string;
  objective: string | undefined;
  totals: Totals;
  /** Days since the ad group (or its campaign) was created; undefined when unknown. */
  ageDays: number | undefined;
}

export interface WasteFinding {
  id: string;
  severity: Severity;
  rule: 'no_results' | 'losing_money' | 'below_target';
  /** The part of the spend judged wasted: all of it without results, spend − value otherwise. */
  wasted: number;
  results: number;
  roas: number | null;
  advice: string;
}

export function resultsOf(input: { objective: string | undefined; totals: Totals }): number {
  const t = input.totals;
  return (CONVERSION_OBJECTIVES.has(input.objective ?? '') ? t.conversions : t.clicks) ?? 0;
}

/** The account's spend per result, by objective kind (conversion objectives vs the rest). */
export function costPerResult(inputs: WasteInput[], conversionKind: boolean): number | null {
  const same = inputs.filter((i) => CONVERSION_OBJECTIVES.has(i.objective ?? '') === conversionKind);
  const spend = same.reduce((s, i) => s + (i.totals.spend ?? 0), 0);
  const results = same.reduce((s, i) => s + resultsOf(i), 0);
  return results > 0 ? spend / results : null;
}

function advice(input: WasteInput, results: number): string {
  if (input.ageDays !== undefined && input.ageDays < WASTE.LEARNING_DAYS) {
    return `Still learning (${input.ageDays} days old, under ${WASTE.LEARNING_DAYS}): do not pause yet; check targeting and tracking.`;
  }
  if (results > 0) return 'It does convert: lower its budget or bid rather than pausing it.';
  return 'Pause it or change its targeting and creative; first check that conversion tracking fires.';
}

/** One ad's finding, if its spend is wasted by one of the three rules, worst first. */
function wasteOf(
  input: WasteInput,
  inputs: WasteInput[],
  targetRoas: number | undefined,
): WasteFinding | undefined {
  const spend = input.totals.spend ?? 0;
  if (spend <= 0) return undefined;
  const results = resultsOf(input);
  const conversion = CONVERSION_OBJECTIVES.has(input.objective ?? '');
  const cpr = costPerResult(inputs, conversion);
  const roas = conversion ? derive(input.totals).roas : null;
  const base = { id: input.id, results, roas, advice: advice(input, results) };
  if (results === 0 && cpr !== null && spend >= WASTE.MIN_SPEND_CPAS * cpr) {
    return { ...base, severity: 'CRITICAL', rule: 'no_results', wasted: spend };
  }
  if (roas === null) return undefined;
  if (results > 0 && roas < 1) {
    return { ...base, severity: 'HIGH', rule: 'losing_money', wasted: spend - (input.totals.value ?? 0) };
  }
  if (targetRoas !== undefined && roas < targetRoas) {
    const shortfall = spend - (input.totals.value ?? 0) / targetRoas;
    return { ...base, severity: 'MEDIUM', rule: 'below_target', wasted: shortfall };
  }
  return undefined;
}

export function findWaste(inputs: WasteInput[], targetRoas: number | undefined): WasteFinding[] {
  const findings: WasteFinding[] = [];
  for (const input of inputs) {
    const finding = wasteOf(input, inputs, targetRoas);
    if (finding) findings.push(finding);
  }
  return findings;
}
