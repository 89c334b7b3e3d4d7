import type { Db } from './db.js';
import type { OAuthStatesTable } from './schema.js';

export type OAuthStateRecord = OAuthStatesTable;

export class OAuthStateStore {
  constructor(private readonly db: Db) {}

  async insert(record: OAuthStateRecord): Promise<void> {
    await this.db.kysely.insertInto('oauth_states').values(record).execute();
  }

  async get(id: string): Promise<OAuthStateRecord | undefined> {
    return this.db.kysely.selectFrom('oauth_states').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /**
   * Marks an unused, unexpired state as used at `at`; one statement, so of two callbacks racing
   * with the same state exactly one wins. Returns the record when this caller won.
   */
  async claim(id: string, at: string): Promise<OAuthStateRecord | undefined> {
    const result = await this.db.kysely
      .updateTable('oauth_states')
      .set({ used_at: at })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .where('expires_at', '>', at)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1 ? this.get(id) : undefined;
  }

  /** Undoes the claim made at `claimedAt` (and only that one). */
  async release(id: string, claimedAt: string): Promise<void> {
    await this.db.kysely
      .updateTable('oauth_states')
      .set({ used_at: null })
      .where('id', '=', id)
      .where('used_at', '=', claimedAt)
      .execute();
  }

  async deleteExpired(before: string): Promise<number> {
    const result = await this.db.kysely
      .deleteFrom('oauth_states')
      .where('expires_at', '<', before)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
