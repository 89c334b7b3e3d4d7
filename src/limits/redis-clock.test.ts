import { describe, expect, it } from 'vitest';
import { RedisClock } from './redis-clock.js';

describe('RedisClock', () => {
  it("keeps the offset of the sample with the shortest round trip, and Redis's time is its now", async () => {
    let local = 10_000;
    // Redis is 2,500 ms ahead of this instance; the round trips take 40, 4 and 20 ms.
    const trips = [40, 4, 20];
    const server = {
      time: async () => {
        const trip = trips.shift() as number;
        // Answered halfway through the trip, except the slow ones, whose answer waited on the way back.
        const at = local + 2_500 + (trip === 4 ? trip / 2 : 1);
        local += trip;
        return [String(Math.floor(at / 1000)), String((at % 1000) * 1000)];
      },
    };
    const clock = new RedisClock(server, () => local);
    await clock.sync();
    expect(clock.now() - local).toBe(2_500);
  });

  it('keeps its own clock, and reports, when Redis does not answer at start', async () => {
    const errors: unknown[] = [];
    const clock = new RedisClock({ time: async () => Promise.reject(new Error('down')) }, () => 42);
    await clock.start((error) => errors.push(error));
    clock.stop();
    expect(clock.now()).toBe(42);
    expect(errors).toHaveLength(1);
  });
});
