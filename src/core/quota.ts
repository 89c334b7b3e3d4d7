/**
 * The monthly allowance (API contract, section 5): a billable call is billed before its tool runs,
 * with one conditional update that refuses past the limit, and refunded if it ends unbilled; so the
 * limit holds under any concurrency and a call costs one statement. With an Idempotency-Key, the
 * bill is made with the claim of the key (store/calls.ts), and the refund with the call's outcome. A call whose instance dies while
 * it runs stays billed: adgate cannot know whether it reached TikTok (docs/api.md, Quota).
 */
import type { Tier } from '../config.js';
import { AppError } from '../errors.js';
import type { BillRequest } from '../store/calls.js';
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

/** Where one call is billed: its organisation's current period and allowance. */
export interface QuotaPlan {
  organizationId: string;
  tier: Tier;
  periodStart: string;
  periodEnd: string;
  limit: number;
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

  /** Where a call of `subject` is billed now: its period and allowance. */
  plan(subject: QuotaSubject): QuotaPlan {
    const period = periodAt(this.clock.now(), subject.billingAnchorDay);
    return {
      organizationId: subject.organizationId,
      tier: subject.tier,
      periodStart: period.start,
      periodEnd: period.end,
      limit: this.limits[subject.tier],
    };
  }

  /**
   * The bill for the store to make with the call's other first writes (claiming its key), or
   * undefined when no call can be billed (an allowance of 0): `bill` refuses it then.
   */
  billRequest(plan: QuotaPlan): BillRequest | undefined {
    if (plan.limit <= 0) return undefined;
    return { organization_id: plan.organizationId, period_start: plan.periodStart, limit: plan.limit };
  }

  /** The charge of a call the store billed, `used` being the count after it. */
  charged(plan: QuotaPlan, used: number): QuotaCharge {
    return {
      organizationId: plan.organizationId,
      periodStart: plan.periodStart,
      snapshot: { used, limit: plan.limit, tier: plan.tier, period_end: plan.periodEnd },
    };
  }

  /** Bills one call, or refuses with 402 and the seed page's message. */
  async bill(plan: QuotaPlan): Promise<QuotaCharge> {
    const request = this.billRequest(plan);
    const used = request
      ? await this.store.usage.bill(request.organization_id, request.period_start, request.limit)
      : undefined;
    if (used === undefined) return this.refuse(plan);
    return this.charged(plan, used);
  }

  /** The 402 of a call the allowance refused. */
  async refuse(plan: QuotaPlan): Promise<never> {
    const { limit, tier } = plan;
    // Calls still running were billed when they started: they count as used in the refusal.
    const usedNow = Math.min(await this.store.usage.read(plan.organizationId, plan.periodStart), limit);
    const quota = { used: usedNow, limit, tier, period_end: plan.periodEnd, upgrade_url: this.upgradeUrl };
    const message = quotaExhaustedMessage({
      tier,
      used: usedNow,
      limit,
      periodEnd: plan.periodEnd,
      upgradeUrl: this.upgradeUrl,
      upgradeText: this.upgradeText,
    });
    throw new AppError('quota_exhausted', message, { details: { quota } });
  }
}
