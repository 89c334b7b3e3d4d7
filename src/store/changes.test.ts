import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipNotice, storeTargets, type TestDatabase } from '../../test/support/stores.js';
import { type ChangeFeed, LiveCache, type PostgresChangeFeed } from './changes.js';
import { openStore, type Store } from './index.js';

const NOW = '2026-11-20T12:00:00.000Z';

async function seedKey(store: Store, suffix: string) {
  const organizationId = `org_${suffix}`;
  await store.organizations.insert({
    id: organizationId,
    name: 'Before',
    tier: 'plus',
    billing_anchor_day: 1,
    created_at: NOW,
    spend_limits: null,
  });
  const key = {
    id: `key_${suffix}`,
    organization_id: organizationId,
    name: 'k',
    prefix: 'sk_live_abcd',
    key_hash: `hash_${suffix}`,
    created_at: NOW,
    expires_at: null,
    revoked_at: null,
    last_used_at: null,
    read_only: 0,
    advertiser_ids: null,
    spend_limits: null,
  };
  await store.apiKeys.insert(key);
  return { organizationId, key };
}

/** A change made behind the store's back: no notification, as an operator's raw SQL would be. */
async function renameSilently(store: Store, organizationId: string, name: string) {
  await store.db.kysely.updateTable('organizations').set({ name }).where('id', '=', organizationId).execute();
}

describe('LiveCache', () => {
  const feed = (live: boolean) => {
    const listeners: Array<() => void> = [];
    const fake = {
      live,
      generation: 0,
      onChange: (_topic: string, listener: () => void) => listeners.push(listener),
      change() {
        fake.generation++;
        for (const l of listeners) l();
      },
    };
    return fake;
  };

  it('keeps nothing while the feed is not live', async () => {
    const f = feed(false);
    const cache = new LiveCache<string>(f as unknown as ChangeFeed, 'keys');
    let reads = 0;
    await cache.get('a', async () => `v${++reads}`);
    expect(await cache.get('a', async () => `v${++reads}`)).toBe('v2');
  });

  it('does not keep a row whose read a change overtook', async () => {
    const f = feed(true);
    const cache = new LiveCache<string>(f as unknown as ChangeFeed, 'keys');
    expect(
      await cache.get('a', async () => {
        f.change();
        return 'old';
      }),
    ).toBe('old');
    expect(await cache.get('a', async () => 'new')).toBe('new');
    expect(await cache.get('a', async () => 'newer')).toBe('new');
    f.change();
    expect(await cache.get('a', async () => 'after change')).toBe('after change');
  });
});

const sqlite = storeTargets.find((t) => t.name === 'sqlite');
describe.skipIf(!sqlite)('change feed on SQLite (two stores on one file, as the gateway and the CLI)', () => {
  it('serves keys from memory, and drops them the moment another connection commits anything', async () => {
    const db = await (sqlite as (typeof storeTargets)[number]).create();
    const reads: string[] = [];
    const gateway = await openStore(db.url, {
      ...db.storeOptions,
      onStatement: (text) => {
        if (text.includes('from api_keys')) reads.push(text);
      },
    });
    const cli = await openStore(db.url, db.storeOptions);
    try {
      const { organizationId, key } = await seedKey(gateway, 'sqlite');
      expect(gateway.db.changes.live).toBe(true);
      const name = async () =>
        (await gateway.apiKeys.findByHashWithOrganization(key.key_hash))?.organization_name;
      expect(await name()).toBe('Before');
      expect(await name()).toBe('Before');
      expect(reads).toHaveLength(1);
      // Even a change nobody announces: the other connection's commit is enough.
      await renameSilently(cli, organizationId, 'After');
      expect(await name()).toBe('After');
      expect(await cli.apiKeys.revoke(key.id, NOW)).toBe(true);
      expect((await gateway.apiKeys.findByHashWithOrganization(key.key_hash))?.revoked_at).toBe(NOW);
      expect(reads).toHaveLength(3);
    } finally {
      await cli.close();
      await gateway.close();
      await db.cleanup();
    }
  });
});

const postgres = storeTargets.find((t) => t.name === 'postgres');
if (!postgres) throw new Error('no postgres target');
skipNotice(postgres, 'change feed');

describe.skipIf(!postgres.available)('change feed on PostgreSQL (two stores, as two instances)', () => {
  let db: TestDatabase;
  let a: Store;
  let b: Store;

  beforeAll(async () => {
    db = await postgres.create();
    a = await openStore(db.url, db.storeOptions);
    b = await openStore(db.url, db.storeOptions);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await db.cleanup();
  });

  const changeOn = (store: Store) =>
    new Promise<void>((resolve) => store.db.changes.onChange('keys', resolve));

  it('serves keys from memory, and drops them the moment another instance revokes one', async () => {
    const { organizationId, key } = await seedKey(a, 'revoke');
    expect(a.db.changes.live).toBe(true);
    expect((await a.apiKeys.findByHashWithOrganization(key.key_hash))?.revoked_at).toBeNull();
    // Cached: a silent change is not seen...
    await renameSilently(a, organizationId, 'Silent');
    expect((await a.apiKeys.findByHashWithOrganization(key.key_hash))?.organization_name).toBe('Before');
    // ...but a revocation on the other instance is, as soon as its notification arrives.
    const notified = changeOn(a);
    expect(await b.apiKeys.revoke(key.id, NOW)).toBe(true);
    await notified;
    const after = await a.apiKeys.findByHashWithOrganization(key.key_hash);
    expect(after?.revoked_at).toBe(NOW);
    expect(after?.organization_name).toBe('Silent');
  });

  it('the writing instance drops its own copy when it commits, before its notification comes back', async () => {
    const { organizationId, key } = await seedKey(a, 'tier');
    expect((await a.apiKeys.findByHashWithOrganization(key.key_hash))?.organization_tier).toBe('plus');
    await a.organizations.setTier(organizationId, 'pro');
    expect((await a.apiKeys.findByHashWithOrganization(key.key_hash))?.organization_tier).toBe('pro');
  });

  it('caches connected accounts the same way', async () => {
    const { organizationId } = await seedKey(a, 'accounts');
    expect(await a.accounts.listByOrganization(organizationId)).toEqual([]);
    const notified = new Promise<void>((resolve) => a.db.changes.onChange('accounts', resolve));
    await b.accounts.upsertAll([
      {
        id: 'acct_1',
        organization_id: organizationId,
        advertiser_id: '6811000000000001',
        name: 'Shop',
        access_token_enc: 'x',
        status: 'active',
        currency: null,
        timezone: null,
        connected_at: NOW,
        updated_at: NOW,
      },
    ]);
    await notified;
    expect((await a.accounts.listByOrganization(organizationId)).map((x) => x.name)).toEqual(['Shop']);
  });

  it('when its listening connection is lost, it stops caching at once and recovers', async () => {
    const { organizationId, key } = await seedKey(a, 'lost');
    await a.apiKeys.findByHashWithOrganization(key.key_hash);
    const feed = a.db.changes as PostgresChangeFeed;
    const pid = feed.backendPid;
    expect(pid).toBeTypeOf('number');
    const lost = changeOn(a);
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    await admin.query('select pg_terminate_backend($1)', [pid]);
    await admin.end();
    await lost;
    expect(feed.live).toBe(false);
    // Not live: a silent change is seen on the next read.
    await renameSilently(a, organizationId, 'While down');
    expect((await a.apiKeys.findByHashWithOrganization(key.key_hash))?.organization_name).toBe('While down');
    await feed.whenLive();
    expect(feed.backendPid).not.toBe(pid);
    const notified = changeOn(a);
    await b.apiKeys.revoke(key.id, NOW);
    await notified;
    expect((await a.apiKeys.findByHashWithOrganization(key.key_hash))?.revoked_at).toBe(NOW);
  });
});
