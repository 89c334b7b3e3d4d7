import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipNotice, storeTargets, type TestDatabase } from '../../test/support/stores.js';
import type { BeginRequest, UsageRow } from './calls.js';
import { openStore, type Store } from './index.js';

const NOW = '2026-11-20T12:00:00.000Z';
const LATER = '2026-11-21T12:00:00.000Z';
const PERIOD = '2026-11-01';
/** The usage row of a call that ended unbilled, with an error. */
const UNBILLED_ERROR: UsageRow = {
  organizationId: 'org_calls',
  day: '2026-11-20',
  tool: 'echo',
  keyId: 'k',
  billed: false,
  error: true,
};

for (const target of storeTargets) {
  skipNotice(target, 'call store');
  describe.skipIf(!target.available)(`call store on ${target.name}`, () => {
    let db: TestDatabase;
    let store: Store;
    let winner = '';

    beforeAll(async () => {
      db = await target.create();
      store = await openStore(db.url, db.storeOptions);
      await store.organizations.insert({
        id: 'org_calls',
        name: 'Calls',
        tier: 'free',
        billing_anchor_day: 1,
        created_at: NOW,
        spend_limits: null,
      });
    });
    afterAll(async () => {
      await store.close();
      await db.cleanup();
    });

    const begin = (key: string, holder: string, limit: number): BeginRequest => ({
      claim: {
        organization_id: 'org_calls',
        key,
        fingerprint: 'f',
        tool: 'echo',
        lease_expires_at: LATER,
        lease_holder: holder,
        created_at: NOW,
        expires_at: LATER,
      },
      bill: { organization_id: 'org_calls', period_start: PERIOD, limit },
    });

    it('two claims of one key asked for together: one holds it and is billed once, the other finds it taken', async () => {
      const [first, second] = await Promise.all([
        store.calls.begin(begin('same', 'req_1', 10)),
        store.calls.begin(begin('same', 'req_2', 10)),
      ]);
      expect([first, second].map((b) => b.kind).sort()).toEqual(['started', 'taken']);
      expect(await store.usage.read('org_calls', PERIOD)).toBe(1);
      const record = await store.idempotency.get('org_calls', 'same');
      winner = first?.kind === 'started' ? 'req_1' : 'req_2';
      expect(record?.lease_holder).toBe(winner);
    });

    it('a refused bill leaves the key free for a later claim', async () => {
      // The limit is the count already used: the bill is refused.
      expect((await store.calls.begin(begin('refused', 'req_3', 1))).kind).toBe('refused');
      expect(await store.idempotency.get('org_calls', 'refused')).toBeUndefined();
      expect((await store.calls.begin({ claim: begin('refused', 'req_4', 1).claim })).kind).toBe('started');
      expect((await store.idempotency.get('org_calls', 'refused'))?.lease_holder).toBe('req_4');
      expect(await store.usage.read('org_calls', PERIOD)).toBe(1);
    });

    it('a finish stores the outcome and gives the bill back, once', async () => {
      await store.calls.finish({
        key: { organizationId: 'org_calls', key: 'same', holder: winner, outcome: { kind: 'unknown' } },
        refund: { organization_id: 'org_calls', period_start: PERIOD },
        usage: UNBILLED_ERROR,
      });
      await store.calls.finish({
        key: {
          organizationId: 'org_calls',
          key: 'same',
          holder: winner === 'req_1' ? 'req_2' : 'req_1',
          outcome: { kind: 'release' },
        },
        usage: UNBILLED_ERROR,
      });
      expect(await store.usage.read('org_calls', PERIOD)).toBe(0);
      // The winner's outcome is kept; a non-holder's release does nothing.
      const record = await store.idempotency.get('org_calls', 'same');
      expect(record).toMatchObject({ state: 'outcome_unknown', lease_holder: null });
    });
  });
}
