/**
 * Migrations, written once for both dialects with Kysely's schema builder (only portable types:
 * text and integer). Add a new entry for every change; never edit one that has shipped.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';

const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('organizations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('tier', 'text', (c) => c.notNull())
        .addColumn('billing_anchor_day', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('key_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text')
        .addColumn('revoked_at', 'text')
        .addColumn('last_used_at', 'text')
        .execute();
      await db.schema.createIndex('api_keys_organization').on('api_keys').column('organization_id').execute();

      await db.schema
        .createTable('usage_periods')
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('period_start', 'text', (c) => c.notNull())
        .addColumn('used', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('usage_periods_pk', ['organization_id', 'period_start'])
        .execute();

      await db.schema
        .createTable('quota_reservations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('period_start', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('quota_reservations_period')
        .on('quota_reservations')
        .columns(['organization_id', 'period_start'])
        .execute();

      await db.schema
        .createTable('idempotency_records')
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('tool', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('lease_expires_at', 'text')
        .addColumn('lease_holder', 'text')
        .addColumn('response_status', 'integer')
        .addColumn('response_body', 'text')
        .addColumn('response_request_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_records_pk', ['organization_id', 'key'])
        .execute();
      await db.schema
        .createIndex('idempotency_records_expiry')
        .on('idempotency_records')
        .column('expires_at')
        .execute();

      await db.schema
        .createTable('connected_accounts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('advertiser_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('access_token_enc', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('currency', 'text')
        .addColumn('timezone', 'text')
        .addColumn('connected_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('connected_accounts_org_advertiser', ['organization_id', 'advertiser_id'])
        .execute();
    },
  },
  '0002_oauth_states': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('oauth_states')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .execute();
      await db.schema.createIndex('oauth_states_expiry').on('oauth_states').column('expires_at').execute();
    },
  },
  '0003_drop_quota_reservations': {
    // Quota is billed by one conditional update on usage_periods and refunded if unbilled
    // (store/usage.ts): reservations are no longer kept.
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('quota_reservations').ifExists().execute();
    },
  },
  '0004_operators': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('organizations').addColumn('spend_limits', 'text').execute();
      await db.schema
        .alterTable('api_keys')
        .addColumn('read_only', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('api_keys').addColumn('advertiser_ids', 'text').execute();
      await db.schema.alterTable('api_keys').addColumn('spend_limits', 'text').execute();
      await db.schema.alterTable('oauth_states').addColumn('binding_hash', 'text').execute();

      await db.schema
        .createTable('admin_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('key_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .addColumn('last_used_at', 'text')
        .execute();

      await db.schema
        .createTable('spend_days')
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('scope_id', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('added_micros', 'bigint', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('spend_days_pk', ['scope', 'scope_id', 'day'])
        .execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('organization_id', 'text', (c) => c.notNull())
        .addColumn('key_id', 'text', (c) => c.notNull())
        .addColumn('key_name', 'text', (c) => c.notNull())
        .addColumn('transport', 'text', (c) => c.notNull())
        .addColumn('tool', 'text', (c) => c.notNull())
        .addColumn('arguments', 'text', (c) => c.notNull())
        .addColumn('advertiser_id', 'text')
        .addColumn('tiktok_ids', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('status', 'integer', (c) => c.notNull())
        .addColumn('error_code', 'text')
        .addColumn('request_id', 'text', (c) => c.notNull())
        .addColumn('tiktok_request_id', 'text')
        .addColumn('replayed', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createIndex('audit_log_org_at')
        .on('audit_log')
        .columns(['organization_id', 'at'])
        .execute();
      await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();

      await db.schema
        .createTable('usage_daily')
        .addColumn('organization_id', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('tool', 'text', (c) => c.notNull())
        .addColumn('key_id', 'text', (c) => c.notNull())
        .addColumn('calls', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('billed', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('errors', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('usage_daily_pk', ['organization_id', 'day', 'tool', 'key_id'])
        .execute();

      await db.schema
        .createTable('console_sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('admin_key_id', 'text', (c) => c.notNull())
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0005_launches_and_asset_bundles': {
    async up(db: Kysely<unknown>): Promise<void> {
      // One recorded multi-step launch per organisation and launch key (domain/launch).
      await db.schema
        .createTable('launches')
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('launch_key', 'text', (c) => c.notNull())
        .addColumn('tool', 'text', (c) => c.notNull())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('steps', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('launches_pk', ['organization_id', 'launch_key'])
        .execute();
      // Images checked by validate_and_prepare_tiktok_assets, for the campaign tools to use.
      await db.schema
        .createTable('asset_bundles')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('advertiser_id', 'text', (c) => c.notNull())
        .addColumn('images', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0006_carousel_cards': {
    async up(db: Kysely<unknown>): Promise<void> {
      // Carousel cards made by create_tiktok_carousel_card: TikTok has no such object, so adgate
      // keeps the images and the carousel music they go with (docs/tools/launch.md, decision 3).
      await db.schema
        .createTable('carousel_cards')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('advertiser_id', 'text', (c) => c.notNull())
        .addColumn('card', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * `schema` (PostgreSQL): where Kysely keeps its own migration tables. Without it Kysely looks them up
 * across the search path and can find another schema's in a database shared by several.
 */
export async function migrateToLatest(db: Kysely<unknown>, schema?: string): Promise<void> {
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error);
    const which = failed ? `migration ${failed.migrationName} failed` : 'could not prepare the database';
    throw new Error(`${which}: ${reason}`, { cause: error });
  }
}
