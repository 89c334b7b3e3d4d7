/**
 * The app-wide limiter in front of TikTok: at most `limit` sends in any window of `windowMs`
 * (a sliding-window log, which is stricter than a token bucket: it never lets 2× the rate through
 * across a window boundary). Callers reserve the next free slot in arrival order (fair FIFO) and
 * sleep until it; nothing polls. A caller whose slot would fall after its deadline is refused at
 * once and reserves nothing.
 */

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** A timer-based sleep that rejects with the signal's reason when the signal aborts. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

export interface RateLimiterOptions {
  /** Sends allowed per window (TikTok's QPS when the window is 1000 ms). */
  limit: number;
  windowMs?: number;
  now?: () => number;
  sleep?: Sleep;
}

export interface AcquireOptions {
  /** Absolute time (same clock as `now`) after which the caller would rather fail than wait. */
  deadline?: number;
  signal?: AbortSignal;
}

/** The wait for a slot would run past the caller's deadline; nothing was reserved. */
export class LimiterDeadlineError extends Error {
  readonly waitMs: number;

  constructor(waitMs: number) {
    super(`The next free slot is ${Math.ceil(waitMs)} ms away, past the deadline.`);
    this.name = 'LimiterDeadlineError';
    this.waitMs = waitMs;
  }
}

export interface RateLimiter {
  /** Resolves when the caller may send; rejects with `LimiterDeadlineError` or the signal's reason. */
  acquire(options?: AcquireOptions): Promise<void>;
  /** Milliseconds a caller arriving now would wait. */
  pendingWaitMs(): number;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const limit = options.limit;
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError('limit must be a whole number of at least 1');
  const windowMs = options.windowMs ?? 1000;
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? realSleep;
  /** The last `limit` reserved send times, ascending (some may lie in the future). */
  const slots: number[] = [];

  function nextSlot(at: number): number {
    let slot = at;
    const last = slots[slots.length - 1];
    if (last !== undefined && last > slot) slot = last;
    if (slots.length >= limit) {
      const oldest = slots[slots.length - limit] as number;
      slot = Math.max(slot, oldest + windowMs);
    }
    return slot;
  }

  return {
    async acquire(acquireOptions: AcquireOptions = {}): Promise<void> {
      const { deadline, signal } = acquireOptions;
      if (signal?.aborted) throw signal.reason;
      const current = now();
      const slot = nextSlot(current);
      if (deadline !== undefined && slot > deadline) throw new LimiterDeadlineError(slot - current);
      slots.push(slot);
      if (slots.length > limit) slots.splice(0, slots.length - limit);
      const wait = slot - current;
      if (wait > 0) await sleep(wait, signal);
    },
    pendingWaitMs(): number {
      const current = now();
      return Math.max(0, nextSlot(current) - current);
    },
  };
}
