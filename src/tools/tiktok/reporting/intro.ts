/** The lines every analytics answer starts and ends with. */
import type { Period } from '../../../domain/reporting/period.js';
import type { ReportScope } from './data.js';

export function periodLine(scope: ReportScope, period: Period): string {
  return (
    `**${scope.account.name}** (advertiser_id ${scope.account.advertiserId}), ${period.start} to ${period.end} ` +
    `(${period.days} day${period.days === 1 ? '' : 's'}, ${scope.timezone}); amounts in ${scope.currency}.`
  );
}

/** What every structured answer says about where its numbers come from. */
export function scopeFacts(scope: ReportScope, period: Period) {
  return {
    advertiser_id: scope.account.advertiserId,
    currency: scope.currency,
    timezone: scope.timezone,
    period: { start: period.start, end: period.end, days: period.days },
  };
}
