/** Budget (not under CBO), schedule in UTC, frequency cap (TikTok's "Budget" doc; SDK `schedule_*`, `frequency`). */
import { dailyBudgetRange, formatMoney } from '../../currency.js';
import { formatUtc } from '../../time.js';
import { DEFAULT_PACING, DEFAULT_REACH_FREQUENCY, DEFAULT_REACH_FREQUENCY_SCHEDULE } from '../defaults.js';
import type { BodyBuilder } from './builder.js';

export function buildBudget(b: BodyBuilder): void {
  const { args, facts } = b;
  const currency = facts.advertiser.currency;
  if (b.cbo) {
    b.warn(
      `Campaign ${facts.campaign.campaign_id} uses campaign budget optimisation (CBO): TikTok spends from the campaign's budget, so the ad group's budget (${formatMoney(args.budget, currency)}), budget_mode and pacing were not sent. Under CBO, bid_type and optimization_goal must match the campaign's other ad groups.`,
    );
    return;
  }
  b.put('budget_mode', args.budget_mode ?? b.applied('budget_mode', b.s.budgetMode, 'a daily budget'));
  b.put('budget', args.budget);
  b.put(
    'pacing',
    args.pacing ?? b.applied('pacing', DEFAULT_PACING, 'spreads the budget evenly over the day'),
  );
  if (dailyBudgetRange(currency, 'adgroup') === undefined) {
    b.warn(
      `TikTok's budget table does not list ${currency}, so its minimum budget could not be checked here; if TikTok refuses ${formatMoney(args.budget, currency)}, its answer names the minimum.`,
    );
  }
  if (b.s.budgetMode === 'BUDGET_MODE_TOTAL' && b.s.tiktokBidType === 'BID_TYPE_NO_BID') {
    b.warn(
      'A peer reports that BID_TYPE_NO_BID works with daily budgets only (unconfirmed); if TikTok refuses the lifetime budget, use BUDGET_MODE_DAY or a custom bid.',
    );
  }
  if (args.pacing === 'PACING_MODE_FAST' && b.s.tiktokBidType !== 'BID_TYPE_CUSTOM') {
    b.warn(
      'Peers report that PACING_MODE_FAST needs a manual bid (bid_type BID_TYPE_CUSTOM); if TikTok refuses it, use PACING_MODE_SMOOTH.',
    );
  }
}

export function buildSchedule(b: BodyBuilder): void {
  const { args, facts } = b;
  const scheduleType =
    args.schedule_type ??
    (args.schedule_end_time
      ? b.applied('schedule_type', 'SCHEDULE_START_END', 'an end time was given')
      : b.applied(
          'schedule_type',
          'SCHEDULE_FROM_NOW',
          'no end time was given: the ad group runs until paused',
        ));
  b.put('schedule_type', scheduleType);
  b.put(
    'schedule_start_time',
    args.schedule_start_time ??
      b.applied(
        'schedule_start_time',
        formatUtc(facts.now),
        'now, in UTC (TikTok reads schedule times as UTC)',
      ),
  );
  b.put('schedule_end_time', args.schedule_end_time);
  if (args.dayparting !== undefined) {
    b.put('dayparting', args.dayparting);
    b.warn(
      `Dayparting slots: TikTok's docs do not say in which timezone they are read; a peer reports the advertiser's timezone (${facts.advertiser.timezone}), unlike the schedule times, which are UTC. Check the first day's delivery.`,
    );
  }
  if (b.objective !== 'REACH') return;
  b.put(
    'frequency',
    args.frequency ??
      b.applied('frequency', DEFAULT_REACH_FREQUENCY, 'TikTok requires a frequency cap on REACH ad groups'),
  );
  b.put(
    'frequency_schedule',
    args.frequency_schedule ??
      b.applied(
        'frequency_schedule',
        DEFAULT_REACH_FREQUENCY_SCHEDULE,
        'TikTok requires a frequency-cap window on REACH ad groups (days)',
      ),
  );
}
