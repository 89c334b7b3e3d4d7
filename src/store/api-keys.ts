import type { Tier } from '../config.js';
import type { Db } from './db.js';
import type { ApiKeysTable } from './schema.js';

export type ApiKeyRecord = ApiKeysTable;

export class ApiKeyStore {
  constructor(private readonly db: Db) {}

  async insert(key: ApiKeyRecord): Promise<void> {
    await this.db.kysely.insertInto('api_keys').values(key).execute();
  }

  /** The key and its organisation in one query: this runs on every request. */
  async findByHashWithOrganization(keyHash: string): Promise<
    | (ApiKeyRecord & {
        organization_name: string;
        organization_tier: Tier;
        organization_spend_limits: string | null;
      })
    | undefined
  > {
    return this.db.kysely
      .selectFrom('api_keys')
      .innerJoin('organizations', 'organizations.id', 'api_keys.organization_id')
      .selectAll('api_keys')
      .select([
        'organizations.name as organization_name',
        'organizations.tier as organization_tier',
        'organizations.spend_limits as organization_spend_limits',
      ])
      .where('api_keys.key_hash', '=', keyHash)
      .executeTakeFirst();
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

  async revoke(id: string, at: string): Promise<boolean> {
    const result = await this.db.kysely
      .updateTable('api_keys')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async touch(id: string, at: string): Promise<void> {
    await this.db.kysely.updateTable('api_keys').set({ last_used_at: at }).where('id', '=', id).execute();
  }

  /** Changes what a key may do: read-only, its advertisers, its spend limits (JSON). */
  async setScope(
    id: string,
    scope: Partial<Pick<ApiKeyRecord, 'read_only' | 'advertiser_ids' | 'spend_limits'>>,
  ): Promise<boolean> {
    if (Object.keys(scope).length === 0) return (await this.get(id)) !== undefined;
    const result = await this.db.kysely
      .updateTable('api_keys')
      .set(scope)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
