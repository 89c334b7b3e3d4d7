/**
 * The shared state behind the TikTok capacity scheduler, and its in-process implementation.
 *
 * The algorithm, the same here and in the Redis script (capacity-redis.ts):
 * - Sends: evenly spaced, one every `(windowMs + marginMs) / limit` (GCRA with no burst), and a
 *   log of the last `limit` reserved send times so that any `limit + 1` sends span at least
 *   `windowMs` plus a small margin (network jitter between here and TikTok). TikTok counts QPS
 *   per developer app over a second (Marketing API "Rate limits" page,
 *   business-api.tiktok.com/portal/docs/rate-limits/v1.3; docs/scaling.md); evenly spaced sends
 *   fit any one-second window however it is aligned. A send may be reserved at most `horizonMs`
 *   ahead.
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
  /** Arrival order, breaking ties between equal start tags. */
  seq: number;
  expiresAt: number;
}

/** The in-process store: one instance alone, or tests. Same rules as the Redis script. */
export class MemoryCapacityStore implements CapacityStore {
  private slots: number[] = [];
  /** Sorted by (start, seq). */
  private queue: Queued[] = [];
  private byTicket = new Map<string, Queued>();
  private seq = 0;
  private purgedAt = Number.NEGATIVE_INFINITY;
  private tags = new Map<string, number>();
  private virtual = 0;
  private factor = 1;
  private factorAt: number | undefined;
  private slowedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly params: CapacityParams) {}

  /** How many sends the log holds (its bound is tested). */
  get loggedSends(): number {
    return this.slots.length;
  }

  private effectiveLimit(now: number): number {
    const { recoverPerSecond, limit } = this.params;
    if (this.factorAt !== undefined && now > this.factorAt) {
      this.factor = Math.min(1, this.factor + (recoverPerSecond * (now - this.factorAt)) / 1000);
    }
    this.factorAt = now;
    return Math.max(1, Math.floor(limit * this.factor + 1e-9));
  }

  /**
   * When the call at `rank` in the queue would send: sends are spaced evenly, `window / limit`
   * apart (GCRA with no burst), and never closer than a window to the send `limit` before them in
   * the log (which matters after a late send moved its entry). Even spacing is what fits every
   * sliding one-second window at TikTok: a burst of `limit` sends at once, each delayed
   * differently on its way (new connections, a busy event loop at either end), lets the next
   * burst's first sends land inside the window of the previous burst's last ones.
   */
  private slotAt(rank: number, now: number, limit: number): number {
    const { slots } = this;
    const window = this.params.windowMs + this.params.marginMs;
    const interval = window / limit;
    const last = slots[slots.length - 1];
    let slot = last === undefined ? now : Math.max(now, last + interval);
    const before = slots.length - limit;
    if (before >= 0) slot = Math.max(slot, (slots[before] as number) + window);
    return slot + rank * interval;
  }

  private retryIn(waitMs: number): number {
    const { minPollMs, maxPollMs, horizonMs } = this.params;
    // Ask again well inside the horizon: a late wake-up (a busy event loop) still finds its send.
    return Math.min(maxPollMs, Math.max(minPollMs, waitMs - (horizonMs * 3) / 4));
  }

  private reserve(now: number, limit: number, start: number): CapacityAnswer {
    const slot = this.slotAt(0, now, limit);
    this.slots.push(slot);
    this.trimLog(now);
    this.virtual = Math.max(this.virtual, start);
    if (this.queue.length === 0) this.tags.clear();
    return { kind: 'granted', waitMs: slot - now };
  }

  /**
   * Keeps the log to what `slotAt` can still use: the last `limit` sends, and of those only the
   * ones less than a window old (an older send cannot hold back a new one). With a high limit
   * (the benchmark's) the log would otherwise grow by every send, and `late` walk all of it.
   */
  private trimLog(now: number): void {
    const { slots } = this;
    const oldest = now - (this.params.windowMs + this.params.marginMs);
    let drop = Math.max(0, slots.length - this.params.limit);
    while (drop < slots.length && (slots[drop] as number) < oldest) drop++;
    if (drop > 0) slots.splice(0, drop);
  }

  /** Drops expired tickets; a full pass at most every 100 ms, so thousands waiting stay cheap. */
  private purge(now: number): void {
    if (now - this.purgedAt < 100) return;
    this.purgedAt = now;
    this.queue = this.queue.filter((queued) => queued.expiresAt > now);
    this.byTicket = new Map(this.queue.map((queued) => [queued.ticket, queued]));
  }

  /** How many queued tickets sort before (start, seq): a binary search of the sorted queue. */
  private rankOf(start: number, seq: number): number {
    let low = 0;
    let high = this.queue.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const other = this.queue[mid] as Queued;
      if (other.start < start || (other.start === start && other.seq < seq)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private remove(entry: Queued, rank: number): void {
    this.queue.splice(rank, 1);
    this.byTicket.delete(entry.ticket);
  }

  async enqueue(request: EnqueueRequest): Promise<CapacityAnswer> {
    const { now, organization } = request;
    this.purge(now);
    const limit = this.effectiveLimit(now);
    const start = Math.max(this.virtual, this.tags.get(organization) ?? 0);
    const seq = ++this.seq;
    const rank = this.rankOf(start, seq);
    const waitMs = this.slotAt(rank, now, limit) - now;
    const finish = start + 1 / request.weight;
    if (waitMs <= this.params.horizonMs) {
      this.tags.set(organization, finish);
      return this.reserve(now, limit, start);
    }
    if (waitMs > request.maxWaitMs) return { kind: 'refused', waitMs };
    this.tags.set(organization, finish);
    const entry = { ticket: request.ticket, start, seq, expiresAt: now + this.params.ticketTtlMs };
    this.queue.splice(rank, 0, entry);
    this.byTicket.set(entry.ticket, entry);
    return { kind: 'queued', retryInMs: this.retryIn(waitMs) };
  }

  async poll(ticket: string, now: number, maxWaitMs: number): Promise<CapacityAnswer> {
    this.purge(now);
    const entry = this.byTicket.get(ticket);
    if (entry === undefined) return { kind: 'lost' };
    const rank = this.rankOf(entry.start, entry.seq);
    if (entry.expiresAt <= now) {
      this.remove(entry, rank);
      return { kind: 'lost' };
    }
    const limit = this.effectiveLimit(now);
    const waitMs = this.slotAt(rank, now, limit) - now;
    if (waitMs <= this.params.horizonMs) {
      this.remove(entry, rank);
      return this.reserve(now, limit, entry.start);
    }
    if (waitMs > maxWaitMs) {
      this.remove(entry, rank);
      return { kind: 'refused', waitMs };
    }
    entry.expiresAt = now + this.params.ticketTtlMs;
    return { kind: 'queued', retryInMs: this.retryIn(waitMs) };
  }

  async cancel(ticket: string): Promise<void> {
    const entry = this.byTicket.get(ticket);
    if (entry !== undefined) this.remove(entry, this.rankOf(entry.start, entry.seq));
  }

  async slowDown(now: number): Promise<void> {
    this.effectiveLimit(now);
    if (now - this.slowedAt < this.params.windowMs) return;
    this.slowedAt = now;
    this.factor = Math.max(1 / this.params.limit, this.factor * this.params.decrease);
  }

  async late(slot: number, sentAt: number): Promise<void> {
    const { slots } = this;
    // The log is sorted and a late send is a recent one: search back from the newest.
    let closest = -1;
    for (let i = slots.length - 1; i >= 0 && (slots[i] as number) >= slot - 2; i--) {
      const distance = Math.abs((slots[i] as number) - slot);
      if (distance <= 2 && (closest < 0 || distance < Math.abs((slots[closest] as number) - slot)))
        closest = i;
    }
    if (closest < 0) return;
    const moved = Math.max(slots[closest] as number, sentAt);
    // Later in time, so later in the log: move it past the sends it now follows, keeping it sorted.
    let at = closest;
    while (at + 1 < slots.length && (slots[at + 1] as number) < moved) {
      slots[at] = slots[at + 1] as number;
      at++;
    }
    slots[at] = moved;
  }

  async close(): Promise<void> {}
}
