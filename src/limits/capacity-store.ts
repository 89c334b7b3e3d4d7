/**
 * The shared state behind the TikTok capacity scheduler, and its in-process implementation.
 *
 * The algorithm, the same here and in the Redis script (capacity-redis.ts):
 * - Sends: a sliding-window log of the last `limit` reserved send times. A send may be reserved
 *   at most `horizonMs` ahead; any `limit + 1` reserved sends span at least `windowMs` plus a small
 *   margin (network jitter between here and TikTok).
 * - Waiting calls: a queue ordered by start-time fair queuing (SFQ). A call of organisation `o`
 *   gets the start tag `S = max(V, F[o])` and advances `F[o] = S + 1 / weight(o)`; `V` is the tag
 *   of the last call served. An organisation that sends rarely therefore starts near the head,
 *   one that floods stands behind its own earlier calls: each is served its max-min fair share.
 * - A call whose place in the queue falls within the horizon takes the next free send; the
 *   others are told when to ask again. A call whose estimated wait exceeds its bound is
 *   refused at once, with that estimate, and changes nothing.
 * - A queued call that does not ask again within `ticketTtlMs` (its process died) is dropped.
 * - A send that went out late (a stalled event loop) moves to its real time in the log, so that
 *   the sends reserved after it still keep a full window from when it really left.
 * - Adaptive: a throttle answer from TikTok multiplies the rate by `decrease` (at most once per
 *   window, never below one send per window); it recovers by `recoverPerSecond` of the base rate
 *   per second.
 */

export interface CapacityParams {
  /** Sends per window (TikTok's QPS when the window is 1000 ms). */
  limit: number;
  windowMs: number;
  /** Added to the window so that jitter on the way to TikTok never packs `limit + 1` into one. */
  marginMs: number;
  /** How far ahead a send may be reserved. */
  horizonMs: number;
  /** A queued call that has not asked again for this long is dropped. */
  ticketTtlMs: number;
  /** Bounds on how long a queued call waits before asking again. */
  minPollMs: number;
  maxPollMs: number;
  /** Rate multiplier after a throttle answer. */
  decrease: number;
  /** Fraction of the base rate regained per second without throttling. */
  recoverPerSecond: number;
}

export const DEFAULT_CAPACITY_PARAMS: Omit<CapacityParams, 'limit'> = {
  windowMs: 1000,
  marginMs: 30,
  horizonMs: 400,
  ticketTtlMs: 3000,
  minPollMs: 5,
  maxPollMs: 1000,
  decrease: 0.7,
  recoverPerSecond: 0.05,
};

export interface EnqueueRequest {
  ticket: string;
  organization: string;
  weight: number;
  /** Epoch milliseconds, the same clock on every instance. */
  now: number;
  /** Refuse when the estimated wait is longer. */
  maxWaitMs: number;
}

export type CapacityAnswer =
  /** A send is reserved `waitMs` from now. */
  | { kind: 'granted'; waitMs: number }
  /** Still queued: ask again in `retryInMs`. */
  | { kind: 'queued'; retryInMs: number }
  /** The wait (estimated at `waitMs`) would exceed the bound; nothing is held. */
  | { kind: 'refused'; waitMs: number }
  /** The ticket is gone (it was not renewed in time). */
  | { kind: 'lost' };

export interface CapacityStore {
  enqueue(request: EnqueueRequest): Promise<CapacityAnswer>;
  poll(ticket: string, now: number, maxWaitMs: number): Promise<CapacityAnswer>;
  cancel(ticket: string): Promise<void>;
  /** TikTok answered with a throttle code. */
  slowDown(now: number): Promise<void>;
  /**
   * The send reserved at `slot` went out late, at `sentAt` (a stalled event loop): the log takes
   * the real time, so the sends reserved after it keep a full window from it.
   */
  late(slot: number, sentAt: number): Promise<void>;
  close(): Promise<void>;
}

interface Queued {
  ticket: string;
  start: number;
  expiresAt: number;
}

/** The in-process store: one instance alone, or tests. Same rules as the Redis script. */
export class MemoryCapacityStore implements CapacityStore {
  private slots: number[] = [];
  private queue: Queued[] = [];
  private tags = new Map<string, number>();
  private virtual = 0;
  private factor = 1;
  private factorAt: number | undefined;
  private slowedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly params: CapacityParams) {}

  private effectiveLimit(now: number): number {
    const { recoverPerSecond, limit } = this.params;
    if (this.factorAt !== undefined && now > this.factorAt) {
      this.factor = Math.min(1, this.factor + (recoverPerSecond * (now - this.factorAt)) / 1000);
    }
    this.factorAt = now;
    return Math.max(1, Math.floor(limit * this.factor + 1e-9));
  }

  private nextSlot(slots: number[], at: number, limit: number): number {
    let slot = at;
    const last = slots[slots.length - 1];
    if (last !== undefined && last > slot) slot = last;
    if (slots.length >= limit) {
      slot = Math.max(
        slot,
        (slots[slots.length - limit] as number) + this.params.windowMs + this.params.marginMs,
      );
    }
    return slot;
  }

  /**
   * When the call at `rank` in the queue would send: the send log repeats every `limit` sends one
   * window later, so the first `limit` future sends say where any rank falls.
   */
  private slotAt(rank: number, now: number, limit: number): number {
    const window = this.params.windowMs + this.params.marginMs;
    const simulated = [...this.slots];
    let slot = now;
    for (let k = 0; k <= rank % limit; k++) {
      slot = this.nextSlot(simulated, now, limit);
      simulated.push(slot);
    }
    return slot + Math.floor(rank / limit) * window;
  }

  private retryIn(waitMs: number): number {
    const { minPollMs, maxPollMs, horizonMs } = this.params;
    // Ask again well inside the horizon: a late wake-up (a busy event loop) still finds its send.
    return Math.min(maxPollMs, Math.max(minPollMs, waitMs - (horizonMs * 3) / 4));
  }

  private reserve(now: number, limit: number, start: number): CapacityAnswer {
    const slot = this.nextSlot(this.slots, now, limit);
    this.slots.push(slot);
    if (this.slots.length > this.params.limit) this.slots.splice(0, this.slots.length - this.params.limit);
    this.virtual = Math.max(this.virtual, start);
    if (this.queue.length === 0) this.tags.clear();
    return { kind: 'granted', waitMs: slot - now };
  }

  private purge(now: number): void {
    this.queue = this.queue.filter((queued) => queued.expiresAt > now);
  }

  async enqueue(request: EnqueueRequest): Promise<CapacityAnswer> {
    const { now, organization } = request;
    this.purge(now);
    const limit = this.effectiveLimit(now);
    const start = Math.max(this.virtual, this.tags.get(organization) ?? 0);
    const rank = this.queue.filter((queued) => queued.start <= start).length;
    const waitMs = this.slotAt(rank, now, limit) - now;
    const finish = start + 1 / request.weight;
    if (waitMs <= this.params.horizonMs) {
      this.tags.set(organization, finish);
      return this.reserve(now, limit, start);
    }
    if (waitMs > request.maxWaitMs) return { kind: 'refused', waitMs };
    this.tags.set(organization, finish);
    const entry = { ticket: request.ticket, start, expiresAt: now + this.params.ticketTtlMs };
    this.queue.splice(rank, 0, entry);
    return { kind: 'queued', retryInMs: this.retryIn(waitMs) };
  }

  async poll(ticket: string, now: number, maxWaitMs: number): Promise<CapacityAnswer> {
    this.purge(now);
    const rank = this.queue.findIndex((queued) => queued.ticket === ticket);
    if (rank < 0) return { kind: 'lost' };
    const entry = this.queue[rank] as Queued;
    const limit = this.effectiveLimit(now);
    const waitMs = this.slotAt(rank, now, limit) - now;
    if (waitMs <= this.params.horizonMs) {
      this.queue.splice(rank, 1);
      return this.reserve(now, limit, entry.start);
    }
    if (waitMs > maxWaitMs) {
      this.queue.splice(rank, 1);
      return { kind: 'refused', waitMs };
    }
    entry.expiresAt = now + this.params.ticketTtlMs;
    return { kind: 'queued', retryInMs: this.retryIn(waitMs) };
  }

  async cancel(ticket: string): Promise<void> {
    this.queue = this.queue.filter((queued) => queued.ticket !== ticket);
  }

  async slowDown(now: number): Promise<void> {
    this.effectiveLimit(now);
    if (now - this.slowedAt < this.params.windowMs) return;
    this.slowedAt = now;
    this.factor = Math.max(1 / this.params.limit, this.factor * this.params.decrease);
  }

  async late(slot: number, sentAt: number): Promise<void> {
    let closest = -1;
    for (let i = 0; i < this.slots.length; i++) {
      const distance = Math.abs((this.slots[i] as number) - slot);
      if (distance <= 2 && (closest < 0 || distance < Math.abs((this.slots[closest] as number) - slot)))
        closest = i;
    }
    if (closest < 0) return;
    this.slots[closest] = Math.max(this.slots[closest] as number, sentAt);
    this.slots.sort((a, b) => a - b);
  }

  async close(): Promise<void> {}
}
