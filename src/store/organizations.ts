import type { Tier } from '../config.js';
import type { Db } from './db.js';
import type { OrganizationsTable } from './schema.js';

export type Organization = OrganizationsTable;

export class OrganizationStore {
  constructor(private readonly db: Db) {}

  async insert(org: Organization): Promise<void> {
    await this.db.kysely.insertInto('organizations').values(org).execute();
  }

  async get(id: string): Promise<Organization | undefined> {
    return this.db.kysely.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async list(): Promise<Organization[]> {
    return this.db.kysely
      .selectFrom('organizations')
      .selectAll()
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  /** Keys carry their organisation's tier in the key cache: every instance drops it on commit. */
  async setTier(id: string, tier: Tier): Promise<boolean> {
    return this.db.changes.write(this.db.kysely, 'keys', async (trx) => {
      const result = await trx
        .updateTable('organizations')
        .set({ tier })
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    });
  }

  async findByName(name: string): Promise<Organization[]> {
    return this.db.kysely
      .selectFrom('organizations')
      .selectAll()
      .where('name', '=', name)
      .orderBy('id')
      .execute();
  }

  /** Cached keys carry their organisation's limits: every instance drops them when this commits. */
  async setSpendLimits(id: string, limits: string | null): Promise<boolean> {
    return this.db.changes.write(this.db.kysely, 'keys', async (trx) => {
      const result = await trx
        .updateTable('organizations')
        .set({ spend_limits: limits })
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    });
  }

  /**
   * Deletes the organisation and everything that belongs to it, in one transaction. Its audit
   * records stay until their retention ends: the log must outlive what it describes.
   */
  async delete(id: string): Promise<boolean> {
    // Its keys may be cached: every instance drops them when this commits.
    return this.db.changes.write(this.db.kysely, 'keys', async (trx) => {
      const keyIds = (
        await trx.selectFrom('api_keys').select('id').where('organization_id', '=', id).execute()
      ).map((k) => k.id);
      if (keyIds.length > 0) {
        await trx
          .deleteFrom('spend_days')
          .where('scope', '=', 'key')
          .where('scope_id', 'in', keyIds)
          .execute();
      }
      await trx.deleteFrom('spend_days').where('scope', '=', 'org').where('scope_id', '=', id).execute();
      for (const table of [
        'usage_periods',
        'idempotency_records',
        'connected_accounts',
        'oauth_states',
        'usage_daily',
        'api_keys',
      ] as const) {
        await trx.deleteFrom(table).where('organization_id', '=', id).execute();
      }
      const result = await trx.deleteFrom('organizations').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    });
  }
}
