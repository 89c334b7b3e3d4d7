import { describe, expect, it } from 'vitest';
import { createRateLimiter, LimiterDeadlineError, type Sleep } from './limiter.js';

/** A virtual clock: `sleep` parks the caller until `advance` moves time past its wake-up. */
function virtualTime() {
  let time = 0;
  const sleepers: Array<{ wake: number; resolve: () => void }> = [];
  const sleep: Sleep = (ms) =>
    new Promise<void>((resolve) => {
      sleepers.push({ wake: time + ms, resolve });
    });
  return {
    now: () => time,
    sleep,
    sleeping: () => sleepers.length,
    async advance(ms: number): Promise<void> {
      time += ms;
      const due = sleepers.filter((sleeper) => sleeper.wake <= time);
      for (const sleeper of due) {
        sleepers.splice(sleepers.indexOf(sleeper), 1);
        sleeper.resolve();
      }
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

describe('createRateLimiter', () => {
  it('lets `limit` callers through per window and queues the rest in order', async () => {
    const clock = virtualTime();
    const limiter = createRateLimiter({ limit: 3, windowMs: 1000, now: clock.now, sleep: clock.sleep });
    const sentAt: Array<[number, number]> = [];
    const calls = Array.from({ length: 8 }, (_, i) =>
      limiter.acquire().then(() => {
        sentAt.push([i, clock.now()]);
      }),
    );
    await clock.advance(0);
    expect(sentAt).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
    ]);
    expect(clock.sleeping()).toBe(5);
    await clock.advance(999);
    expect(sentAt).toHaveLength(3);
    await clock.advance(1);
    expect(sentAt.map(([i]) => i)).toEqual([0, 1, 2, 3, 4, 5]);
    await clock.advance(1000);
    await Promise.all(calls);
    expect(sentAt).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 1000],
      [4, 1000],
      [5, 1000],
      [6, 2000],
      [7, 2000],
    ]);
  });

  it('never lets more than `limit` through in any sliding window, even with arrivals spread out', async () => {
    const clock = virtualTime();
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000, now: clock.now, sleep: clock.sleep });
    const sent: number[] = [];
    const go = () => limiter.acquire().then(() => sent.push(clock.now()));
    const first = go();
    await clock.advance(0);
    await clock.advance(600);
    const rest = [go(), go(), go()];
    await clock.advance(0);
    for (let i = 0; i < 40; i++) await clock.advance(100);
    await Promise.all([first, ...rest]);
    expect(sent).toEqual([0, 600, 1000, 1600]);
    for (let i = 0; i + 2 < sent.length; i++) {
      expect((sent[i + 2] as number) - (sent[i] as number)).toBeGreaterThanOrEqual(1000);
    }
  });

  it('refuses at once, reserving nothing, when the slot would fall after the deadline', async () => {
    const clock = virtualTime();
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: clock.now, sleep: clock.sleep });
    await limiter.acquire();
    const refused = limiter.acquire({ deadline: 500 });
    await expect(refused).rejects.toBeInstanceOf(LimiterDeadlineError);
    await expect(refused).rejects.toMatchObject({ waitMs: 1000 });
    // The refusal reserved nothing: the next caller still gets the slot at 1000.
    expect(limiter.pendingWaitMs()).toBe(1000);
    const next = limiter.acquire({ deadline: 1000 });
    await clock.advance(1000);
    await expect(next).resolves.toBeUndefined();
  });

  it('rejects with the signal reason when the caller aborts', async () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 });
    await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire({ signal: controller.signal });
    controller.abort(new Error('caller gave up'));
    await expect(waiting).rejects.toThrow('caller gave up');
  });
});
