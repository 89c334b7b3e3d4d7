/**
 * The limiter in front of TikTok: each send waits for capacity in a store (in-process, or Redis
 * shared by every instance), queued fairly by organisation (capacity-store.ts says how), and a
 * call whose wait would exceed the bound is refused at once with the estimated wait.
 */
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { Tier } from '../config.js';
import {
  type AcquireOptions,
  LimiterClosedError,
  LimiterDeadlineError,
  type RateLimiter,
  realSleep,
  type Sleep,
} from '../tiktok/limiter.js';
import {
  type CapacityAnswer,
  type CapacityStore,
  DEFAULT_CAPACITY_PARAMS,
  MemoryCapacityStore,
} from './capacity-store.js';

export interface CapacityOptions {
  store: CapacityStore;
  /** Longest wait for a send before the call is refused (429 with Retry-After). */
  maxWaitMs: number;
  /** Fair-share weight of each tier (1 each unless the operator says otherwise). */
  weights: Record<Tier, number>;
  /** Epoch milliseconds: the same clock on every instance. */
  now?: () => number;
  sleep?: Sleep;
  /** Where a failed throttle report goes (it never fails a call). */
  onError?: (error: unknown) => void;
}

/** A send this much after its slot is reported, so the window counts from when it really left. */
const LATE_MS = 5;

export class TikTokCapacity implements RateLimiter {
  private readonly now: () => number;
  private readonly sleep: Sleep;
  private readonly instance = randomUUID();
  private counter = 0;
  private readonly closing = new AbortController();

  constructor(private readonly options: CapacityOptions) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? realSleep;
    // Every waiting call listens for the shutdown: thousands may wait at once.
    setMaxListeners(0, this.closing.signal);
  }

  async acquire(acquireOptions: AcquireOptions = {}): Promise<void> {
    const { signal, scope } = acquireOptions;
    if (signal?.aborted) throw signal.reason;
    if (this.closing.signal.aborted) throw new LimiterClosedError();
    const bound = Math.min(this.options.maxWaitMs, acquireOptions.maxWaitMs ?? Number.POSITIVE_INFINITY);
    const started = this.now();
    const ticket = `${this.instance}:${++this.counter}`;
    let askedAt = started;
    let answer = await this.options.store.enqueue({
      ticket,
      organization: scope?.organizationId ?? '',
      weight: scope ? this.options.weights[scope.tier] : 1,
      now: started,
      maxWaitMs: bound,
    });
    const waitSignal = signal ? AbortSignal.any([signal, this.closing.signal]) : this.closing.signal;
    for (;;) {
      await this.wait(this.waitOf(answer, started), waitSignal, () =>
        answer.kind === 'queued' ? this.options.store.cancel(ticket) : undefined,
      );
      if (answer.kind === 'granted') {
        this.reportLateness(askedAt + answer.waitMs);
        return;
      }
      askedAt = this.now();
      answer = await this.options.store.poll(ticket, askedAt, bound - (askedAt - started));
    }
  }

  /** Sleeps; when the call is aborted or the limiter closes, leaves the queue and says which. */
  private async wait(ms: number, signal: AbortSignal, leave: () => Promise<void> | undefined): Promise<void> {
    try {
      await this.sleep(ms, signal);
    } catch (error) {
      await leave();
      if (!this.closing.signal.aborted) throw error;
      throw new LimiterClosedError();
    }
  }

  /** How long to sleep on this answer; throws when the answer is a refusal. */
  private waitOf(answer: CapacityAnswer, started: number): number {
    switch (answer.kind) {
      case 'granted':
        return answer.waitMs;
      case 'queued':
        return answer.retryInMs;
      case 'refused':
        return this.refuse(answer.waitMs + (this.now() - started));
      case 'lost':
        // Dropped for not asking in time (a stalled event loop): as good as a full queue.
        return this.refuse(this.options.maxWaitMs);
    }
  }

  private refuse(waitMs: number): never {
    throw new LimiterDeadlineError(waitMs);
  }

  /** Tells the store when a send leaves noticeably after its slot; the send itself does not wait. */
  private reportLateness(slot: number): void {
    const sentAt = this.now();
    if (sentAt - slot <= LATE_MS) return;
    this.options.store.late(slot, sentAt).catch((error) => this.options.onError?.(error));
  }

  throttled(): void {
    this.options.store.slowDown(this.now()).catch((error) => this.options.onError?.(error));
  }

  /** Refuses every call still waiting, and any new one (shutdown). */
  close(): void {
    this.closing.abort();
  }
}

const EQUAL: Record<Tier, number> = { free: 1, plus: 1, pro: 1, max: 1 };

/** Capacity kept in this process, with the default parameters: one instance alone, or tests. */
export function inProcessCapacity(
  limit: number,
  options: Partial<Omit<CapacityOptions, 'store'>> & { marginMs?: number } = {},
): TikTokCapacity {
  const { marginMs, ...rest } = options;
  const store = new MemoryCapacityStore({
    ...DEFAULT_CAPACITY_PARAMS,
    limit,
    ...(marginMs === undefined ? {} : { marginMs }),
  });
  return new TikTokCapacity({ store, maxWaitMs: Number.POSITIVE_INFINITY, weights: EQUAL, ...rest });
}
