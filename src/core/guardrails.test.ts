import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeTargets, type TestDatabase } from '../../test/support/stores.js';
import { openStore, type Store } from '../store/index.js';
import { ManualClock } from './clock.js';
import { CallGuardrails } from './guardrails.js';
import { FULL_SCOPE } from './scopes.js';
import type { Caller } from './tool.js';

describe('CallGuardrails', () => {
  let db: TestDatabase;
  let store: Store;
  const clock = new ManualClock('2026-12-01T23:00:00Z');
  const caller: Caller = {
    organizationId: 'org_g',
    organizationName: 'G',
    tier: 'plus',
    billingAnchorDay: 1,
    keyId: 'key_g',
    keyName: 'k',
    scope: FULL_SCOPE,
    limits: { key: { max_daily_added: 100 }, organization: {} },
  };
  const check = (addedDailyBudget: number, dryRun = false) => ({
    advertiserId: '1',
    object: 'adgroup' as const,
    budget: addedDailyBudget,
    budgetMode: 'BUDGET_MODE_DAY',
    addedDailyBudget,
    dryRun,
  });
  const day = '2026-12-01';

  beforeAll(async () => {
    db = await storeTargets[0]!.create();
    store = await openStore(db.url);
  });
  afterAll(async () => {
    await store.close();
    await db.cleanup();
  });

  it('holds the amount; a write that may have happened keeps it, one that did not gives it back', async () => {
    const kept = new CallGuardrails(store, clock, caller);
    await kept.checkBudget(check(40));
    await kept.settle(true);
    expect(await store.spend.read('key', 'key_g', day)).toBe(40_000_000);

    const undone = new CallGuardrails(store, clock, caller);
    await undone.checkBudget(check(50));
    expect(await store.spend.read('key', 'key_g', day)).toBe(90_000_000);
    await undone.settle(false);
    expect(await store.spend.read('key', 'key_g', day)).toBe(40_000_000);
    // The organisation's total, without a limit, is counted and given back the same way.
    expect(await store.spend.read('org', 'org_g', day)).toBe(40_000_000);
  });

  it('a dry run holds nothing and reports instead of throwing', async () => {
    const guard = new CallGuardrails(store, clock, caller);
    const verdict = await guard.checkBudget(check(70, true));
    expect(verdict.allowed).toBe(false);
    expect(verdict.refusals[0]).toMatchObject({ limit: 'max_daily_added', already_added_today: 40 });
    expect(await store.spend.read('key', 'key_g', day)).toBe(40_000_000);
    await expect(guard.checkBudget(check(70))).rejects.toMatchObject({
      code: 'spend_limit_exceeded',
      status: 403,
    });
  });

  it('without a daily-added limit holds nothing before the send: the amount waits for the last commit', async () => {
    const free: Caller = {
      ...caller,
      keyId: 'key_free',
      limits: { key: { max_daily_budget: 500 }, organization: {} },
    };
    const kept = new CallGuardrails(store, clock, free);
    await kept.checkBudget(check(30));
    await kept.checkBudget(check(20));
    expect(await store.spend.read('key', 'key_free', day)).toBe(0);
    await kept.settle(true);
    expect(kept.takeUnheld()).toEqual({
      organizationId: 'org_g',
      keyId: 'key_free',
      day,
      micros: 50_000_000,
    });
    expect(kept.takeUnheld()).toBeUndefined();

    const undone = new CallGuardrails(store, clock, free);
    await undone.checkBudget(check(30));
    await undone.settle(false);
    expect(undone.takeUnheld()).toBeUndefined();
  });

  it("without a limit, a second UTC day's amount in one call is held at once", async () => {
    const dayClock = new ManualClock('2026-12-01T23:59:59Z');
    const free: Caller = { ...caller, keyId: 'key_midnight', limits: { key: {}, organization: {} } };
    const guard = new CallGuardrails(store, dayClock, free);
    await guard.checkBudget(check(10));
    dayClock.advance(2_000);
    await guard.checkBudget(check(25));
    expect(await store.spend.read('key', 'key_midnight', '2026-12-02')).toBe(25_000_000);
    expect(guard.takeUnheld()).toMatchObject({ day, micros: 10_000_000 });
  });

  it('counts per UTC day', async () => {
    clock.advance(2 * 3_600_000);
    const guard = new CallGuardrails(store, clock, caller);
    await guard.checkBudget(check(100));
    expect(await store.spend.read('key', 'key_g', '2026-12-02')).toBe(100_000_000);
  });
});
