import type { Db } from './db.js';
import type { ConsoleSessionsTable } from './schema.js';

export type ConsoleSessionRecord = ConsoleSessionsTable;

export class ConsoleSessionStore {
  constructor(private readonly db: Db) {}

  async insert(record: ConsoleSessionRecord): Promise<void> {
    await this.db.kysely.insertInto('console_sessions').values(record).execute();
  }

  /** A session that has not expired at `now`, with its admin key still usable. */
  async findLive(idHash: string, now: string): Promise<ConsoleSessionRecord | undefined> {
    return this.db.kysely
      .selectFrom('console_sessions')
      .innerJoin('admin_keys', 'admin_keys.id', 'console_sessions.admin_key_id')
      .selectAll('console_sessions')
      .where('console_sessions.id_hash', '=', idHash)
      .where('console_sessions.expires_at', '>', now)
      .where('admin_keys.revoked_at', 'is', null)
      .executeTakeFirst();
  }

  async delete(idHash: string): Promise<void> {
    await this.db.kysely.deleteFrom('console_sessions').where('id_hash', '=', idHash).execute();
  }

  async deleteExpired(now: string): Promise<void> {
    await this.db.kysely.deleteFrom('console_sessions').where('expires_at', '<=', now).execute();
  }
}
