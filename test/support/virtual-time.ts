/**
 * Virtual time for the capacity scheduler: `sleep` parks a caller until the driver moves time to
 * its wake-up. The driver only moves time once every caller is parked (all store round trips,
 * Redis ones included, have come back), so a run is the same on an idle and a loaded machine.
 */
import type { Sleep } from '../../src/tiktok/limiter.js';

interface Sleeper {
  wake: number;
  resolve: () => void;
}

export class VirtualTime {
  time = 1_000_000;
  private sleepers: Sleeper[] = [];
  private events: Array<{ at: number; run: () => void }> = [];
  /** Callers between their start and their end (parked or in a round trip). */
  active = 0;

  readonly now = (): number => this.time;

  readonly sleep: Sleep = (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = (): void => {
        this.sleepers = this.sleepers.filter((s) => s !== sleeper);
        reject(signal?.reason);
      };
      const sleeper = {
        wake: this.time + Math.max(0, ms),
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      this.sleepers.push(sleeper);
      signal?.addEventListener('abort', onAbort, { once: true });
    });

  /** Runs `work` at virtual time `at`, counted as a caller until it settles. */
  at(at: number, work: () => Promise<unknown>): void {
    this.events.push({
      at,
      run: () => {
        this.active++;
        work().finally(() => this.active--);
      },
    });
  }

  /** Waits until every active caller is parked in `sleep` (or done). */
  async settle(): Promise<void> {
    for (let spins = 0; this.sleepers.length < this.active; spins++) {
      if (spins > 1_000_000) throw new Error('virtual time: callers never parked');
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Moves time event by event up to `until`, settling after each step. */
  async runUntil(until: number): Promise<void> {
    await this.settle();
    for (;;) {
      const nextSleeper = Math.min(...this.sleepers.map((s) => s.wake));
      const nextEvent = Math.min(...this.events.map((e) => e.at));
      const next = Math.min(nextSleeper, nextEvent);
      if (!Number.isFinite(next) || next > until) break;
      this.time = Math.max(this.time, next);
      const due = this.sleepers.filter((s) => s.wake <= this.time);
      this.sleepers = this.sleepers.filter((s) => s.wake > this.time);
      for (const sleeper of due) sleeper.resolve();
      const events = this.events.filter((e) => e.at <= this.time);
      this.events = this.events.filter((e) => e.at > this.time);
      for (const event of events) event.run();
      await this.settle();
    }
    this.time = Math.max(this.time, until);
  }
}
