/**
 * What the TikTok client needs from the limiter in front of TikTok: wait for a send, and hear
 * about throttle answers. The implementation (fair across organisations, shared through Redis
 * when configured) is `src/limits/capacity.ts`.
 */
import type { Tier } from '../config.js';

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/**
 * A timer-based sleep that rejects with the signal's reason when the signal aborts. A wait under a
 * millisecond (the limiter's grant of a send that may go now) ends in this turn of the event loop
 * (`setImmediate`): a timer waits at least 1 ms, which every call at low load paid in full. The sends
 * granted in one turn still go out together, in its check phase. Ending a fraction of a millisecond
 * early is well inside the limiter's margin (limits/capacity-store.ts spaces sends by (window + margin) / limit, a margin of 30 ms).
 */
export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const done = (): void => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    const onAbort = (): void => {
      if (immediate) clearImmediate(immediate);
      else clearTimeout(timer);
      reject(signal?.reason);
    };
    const immediate = ms < 1 ? setImmediate(done) : undefined;
    const timer = immediate ? undefined : setTimeout(done, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Who a tool call runs for: the limiter queues its sends under its organisation, weighted by its tier. */
export interface CallScope {
  organizationId: string;
  tier: Tier;
}

export interface AcquireOptions {
  /** The caller would rather fail than wait longer than this. */
  maxWaitMs?: number;
  signal?: AbortSignal;
  /** The tool call the send is for; absent outside any call (OAuth exchanges). */
  scope?: CallScope;
}

/** The wait for a send would run past the caller's bound; nothing was reserved. */
export class LimiterDeadlineError extends Error {
  readonly waitMs: number;

  constructor(waitMs: number) {
    super(`The next free send is ${Math.ceil(waitMs)} ms away, past the deadline.`);
    this.name = 'LimiterDeadlineError';
    this.waitMs = waitMs;
  }
}

/** The gateway is shutting down: calls still waiting for a send are refused (nothing was sent). */
export class LimiterClosedError extends Error {
  constructor() {
    super('The gateway is shutting down; nothing was sent to TikTok.');
    this.name = 'LimiterClosedError';
  }
}

export interface RateLimiter {
  /** Resolves when the caller may send; rejects with `LimiterDeadlineError`, `LimiterClosedError` or the signal's reason. */
  acquire(options?: AcquireOptions): Promise<void>;
  /** TikTok answered with a throttle code: slow down. */
  throttled(): void;
}
