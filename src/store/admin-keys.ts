import type { Db } from './db.js';
import type { AdminKeysTable } from './schema.js';

export type AdminKeyRecord = AdminKeysTable;

export class AdminKeyStore {
  constructor(private readonly db: Db) {}

  async insert(key: AdminKeyRecord): Promise<void> {
    await this.db.kysely.insertInto('admin_keys').values(key).execute();
  }

  async findByHash(keyHash: string): Promise<AdminKeyRecord | undefined> {
    return this.db.kysely
      .selectFrom('admin_keys')
      .selectAll()
      .where('key_hash', '=', keyHash)
      .executeTakeFirst();
  }

  async get(id: string): Promise<AdminKeyRecord | undefined> {
    return this.db.kysely.selectFrom('admin_keys').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async list(): Promise<AdminKeyRecord[]> {
    return this.db.kysely.selectFrom('admin_keys').selectAll().orderBy('created_at').orderBy('id').execute();
  }

  async revoke(id: string, at: string): Promise<boolean> {
    const result = await this.db.kysely
      .updateTable('admin_keys')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async touch(id: string, at: string): Promise<void> {
    await this.db.kysely.updateTable('admin_keys').set({ last_used_at: at }).where('id', '=', id).execute();
  }
}
