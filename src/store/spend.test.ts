import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipNotice, storeTargets, type TestDatabase } from '../../test/support/stores.js';
import { openStore, type Store } from './index.js';
import type { SpendHold } from './spend.js';

const DAY = '2026-12-01';
const hold = (scope: 'org' | 'key', scopeId: string, micros: number, limitMicros?: number): SpendHold => ({
  scope,
  scopeId,
  day: DAY,
  micros,
  limitMicros,
});

for (const target of storeTargets) {
  skipNotice(target, 'spend holds');
  describe.skipIf(!target.available)(`spend holds (${target.name})`, () => {
    let db: TestDatabase;
    let store: Store;
    beforeAll(async () => {
      db = await target.create();
      store = await openStore(db.url, db.storeOptions);
    });
    afterAll(async () => {
      await store?.close();
      await db?.cleanup();
    });
    const totals = async (org: string, key: string) => [
      await store.spend.read('org', org, DAY),
      await store.spend.read('key', key, DAY),
    ];

    it('adds to both scopes, creating their rows, without a limit or within it', async () => {
      expect(await store.spend.holdPair(hold('org', 'o1', 5), hold('key', 'k1', 5, 10))).toBeUndefined();
      expect(await store.spend.holdPair(hold('org', 'o1', 5), hold('key', 'k1', 5, 10))).toBeUndefined();
      expect(await totals('o1', 'k1')).toEqual([10, 10]);
    });

    it('adds to neither when the second scope refuses, and names it', async () => {
      const key = hold('key', 'k2', 7, 10);
      expect(await store.spend.holdPair(hold('org', 'o2', 7), key)).toBeUndefined();
      expect(await store.spend.holdPair(hold('org', 'o2', 7), key)).toEqual(key);
      expect(await totals('o2', 'k2')).toEqual([7, 7]);
    });

    it('adds to neither when the first scope refuses, also on a new row', async () => {
      const org = hold('org', 'o3', 20, 10);
      expect(await store.spend.holdPair(org, hold('key', 'k3', 20))).toEqual(org);
      expect(await totals('o3', 'k3')).toEqual([0, 0]);
    });
  });
}
