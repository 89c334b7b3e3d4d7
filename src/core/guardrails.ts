/**
 * Spend guardrails, checked by a write tool before it calls TikTok, once it knows the amounts (an
 * update learns the old budget only by reading TikTok). See docs/spend-limits.md.
 *
 * - Per object: the largest daily or lifetime budget one write may set on one campaign or ad group.
 * - Per day: the most new daily budget writes may add in one UTC day. The amount is held in the
 *   store when checked (exact under concurrency, see store/spend.ts) and given back after the call
 *   if the write certainly did not happen. With no such limit on either scope there is nothing to
 *   check, so nothing is held before the send: the amount is added with the call's last commit
 *   (store/calls.ts), unless the write certainly did not happen. That saves a commit (PostgreSQL: a
 *   round trip) on most calls; the totals still count it for a limit set later in the day.
 * Both apply per key and per organisation; each is checked, so the stricter decides.
 */
import { z } from 'zod';
import { AppError } from '../errors.js';
import type { Store } from '../store/index.js';
import type { SpendAddition, SpendScope } from '../store/spend.js';
import type { Clock } from './clock.js';
import { LIMIT_NAMES, type SpendLimits } from './spend-limits.js';
import type { Caller } from './tool.js';

/** TikTok's budget modes that spend per day; BUDGET_MODE_TOTAL is a lifetime budget. */
const DAILY_MODES = new Set(['BUDGET_MODE_DAY', 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET']);

export function isDailyBudgetMode(budgetMode: string): boolean {
  return DAILY_MODES.has(budgetMode);
}

export interface BudgetCheck {
  advertiserId: string;
  object: 'campaign' | 'adgroup';
  /** The budget the write sets on the object; undefined when it sets none. */
  budget: number | undefined;
  /** TikTok's `budget_mode` of the object after the write. */
  budgetMode: string;
  /**
   * New daily budget the write adds: a new object's daily budget; for an update, the new daily
   * budget minus the old one (0 when it goes down); 0 for a lifetime budget.
   */
  addedDailyBudget: number;
  /** A dry run: report a refusal instead of throwing, and hold nothing. */
  dryRun?: boolean | undefined;
}

export interface BudgetRefusal {
  limit: keyof SpendLimits;
  scope: 'key' | 'organization';
  limit_amount: number;
  amount: number;
  already_added_today?: number;
  message: string;
}

/** `data.structured.spend_limits` of a dry run: a write tool adds it to its output schema. */
export const spendLimitsVerdictSchema = z
  .object({
    allowed: z.boolean().describe('False when the real call would be refused with spend_limit_exceeded.'),
    refusals: z
      .array(
        z.object({
          limit: z.enum(['max_daily_budget', 'max_lifetime_budget', 'max_daily_added']),
          scope: z.enum(['key', 'organization']),
          limit_amount: z.number(),
          amount: z.number(),
          already_added_today: z.number().optional(),
        }),
      )
      .describe('Each limit the real call would break, with the limit and the amount.'),
  })
  .describe("Dry runs only: the key's and the organisation's spend limits against this write.");

export interface BudgetVerdict {
  allowed: boolean;
  refusals: BudgetRefusal[];
  /** One line for a dry run's answer; empty when no limit applies. */
  text: string;
}

export interface Guardrails {
  /** Throws `spend_limit_exceeded` (403) past a limit, unless `dryRun`, which gets the verdict. */
  checkBudget(check: BudgetCheck): Promise<BudgetVerdict>;
}

const MICROS = 1_000_000;
const toMicros = (amount: number) => Math.round(amount * MICROS);
const fromMicros = (micros: number) => micros / MICROS;
const SCOPE_WORD = { key: "the key's", organization: "the organisation's" } as const;

interface Hold {
  scope: SpendScope;
  scopeId: string;
  day: string;
  micros: number;
}

/** The guardrails of one call; the executor settles them after the tool has run. */
export class CallGuardrails implements Guardrails {
  private readonly holds: Hold[] = [];
  /** Budget added while no daily-added limit applies: stored with the call's last commit. */
  private unheld: SpendAddition | undefined;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly caller: Caller,
  ) {}

  private scopes(): Array<{
    scope: 'key' | 'organization';
    id: string;
    store: SpendScope;
    limits: SpendLimits;
  }> {
    const { caller } = this;
    return [
      { scope: 'organization', id: caller.organizationId, store: 'org', limits: caller.limits.organization },
      { scope: 'key', id: caller.keyId, store: 'key', limits: caller.limits.key },
    ];
  }

  async checkBudget(check: BudgetCheck): Promise<BudgetVerdict> {
    const refusals = this.objectRefusals(check);
    const day = this.clock.now().toISOString().slice(0, 10);
    const added = Math.max(0, check.addedDailyBudget);
    if (refusals.length === 0 && added > 0) {
      if (check.dryRun) refusals.push(...(await this.wouldExceed(day, added, check)));
      else if (!this.addUnheld(day, added)) refusals.push(...(await this.hold(day, added, check)));
    }
    const verdict = { allowed: refusals.length === 0, refusals, text: this.describe(refusals) };
    if (!verdict.allowed && !check.dryRun) {
      const [first] = refusals as [BudgetRefusal];
      const { message: _message, ...details } = first;
      throw new AppError(
        'spend_limit_exceeded',
        `${refusals.map((r) => r.message).join(' ')} Nothing was sent to TikTok.`,
        {
          details: { ...details, refusals: refusals.map(({ message: _m, ...rest }) => rest) },
        },
      );
    }
    return verdict;
  }

  private objectRefusals(check: BudgetCheck): BudgetRefusal[] {
    if (check.budget === undefined) return [];
    const budget = check.budget;
    const limit: keyof SpendLimits = DAILY_MODES.has(check.budgetMode)
      ? 'max_daily_budget'
      : 'max_lifetime_budget';
    if (limit === 'max_lifetime_budget' && check.budgetMode !== 'BUDGET_MODE_TOTAL') return [];
    const kind = limit === 'max_daily_budget' ? 'daily' : 'lifetime';
    return this.scopes().flatMap(({ scope, limits }) => {
      const max = limits[limit];
      if (max === undefined || budget <= max) return [];
      return [
        {
          limit,
          scope,
          limit_amount: max,
          amount: budget,
          message: `This write would set a ${kind} budget of ${budget} on a ${check.object === 'adgroup' ? 'ad group' : 'campaign'} of advertiser ${check.advertiserId}, over ${SCOPE_WORD[scope]} limit (${LIMIT_NAMES[limit]}) of ${max}.`,
        },
      ];
    });
  }

  private dailyRefusal(
    scope: 'key' | 'organization',
    max: number,
    added: number,
    already: number,
    check: BudgetCheck,
  ): BudgetRefusal {
    return {
      limit: 'max_daily_added',
      scope,
      limit_amount: max,
      amount: added,
      already_added_today: already,
      message: `This write would add a daily budget of ${added} to advertiser ${check.advertiserId}, and ${SCOPE_WORD[scope]} limit on ${LIMIT_NAMES.max_daily_added} is ${max}, of which ${already} was already added today (UTC).`,
    };
  }

  /**
   * Without a daily-added limit on either scope, keeps the amount for the call's last commit and
   * says so. A second day's amount (a call across midnight UTC) is held at once instead.
   */
  private addUnheld(day: string, added: number): boolean {
    const { caller } = this;
    const limited = this.scopes().some(({ limits }) => limits.max_daily_added !== undefined);
    if (limited || (this.unheld !== undefined && this.unheld.day !== day)) return false;
    this.unheld = {
      organizationId: caller.organizationId,
      keyId: caller.keyId,
      day,
      micros: (this.unheld?.micros ?? 0) + toMicros(added),
    };
    return true;
  }

  /** Takes the amount from every scope's daily total, or takes nothing and says which limit refused. */
  private async hold(day: string, added: number, check: BudgetCheck): Promise<BudgetRefusal[]> {
    const micros = toMicros(added);
    const scopes = this.scopes();
    const holds = scopes.map(({ id, store, limits }) => ({
      scope: store,
      scopeId: id,
      day,
      micros,
      limitMicros: limits.max_daily_added === undefined ? undefined : toMicros(limits.max_daily_added),
    }));
    const [organization, key] = holds as [(typeof holds)[number], (typeof holds)[number]];
    const refused = await this.store.spend.holdPair(organization, key);
    if (refused) {
      const { scope, limits } = scopes[holds.indexOf(refused)] as (typeof scopes)[number];
      const already = fromMicros(await this.store.spend.read(refused.scope, refused.scopeId, day));
      return [this.dailyRefusal(scope, limits.max_daily_added as number, added, already, check)];
    }
    this.holds.push(...holds);
    return [];
  }

  private async wouldExceed(day: string, added: number, check: BudgetCheck): Promise<BudgetRefusal[]> {
    const refusals: BudgetRefusal[] = [];
    for (const { scope, id, store, limits } of this.scopes()) {
      const max = limits.max_daily_added;
      if (max === undefined) continue;
      const already = await this.store.spend.read(store, id, day);
      if (already + toMicros(added) > toMicros(max)) {
        refusals.push(this.dailyRefusal(scope, max, added, fromMicros(already), check));
      }
    }
    return refusals;
  }

  private describe(refusals: BudgetRefusal[]): string {
    if (refusals.length > 0) {
      return `**Spend limits:** the real call would be refused (spend_limit_exceeded): ${refusals.map((r) => r.message).join(' ')}`;
    }
    const set = this.scopes().filter(({ limits }) => Object.keys(limits).length > 0);
    return set.length === 0 ? '' : '**Spend limits:** within every limit of the key and the organisation.';
  }

  /** After the call: a write that certainly did not happen gives back what it held, and adds nothing. */
  async settle(writeMayHaveHappened: boolean): Promise<void> {
    if (writeMayHaveHappened) return;
    this.unheld = undefined;
    for (const hold of this.holds.splice(0)) {
      await this.store.spend.subtract(hold.scope, hold.scopeId, hold.day, hold.micros);
    }
  }

  /** For the call's last commit, once settled: the budget added that nothing held. */
  takeUnheld(): SpendAddition | undefined {
    const unheld = this.unheld;
    this.unheld = undefined;
    return unheld;
  }
}

/** What the key has added today, for get_usage_status and the console. */
export async function addedToday(
  store: Store,
  clock: Clock,
  caller: Pick<Caller, 'organizationId' | 'keyId'>,
) {
  const day = clock.now().toISOString().slice(0, 10);
  return {
    day,
    organization: fromMicros(await store.spend.read('org', caller.organizationId, day)),
    key: fromMicros(await store.spend.read('key', caller.keyId, day)),
  };
}
