/**
 * The monthly allowance (API contract, section 5): a billable call is billed before its tool runs,
 * with one conditional update that refuses past the limit, and refunded if it ends unbilled; so the
 * limit holds under any concurrency and a call costs one statement. A call whose instance dies while
 * it runs stays billed: adgate cannot know whether it reached TikTok (docs/api.md, Quota).
 */
import type { Tier } from '../config.js';
import { AppError } from '../errors.js';
import type { Store } from '../store/index.js';
import type { Clock } from './clock.js';
import { periodAt } from './period.js';

export interface QuotaSnapshot {
  used: number;
  limit: number;
  tier: Tier;
  period_end: string;
}

/** What the quota needs of an organisation; the caller of a tool carries it (read with the key). */
export interface QuotaSubject {
  organizationId: string;
  tier: Tier;
  billingAnchorDay: number;
}

/** One call billed, with what its answer's quota block shows and what a refund needs. */
export interface QuotaCharge {
  organizationId: string;
  periodStart: string;
  snapshot: QuotaSnapshot;
}

const TIER_NAMES: Record<Tier, string> = { free: 'Free', plus: 'Plus', pro: 'Pro', max: 'Max' };
const NEXT_TIER: Record<Tier, Tier | undefined> = { free: 'plus', plus: 'pro', pro: 'max', max: undefined };

export interface ExhaustedMessageInput {
  tier: Tier;
  used: number;
  limit: number;
  periodEnd: string;
  upgradeUrl: string;
  /** The operator's own second line (ADGATE_UPGRADE_TEXT); `{upgrade_url}` and `{next_tier}` are filled in. */
  upgradeText?: string | undefined;
}

/**
 * The seed page's 402 text: the headline, the upgrade line (the operator's own when configured),
 * and, for a self-hosted gateway whose operator may sell no upgrade at all, the day it resets.
 */
export function quotaExhaustedMessage(input: ExhaustedMessageInput): string {
  const { tier, used, limit, periodEnd, upgradeUrl } = input;
  const head = `\u{1F6A8} Monthly limit reached (${used}/${limit} tool calls on ${TIER_NAMES[tier]} tier).`;
  const next = NEXT_TIER[tier];
  const template =
    input.upgradeText ??
    (next ? 'Upgrade to {next_tier} at {upgrade_url} to keep building.' : 'For more, contact {upgrade_url}.');
  const upgrade = template
    .replaceAll('{upgrade_url}', upgradeUrl)
    .replaceAll('{next_tier}', next ? TIER_NAMES[next] : TIER_NAMES[tier]);
  return `${head}\n${upgrade}\nThe allowance starts again on ${periodEnd}.`;
}

export class QuotaService {
  constructor(
    private readonly store: Store,
    private readonly limits: Record<Tier, number>,
    private readonly upgradeUrl: string,
    private readonly clock: Clock,
    private readonly upgradeText?: string,
  ) {}

  /** The quota now, for an organisation by id (get_usage_status, the CLI). */
  async snapshot(organizationId: string): Promise<QuotaSnapshot & { period_start: string }> {
    const org = await this.store.organizations.get(organizationId);
    if (!org) throw new Error(`organisation ${organizationId} vanished`);
    return this.snapshotOf({ organizationId, tier: org.tier, billingAnchorDay: org.billing_anchor_day });
  }

  async snapshotOf(subject: QuotaSubject): Promise<QuotaSnapshot & { period_start: string }> {
    const period = periodAt(this.clock.now(), subject.billingAnchorDay);
    const used = await this.store.usage.read(subject.organizationId, period.start);
    const limit = this.limits[subject.tier];
    return { used, limit, tier: subject.tier, period_end: period.end, period_start: period.start };
  }

  /** Bills one call, or refuses with 402 and the seed page's message. */
  async bill(subject: QuotaSubject): Promise<QuotaCharge> {
    const period = periodAt(this.clock.now(), subject.billingAnchorDay);
    const limit = this.limits[subject.tier];
    const used =
      limit > 0 ? await this.store.usage.bill(subject.organizationId, period.start, limit) : undefined;
    if (used !== undefined) {
      return {
        organizationId: subject.organizationId,
        periodStart: period.start,
        snapshot: { used, limit, tier: subject.tier, period_end: period.end },
      };
    }
    // Calls still running were billed when they started: they count as used in the refusal.
    const usedNow = Math.min(await this.store.usage.read(subject.organizationId, period.start), limit);
    const quota = {
      used: usedNow,
      limit,
      tier: subject.tier,
      period_end: period.end,
      upgrade_url: this.upgradeUrl,
    };
    const message = quotaExhaustedMessage({
      tier: subject.tier,
      used: usedNow,
      limit,
      periodEnd: period.end,
      upgradeUrl: this.upgradeUrl,
      upgradeText: this.upgradeText,
    });
    throw new AppError('quota_exhausted', message, { details: { quota } });
  }

  /** Gives a charge back: the call ended without a definitive answer from the platform. */
  refund(charge: QuotaCharge): Promise<void> {
    return this.store.usage.refund(charge.organizationId, charge.periodStart);
  }
}
