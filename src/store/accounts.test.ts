import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipNotice, storeTargets, type TestDatabase } from '../../test/support/stores.js';
import type { ConnectedAccount } from './accounts.js';
import { openStore, type Store } from './index.js';

const now = '2026-11-29T00:00:00.000Z';
const account = (advertiserId: string, name: string): ConnectedAccount => ({
  id: `acct_${advertiserId}`,
  organization_id: 'org_a',
  advertiser_id: advertiserId,
  name,
  access_token_enc: 'v1.x.y.z',
  status: 'active',
  currency: 'USD',
  timezone: 'UTC',
  connected_at: now,
  updated_at: now,
});

for (const target of storeTargets) {
  skipNotice(target, 'connected accounts store');
  describe.skipIf(!target.available)(`connected accounts store (${target.name})`, () => {
    let db: TestDatabase;
    let store: Store;
    beforeAll(async () => {
      db = await target.create();
      store = await openStore(db.url, db.storeOptions);
      await store.organizations.insert({
        id: 'org_a',
        name: 'A',
        tier: 'plus',
        billing_anchor_day: 1,
        created_at: now,
        spend_limits: null,
      });
    });
    afterAll(async () => {
      await store.close();
      await db.cleanup();
    });

    it('connects every advertiser of a grant or none', async () => {
      const broken = { ...account('2', 'Two'), name: null as unknown as string };
      await expect(store.accounts.upsertAll([account('1', 'One'), broken])).rejects.toThrow();
      expect(await store.accounts.listByOrganization('org_a')).toEqual([]);
    });

    it('replaces the token and name of an advertiser connected again', async () => {
      await store.accounts.upsertAll([account('1', 'One')]);
      await store.accounts.upsertAll([
        { ...account('1', 'One renamed'), id: 'acct_other', access_token_enc: 'v1.new' },
      ]);
      const [only, ...rest] = await store.accounts.listByOrganization('org_a');
      expect(rest).toEqual([]);
      expect(only).toMatchObject({ id: 'acct_1', name: 'One renamed', access_token_enc: 'v1.new' });
    });
  });
}
