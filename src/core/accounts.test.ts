import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeTargets, type TestDatabase } from '../../test/support/stores.js';
import { TokenCipher } from '../crypto/token-cipher.js';
import { openStore, type Store } from '../store/index.js';
import { AccountService } from './accounts.js';
import { ManualClock } from './clock.js';

describe('AccountService', () => {
  let db: TestDatabase;
  let store: Store;
  const clock = new ManualClock('2026-11-20T12:00:00Z');

  beforeAll(async () => {
    db = await (storeTargets[0] as (typeof storeTargets)[number]).create();
    store = await openStore(db.url, db.storeOptions);
    await store.organizations.insert({
      id: 'org_1',
      name: 'Shop',
      tier: 'plus',
      billing_anchor_day: 1,
      created_at: clock.now().toISOString(),
      spend_limits: null,
    });
  });
  afterAll(async () => {
    await store.close();
    await db.cleanup();
  });

  it('a reconnected account is used with its new token at once (decrypted tokens are cached by ciphertext)', async () => {
    const accounts = new AccountService(store, new TokenCipher(Buffer.alloc(32, 3)), clock);
    const resolver = accounts.resolverFor('org_1');
    await accounts.connect('org_1', 'token-one', [{ advertiserId: '6811000000000001', name: 'US' }]);
    expect((await resolver.resolve(undefined)).accessToken).toBe('token-one');
    expect((await resolver.resolve(undefined)).accessToken).toBe('token-one');
    await accounts.connect('org_1', 'token-two', [{ advertiserId: '6811000000000001', name: 'US' }]);
    expect((await resolver.resolve(undefined)).accessToken).toBe('token-two');
  });
});
