import type { Tier } from '../config.js';
import { LiveCache } from './changes.js';
import type { Db } from './db.js';
import type { ApiKeysTable } from './schema.js';

export type ApiKeyRecord = ApiKeysTable;

export type ApiKeyWithOrganization = ApiKeyRecord & {
  organization_name: string;
  organization_tier: Tier;
  organization_billing_anchor_day: number;
  organization_spend_limits: string | null;
};

export class ApiKeyStore {
  private readonly byHash;
  /** Every request reads its key: kept in memory while revocations reach this process at once. */
  private readonly cache: LiveCache<ApiKeyWithOrganization>;

  constructor(private readonly db: Db) {
    this.cache = new LiveCache(db.changes, 'keys');
    this.byHash = db.hot.query<{ key_hash: string }, ApiKeyWithOrganization>(
      'adgate_key_by_hash',
      `select api_keys.*, organizations.name as organization_name, organizations.tier as organization_tier,
         organizations.billing_anchor_day as organization_billing_anchor_day,
         organizations.spend_limits as organization_spend_limits
       from api_keys inner join organizations on organizations.id = api_keys.organization_id
       where api_keys.key_hash = @key_hash`,
    );
  }

  async insert(key: ApiKeyRecord): Promise<void> {
    await this.db.kysely.insertInto('api_keys').values(key).execute();
  }

  /** The key and its organisation in one prepared query: this runs on every request. */
  async findByHashWithOrganization(keyHash: string): Promise<ApiKeyWithOrganization | undefined> {
    return this.cache.get(keyHash, async () => (await this.byHash.run({ key_hash: keyHash })).rows[0]);
  }

  async get(id: string): Promise<ApiKeyRecord | undefined> {
    return this.db.kysely.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async listByOrganization(organizationId: string): Promise<ApiKeyRecord[]> {
    return this.db.kysely
      .selectFrom('api_keys')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  /** Keys that still work at `now`: neither revoked nor expired. */
  async countUsable(organizationId: string, now: string): Promise<number> {
    const row = await this.db.kysely
      .selectFrom('api_keys')
      .select((eb) => eb.fn.countAll().as('count'))
      .where('organization_id', '=', organizationId)
      .where('revoked_at', 'is', null)
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /** Every instance stops accepting the key when this commits (see changes.ts). */
  async revoke(id: string, at: string): Promise<boolean> {
    return this.db.changes.write(this.db.kysely, 'keys', async (trx) => {
      const result = await trx
        .updateTable('api_keys')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    });
  }

  /** Last use is for listings: other instances' cached copies may lag, this one's follows. */
  async touch(id: string, keyHash: string, at: string): Promise<void> {
    await this.db.kysely.updateTable('api_keys').set({ last_used_at: at }).where('id', '=', id).execute();
    this.cache.update(keyHash, (record) => ({ ...record, last_used_at: at }));
  }

  /** Changes what a key may do: read-only, its advertisers, its spend limits (JSON). */
  async setScope(
    id: string,
    scope: Partial<Pick<ApiKeyRecord, 'read_only' | 'advertiser_ids' | 'spend_limits'>>,
  ): Promise<boolean> {
    if (Object.keys(scope).length === 0) return (await this.get(id)) !== undefined;
    // Cached keys carry their scope: every instance drops them when this commits.
    return this.db.changes.write(this.db.kysely, 'keys', async (trx) => {
      const result = await trx.updateTable('api_keys').set(scope).where('id', '=', id).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    });
  }
}
