/** Calls per organisation, UTC day, tool and key: one upsert per call (calls.ts), read for charts. */
import type { Db } from './db.js';
import type { UsageDailyTable } from './schema.js';

export type UsageDay = UsageDailyTable;

export class UsageHistoryStore {
  constructor(private readonly db: Db) {}

  /** Days from `since` (inclusive, `YYYY-MM-DD`), oldest first. */
  async list(organizationId: string, since: string): Promise<UsageDay[]> {
    return this.db.kysely
      .selectFrom('usage_daily')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('day', '>=', since)
      .orderBy('day')
      .orderBy('tool')
      .orderBy('key_id')
      .execute();
  }
}
