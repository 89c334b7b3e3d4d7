import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OAuthStateService, STATE_LIFETIME_MS, StateRefusal } from '../../src/auth/oauth-states.js';
import { ManualClock } from '../../src/core/clock.js';
import { deriveKey, HmacSigner } from '../../src/crypto/signer.js';
import { openStore, type Store } from '../../src/store/index.js';
import { skipNotice, storeTargets, type TestDatabase } from '../support/stores.js';

for (const target of storeTargets) skipNotice(target, 'OAuth states');

describe.each(storeTargets.map((target) => ({ target, name: target.name })))(
  'OAuth states on $name',
  ({ target }) => {
    let db: TestDatabase;
    let store: Store;
    const clock = new ManualClock('2026-06-01T12:00:00Z');
    const signer = new HmacSigner(deriveKey(randomBytes(32), 'tiktok-oauth-state'));
    let states: OAuthStateService;

    beforeAll(async () => {
      if (!target.available) return;
      db = await target.create();
      store = await openStore(db.url, db.storeOptions);
      await store.organizations.insert({
        id: 'org_1',
        name: 'Acme',
        tier: 'plus',
        billing_anchor_day: 1,
        created_at: clock.now().toISOString(),
        spend_limits: null,
      });
      states = new OAuthStateService(store, signer, clock);
    });
    afterAll(async () => {
      if (!target.available) return;
      await store.close();
      await db.cleanup();
    });

    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => 'accepted',
        (error: unknown) => (error instanceof StateRefusal ? error.problem : String(error)),
      );

    it.skipIf(!target.available)(
      'stores only a hash of the state, with its organisation and expiry',
      async () => {
        const { state, expiresAt } = await states.issue('org_1');
        expect(expiresAt.getTime() - clock.now().getTime()).toBe(STATE_LIFETIME_MS);
        const rows = await store.db.kysely.selectFrom('oauth_states').selectAll().execute();
        const nonce = state.split('.')[1] as string;
        expect(JSON.stringify(rows)).not.toContain(nonce);
        expect(rows.some((row) => row.organization_id === 'org_1' && row.used_at === null)).toBe(true);
      },
    );

    it.skipIf(!target.available)('lets exactly one of two simultaneous callbacks claim a state', async () => {
      const { state } = await states.issue('org_1');
      const outcomes = await Promise.all([refusal(states.claim(state)), refusal(states.claim(state))]);
      expect(outcomes.sort()).toEqual(['accepted', 'used']);
    });

    it.skipIf(!target.available)('gives a released claim back, and refuses it once kept', async () => {
      const { state } = await states.issue('org_1');
      const claim = await states.claim(state);
      expect(claim.organizationId).toBe('org_1');
      expect(await refusal(states.inspect(state))).toBe('used');
      await states.release(claim);
      expect((await states.inspect(state)).organizationId).toBe('org_1');
      await states.claim(state);
      expect(await refusal(states.claim(state))).toBe('used');
    });

    it.skipIf(!target.available)(
      'refuses a state signed with another key, and one past its expiry',
      async () => {
        const { state } = await states.issue('org_1');
        const other = new OAuthStateService(
          store,
          new HmacSigner(deriveKey(randomBytes(32), 'tiktok-oauth-state')),
          clock,
        );
        expect(await refusal(other.claim(state))).toBe('invalid');
        clock.advance(STATE_LIFETIME_MS);
        expect(await refusal(states.claim(state))).toBe('expired');
      },
    );

    it.skipIf(!target.available)('forgets expired states when it issues new ones', async () => {
      clock.advance(STATE_LIFETIME_MS + 1);
      await states.issue('org_1');
      const rows = await store.db.kysely.selectFrom('oauth_states').selectAll().execute();
      expect(rows).toHaveLength(1);
    });
  },
);
