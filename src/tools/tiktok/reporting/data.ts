/**
 * Where the analytics tools get their numbers: the advertiser's currency, timezone and first day,
 * and TikTok reports, each read through a short cache per advertiser and query (CACHE_TTL_MS, by
 * the gateway's clock), so that repeating a question within minutes costs TikTok nothing.
 */
import { canonicalJson } from '../../../core/canonical-json.js';
import type { Clock } from '../../../core/clock.js';
import type { ResolvedAccount, ToolContext } from '../../../core/tool.js';
import { TtlCache } from '../../../core/ttl-cache.js';
import { dayIn, type Period, type PeriodArgs, resolvePeriod } from '../../../domain/reporting/period.js';
import { AppError } from '../../../errors.js';
import { fetchReport, type Report, type ReportRequest } from '../../../tiktok/reports.js';
import type { ToolServices } from '../../services.js';
import { onAccount } from '../account-calls.js';

export const CACHE_TTL_MS = 5 * 60_000;

/** The analytics tools' cache, one per gateway (`ctx.services.reports`), on the gateway's clock. */
export function newReportCache(clock: Clock): TtlCache<unknown> {
  return new TtlCache<unknown>(clock, CACHE_TTL_MS);
}

export interface ReportScope {
  ctx: ToolContext<ToolServices>;
  account: ResolvedAccount;
  currency: string;
  timezone: string;
  today: string;
  /** The account's creation day in its timezone, when TikTok gives it. */
  firstDay: string | undefined;
}

function creationDay(value: unknown, timezone: string): string | undefined {
  if (typeof value === 'number' && value > 0) return dayIn(timezone, new Date(value * 1000));
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
    return dayIn(timezone, new Date(`${value.replace(' ', 'T')}${value.length > 10 ? 'Z' : ''}`));
  }
  return undefined;
}

/** The account a report is for, its currency, timezone, today and first day. */
export async function reportScope(
  ctx: ToolContext<ToolServices>,
  advertiserId: string | undefined,
): Promise<ReportScope> {
  const account = await ctx.accounts.resolve(advertiserId);
  const key = `info|${account.advertiserId}`;
  const { value } = await ctx.services.reports.getOrLoad(key, async () => {
    const { data } = await onAccount(ctx, account, () =>
      ctx.services.tiktok.getAdvertiserInfo(account.accessToken, [account.advertiserId], {
        fields: ['advertiser_id', 'currency', 'timezone', 'create_time'],
      }),
    );
    return data.list.find((a) => String(a.advertiser_id) === account.advertiserId);
  });
  const info = value as { currency?: string; timezone?: string; create_time?: unknown } | undefined;
  const currency = info?.currency ?? account.currency;
  const timezone = info?.timezone ?? account.timezone;
  if (!currency || !timezone) {
    throw new AppError(
      'platform_unavailable',
      `TikTok did not give the currency and timezone of advertiser ${account.advertiserId}, which every report is in. Try again later.`,
    );
  }
  const today = dayIn(timezone, ctx.clock.now());
  return { ctx, account, currency, timezone, today, firstDay: creationDay(info?.create_time, timezone) };
}

export function periodOf(scope: ReportScope, args: PeriodArgs, lookback = 30): Period {
  return resolvePeriod(args, scope.today, scope.firstDay, lookback);
}

/** A report through the cache; `cached` says whether TikTok was asked. */
export async function report(
  scope: ReportScope,
  request: Omit<ReportRequest, 'advertiserId'>,
): Promise<Report & { cached: boolean }> {
  const full: ReportRequest = { ...request, advertiserId: scope.account.advertiserId };
  const key = `report|${scope.account.advertiserId}|${canonicalJson(full)}`;
  const { value, cached } = await scope.ctx.services.reports.getOrLoad(key, () =>
    onAccount(scope.ctx, scope.account, () =>
      fetchReport(scope.ctx.services.tiktok, scope.account.accessToken, full),
    ),
  );
  return { ...(value as Report), cached };
}
