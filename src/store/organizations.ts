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
}
