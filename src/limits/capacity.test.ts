/**
 * The TikTok capacity scheduler on virtual time, against both stores: in-process, and Redis (two
 * schedulers sharing one Redis stand for two instances). Shares and counts are asserted, never
 * durations measured on the wall clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestRedis,
  redisAvailable,
  redisSkipNotice,
  type TestRedis,
} from '../../test/support/redis.js';
import { VirtualTime } from '../../test/support/virtual-time.js';
import type { Tier } from '../config.js';
import { LimiterClosedError, LimiterDeadlineError } from '../tiktok/limiter.js';
import { TikTokCapacity } from './capacity.js';
import { RedisCapacityStore } from './capacity-redis.js';
import {
  type CapacityParams,
  type CapacityStore,
  DEFAULT_CAPACITY_PARAMS,
  MemoryCapacityStore,
} from './capacity-store.js';
import { RedisClock } from './redis-clock.js';

const EQUAL: Record<Tier, number> = { free: 1, plus: 1, pro: 1, max: 1 };
const WINDOW = DEFAULT_CAPACITY_PARAMS.windowMs + DEFAULT_CAPACITY_PARAMS.marginMs;

type StoreFactory = (params: CapacityParams) => CapacityStore;

let redis: TestRedis | undefined;
redisSkipNotice('TikTok capacity shared through Redis');
beforeAll(async () => {
  if (redisAvailable) redis = await createTestRedis();
});
afterAll(async () => {
  await redis?.cleanup();
});

let scopeCounter = 0;
const backends: Array<[string, boolean, () => StoreFactory]> = [
  ['in process', true, () => (params) => new MemoryCapacityStore(params)],
  [
    'in Redis',
    redisAvailable,
    () => {
      const scope = `app${++scopeCounter}`;
      return (params) =>
        new RedisCapacityStore((redis as TestRedis).client, (redis as TestRedis).prefix, scope, params);
    },
  ],
];

interface Served {
  org: string;
  arrived: number;
  sent: number;
}

/** Two schedulers over one store factory: two instances when the store is shared (Redis). */
function setup(
  factory: StoreFactory,
  limit: number,
  options: {
    maxWaitMs?: number;
    weights?: Record<Tier, number>;
    /** Each instance's clock (default: the virtual time itself). */
    now?: (clock: VirtualTime, instance: number) => () => number;
  } = {},
) {
  const clock = new VirtualTime();
  const params = { ...DEFAULT_CAPACITY_PARAMS, limit };
  const shared = factory(params);
  const instances = [0, 1].map(
    (i) =>
      new TikTokCapacity({
        store: shared,
        maxWaitMs: options.maxWaitMs ?? Number.POSITIVE_INFINITY,
        weights: options.weights ?? EQUAL,
        now: options.now?.(clock, i) ?? clock.now,
        sleep: clock.sleep,
      }),
  );
  const served: Served[] = [];
  const refused: Array<{ org: string; waitMs: number }> = [];
  const call = (org: string, at: number, tier: Tier = 'free', instance = served.length % 2) =>
    clock.at(at, () =>
      (instances[instance] as TikTokCapacity).acquire({ scope: { organizationId: org, tier } }).then(
        () => served.push({ org, arrived: at, sent: clock.time }),
        (error: unknown) => {
          if (!(error instanceof LimiterDeadlineError)) throw error;
          refused.push({ org, waitMs: error.waitMs });
        },
      ),
    );
  return { clock, instances, served, refused, call, store: shared };
}

/** Largest number of sends inside any window of `span` ms. */
function densest(times: number[], span: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while ((sorted[i] as number) - (sorted[j] as number) >= span) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

/** Jain's fairness index of the values (1 is perfectly even). */
function jain(values: number[]): number {
  const sum = values.reduce((a, b) => a + b, 0);
  return (sum * sum) / (values.length * values.reduce((a, b) => a + b * b, 0));
}

describe.each(backends)('TikTok capacity %s', (_name, available, makeFactory) => {
  it.skipIf(!available)(
    'spaces sends evenly, never more than `limit` in any window and its margin',
    async () => {
      const { clock, served, call } = setup(makeFactory(), 5);
      const start = clock.time;
      for (let i = 0; i < 40; i++) call('org', start + i * 25);
      await clock.runUntil(start + 20_000);
      expect(served).toHaveLength(40);
      const sent = served.map((s) => s.sent).sort((a, b) => a - b);
      expect(densest(sent, WINDOW)).toBe(5);
      // No burst: consecutive sends are a fifth of the window apart (to the millisecond the
      // sleep rounds up to), so any one-second window at TikTok sees at most 5 however aligned.
      const gaps = sent.slice(1).map((t, i) => t - (sent[i] as number));
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(WINDOW / 5 - 1);
      // And it uses what it may: the 40th send leaves 39 intervals after the first.
      expect((sent.at(-1) as number) - start).toBeLessThanOrEqual((39 * WINDOW) / 5 + 1);
    },
  );

  it.skipIf(!available)(
    "instances whose clocks differ by half a second, each on the store's clock, still send at most `limit` a window",
    async () => {
      const skews = [500, 0];
      const clocks: RedisClock[] = [];
      const { clock, served, call } = setup(makeFactory(), 5, {
        now: (virtual, i) => {
          // The store's clock (Redis TIME) is the true, virtual time; each instance's own is off.
          const server = {
            time: async () => [String(Math.floor(virtual.time / 1000)), String((virtual.time % 1000) * 1000)],
          };
          const shared = new RedisClock(server, () => virtual.time + (skews[i] as number));
          clocks.push(shared);
          return shared.now;
        },
      });
      await Promise.all(clocks.map((c) => c.sync()));
      const start = clock.time;
      for (let i = 0; i < 40; i++) call('org', start + i * 25, 'free', i % 2);
      await clock.runUntil(start + 20_000);
      expect(served).toHaveLength(40);
      expect(
        densest(
          served.map((s) => s.sent),
          WINDOW,
        ),
      ).toBeLessThanOrEqual(5);
    },
  );

  it.skipIf(!available)(
    'refuses at once, holding nothing, when the estimated wait exceeds the bound',
    async () => {
      const { clock, served, refused, call } = setup(makeFactory(), 2, { maxWaitMs: 1_500 });
      const start = clock.time;
      for (let i = 0; i < 8; i++) call('org', start);
      await clock.runUntil(start + 10_000);
      // Sends half a window apart: 0, 515 and 1,030 ms fit within 1.5 s; the 4th would wait 1,545 ms.
      expect(served).toHaveLength(3);
      expect(refused).toHaveLength(5);
      for (const refusal of refused) expect(refusal.waitMs).toBeGreaterThan(1_500);
      // The refusals held nothing: a newcomer gets the next free send.
      call('late', clock.time);
      await clock.runUntil(clock.time + 5_000);
      expect(served.at(-1)?.org).toBe('late');
      expect((served.at(-1) as Served).sent - (served.at(-1) as Served).arrived).toBeLessThanOrEqual(WINDOW);
    },
  );

  it.skipIf(!available)(
    'serves a quiet organisation its max-min fair share next to a noisy one',
    async () => {
      // Capacity 5/s; noisy asks 20/s, quiet 1/s: fair shares are 4/s and 1/s (quiet's demand).
      const { clock, served, call } = setup(makeFactory(), 5, { maxWaitMs: 5_000 });
      const start = clock.time;
      const seconds = 60;
      for (let t = 0; t < seconds * 1000; t += 50) call('noisy', start + t);
      for (let t = 0; t < seconds * 1000; t += 1000) call('quiet', start + t + 500);
      await clock.runUntil(start + seconds * 1000 + 10_000);
      const inRun = served.filter((s) => s.sent < start + seconds * 1000);
      const quiet = inRun.filter((s) => s.org === 'quiet').length;
      const noisy = inRun.filter((s) => s.org === 'noisy').length;
      const capacity = (seconds * 1000 * 5) / WINDOW;
      const fairQuiet = seconds;
      const fairNoisy = capacity - fairQuiet;
      expect(Math.abs(quiet - fairQuiet) / fairQuiet).toBeLessThanOrEqual(0.1);
      expect(jain([quiet / fairQuiet, noisy / fairNoisy])).toBeGreaterThanOrEqual(0.95);
      // Every quiet call is served within a window of its arrival (no queue behind the noisy one).
      const quietWaits = served
        .filter((s) => s.org === 'quiet')
        .map((s) => s.sent - s.arrived)
        .sort((a, b) => a - b);
      expect(quietWaits[Math.floor(quietWaits.length / 2)]).toBeLessThan(1_000);
      expect(Math.max(...quietWaits)).toBeLessThanOrEqual(WINDOW + DEFAULT_CAPACITY_PARAMS.horizonMs);
    },
  );

  it.skipIf(!available)('splits capacity by tier weight when the operator sets weights', async () => {
    const weights: Record<Tier, number> = { free: 1, plus: 1, pro: 3, max: 1 };
    const { clock, served, call } = setup(makeFactory(), 4, { weights });
    const start = clock.time;
    for (let t = 0; t < 15_000; t += 100) {
      call('small', start + t, 'free');
      call('big', start + t, 'pro');
    }
    await clock.runUntil(start + 15_000);
    const small = served.filter((s) => s.org === 'small').length;
    const big = served.filter((s) => s.org === 'big').length;
    expect(big / (small + big)).toBeGreaterThanOrEqual(0.7);
    expect(big / (small + big)).toBeLessThanOrEqual(0.8);
  });

  it.skipIf(!available)('slows down after a throttle answer and recovers afterwards', async () => {
    const { clock, served, call, instances } = setup(makeFactory(), 10);
    const start = clock.time;
    instances[0]?.throttled();
    await clock.settle();
    for (let i = 0; i < 200; i++) call('org', start + i * 10);
    await clock.runUntil(start + 3_000);
    const firstWindow = served.filter((s) => s.sent < start + WINDOW).length;
    expect(firstWindow).toBe(7);
    await clock.runUntil(start + 30_000);
    const late = served.filter((s) => s.sent >= start + 20_000 && s.sent < start + 20_000 + WINDOW).length;
    expect(late).toBe(10);
  });

  it.skipIf(!available)('counts the window from when a late send really left', async () => {
    const store = makeFactory()({ ...DEFAULT_CAPACITY_PARAMS, limit: 1 });
    const now = 5_000_000;
    const ask = (ticket: string, at: number) =>
      store.enqueue({ ticket, organization: 'org', weight: 1, now: at, maxWaitMs: 1e9 });
    expect(await ask('a', now)).toEqual({ kind: 'granted', waitMs: 0 });
    // It left 120 ms after its slot: the next send keeps a full window from then.
    await store.late(now, now + 120);
    expect(await ask('b', now + 1_000)).toEqual({ kind: 'granted', waitMs: 120 + WINDOW - 1_000 });
  });

  it.skipIf(!available)('keeps the log in send order when a late send passes a later one', async () => {
    const store = makeFactory()({ ...DEFAULT_CAPACITY_PARAMS, limit: 2 });
    const interval = WINDOW / 2;
    const ask = (ticket: string, at: number) =>
      store.enqueue({ ticket, organization: 'org', weight: 1, now: at, maxWaitMs: 1e9 });
    expect(await ask('a', 0)).toEqual({ kind: 'granted', waitMs: 0 });
    expect(await ask('b', interval)).toEqual({ kind: 'granted', waitMs: 0 });
    // a left after b: the two last sends are b, then a.
    await store.late(0, interval + 85);
    // The next send keeps a full window from the earlier of the two, b.
    expect(await ask('c', interval + WINDOW)).toEqual({ kind: 'granted', waitMs: 0 });
  });

  it.skipIf(!available)('drops the queued calls of an instance that stopped asking', async () => {
    const { clock, served, call, store } = setup(makeFactory(), 1);
    const start = clock.time;
    call('org', start);
    await clock.runUntil(start);
    // A dead instance's ticket: queued once, never polled again.
    const ghost = await store.enqueue({
      ticket: 'ghost',
      organization: 'dead',
      weight: 1,
      now: clock.time,
      maxWaitMs: 1e9,
    });
    expect(ghost.kind).toBe('queued');
    call('live', start + 1);
    await clock.runUntil(start + 10_000);
    expect(served.map((s) => s.org)).toEqual(['org', 'live']);
    expect(await store.poll('ghost', clock.time, 1e9)).toEqual({ kind: 'lost' });
  });

  it.skipIf(!available)('refuses the calls still waiting, and new ones, once closed', async () => {
    const { clock, call, served, instances } = setup(makeFactory(), 1);
    const start = clock.time;
    call('org', start);
    await clock.runUntil(start);
    const waiting = (instances[0] as TikTokCapacity).acquire({
      scope: { organizationId: 'org', tier: 'free' },
    });
    await new Promise((resolve) => setImmediate(resolve));
    await clock.settle();
    instances[0]?.close();
    await expect(waiting).rejects.toBeInstanceOf(LimiterClosedError);
    await expect((instances[0] as TikTokCapacity).acquire()).rejects.toBeInstanceOf(LimiterClosedError);
    expect(served).toHaveLength(1);
  });

  it.skipIf(!available)(
    'rejects with the signal reason, leaving the queue, when the caller aborts',
    async () => {
      const { clock, call, served, instances } = setup(makeFactory(), 1);
      const start = clock.time;
      call('org', start);
      await clock.runUntil(start);
      const controller = new AbortController();
      const waiting = (instances[0] as TikTokCapacity).acquire({ signal: controller.signal });
      await new Promise((resolve) => setImmediate(resolve));
      controller.abort(new Error('caller gave up'));
      await expect(waiting).rejects.toThrow('caller gave up');
      call('next', clock.time);
      await clock.runUntil(clock.time + 5_000);
      expect(served.map((s) => s.org)).toEqual(['org', 'next']);
    },
  );
});

describe('TikTok capacity in process, its log', () => {
  it('holds only the sends of the last window, however high the limit', async () => {
    const store = new MemoryCapacityStore({ ...DEFAULT_CAPACITY_PARAMS, limit: 1_000_000 });
    for (let i = 0; i < 5_000; i++) {
      await store.enqueue({ ticket: `t${i}`, organization: 'org', weight: 1, now: i, maxWaitMs: 1e9 });
    }
    expect(store.loggedSends).toBeLessThanOrEqual(WINDOW + 1);
  });
});
