/**
 * The monthly allowance (API contract, section 5): capacity is reserved before a billable tool
 * runs and settled after, billed or released, so that the limit holds under any concurrency.
 */
import type { Tier } from '../config.js';
import { AppError } from '../errors.js';
import type { Store } from '../store/index.js';
import type { Reservation } from '../store/usage.js';
import type { Clock } from './clock.js';
import { newId } from './ids.js';
import { periodAt } from './period.js';

export interface QuotaSnapshot {
  used: number;
  limit: number;
  tier: Tier;
  period_end: string;
}

/** Capacity held for one call, with what its answer's quota block needs. */
export interface QuotaHold {
  reservation: Reservation;
  limit: number;
  tier: Tier;
  periodEnd: string;
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
    /** How long a reservation may be held; longer than any tool call can run. */
    private readonly reservationMs: number,
    private readonly upgradeText?: string,
  ) {}

  private async organization(organizationId: string) {
    const org = await this.store.organizations.get(organizationId);
    if (!org) throw new Error(`organisation ${organizationId} vanished`);
    return org;
  }

  async snapshot(
    organizationId: string,
  ): Promise<QuotaSnapshot & { reserved: number; period_start: string }> {
    const org = await this.organization(organizationId);
    const now = this.clock.now();
    const period = periodAt(now, org.billing_anchor_day);
    const { used, reserved } = await this.store.usage.read(org.id, period.start, now.toISOString());
    return {
      used,
      reserved,
      limit: this.limits[org.tier],
      tier: org.tier,
      period_end: period.end,
      period_start: period.start,
    };
  }

  /** Holds one call's worth of capacity, or refuses with 402 and the seed page's message. */
  async reserve(organizationId: string): Promise<QuotaHold> {
    const org = await this.organization(organizationId);
    const now = this.clock.now();
    const period = periodAt(now, org.billing_anchor_day);
    const limit = this.limits[org.tier];
    const reservation: Reservation = {
      id: newId('rsv'),
      organizationId: org.id,
      periodStart: period.start,
      expiresAt: new Date(now.getTime() + this.reservationMs).toISOString(),
    };
    if (await this.store.usage.reserve(reservation, limit, now.toISOString())) {
      return { reservation, limit, tier: org.tier, periodEnd: period.end };
    }

    // Calls still in flight hold the rest of the allowance; they count as used for the refusal.
    const { used, reserved } = await this.store.usage.read(org.id, period.start, now.toISOString());
    const quota = {
      used: Math.min(used + reserved, limit),
      limit,
      tier: org.tier,
      period_end: period.end,
      upgrade_url: this.upgradeUrl,
    };
    const message = quotaExhaustedMessage({
      tier: org.tier,
      used: quota.used,
      limit,
      periodEnd: period.end,
      upgradeUrl: this.upgradeUrl,
      upgradeText: this.upgradeText,
    });
    throw new AppError('quota_exhausted', message, { details: { quota } });
  }

  /** Ends a reservation: billed adds one call to its period. Returns the quota as the caller sees it now. */
  async settle(hold: QuotaHold, billed: boolean): Promise<QuotaSnapshot> {
    const used = await this.store.usage.settle(hold.reservation, billed);
    return { used, limit: hold.limit, tier: hold.tier, period_end: hold.periodEnd };
  }
}
