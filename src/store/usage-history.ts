/** Calls per organisation, UTC day, tool and key: one upsert per call, read for charts. */
import type { Db } from './db.js';
import type { UsageDailyTable } from './schema.js';

export type UsageDay = UsageDailyTable;

export class UsageHistoryStore {
  constructor(private readonly db: Db) {}

  async count(row: {
    organizationId: string;
    day: string;
    tool: string;
    keyId: string;
    billed: boolean;
    error: boolean;
  }): Promise<void> {
    const billed = row.billed ? 1 : 0;
    const errors = row.error ? 1 : 0;
    await this.db.kysely
      .insertInto('usage_daily')
      .values({
        organization_id: row.organizationId,
        day: row.day,
        tool: row.tool,
        key_id: row.keyId,
        calls: 1,
        billed,
        errors,
      })
      .onConflict((oc) =>
        oc.columns(['organization_id', 'day', 'tool', 'key_id']).doUpdateSet((eb) => ({
          calls: eb('usage_daily.calls', '+', 1),
          billed: eb('usage_daily.billed', '+', billed),
          errors: eb('usage_daily.errors', '+', errors),
        })),
      )
      .execute();
  }

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
