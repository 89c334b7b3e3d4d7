/**
 * One clock for every instance that shares limits through one Redis: Redis's own. The shared
 * scripts (capacity-redis.ts, key-rate-redis.ts) take the time from their caller, so that tests
 * can drive them with virtual time; in service, each instance's own clock would put its sends off
 * by its skew from the others (a send reserved by an instance 500 ms ahead leaves 500 ms before
 * its slot, next to the slots another instance keeps). So each instance reads Redis's `TIME`,
 * keeps its offset from its own clock (the sample with the shortest round trip of a few, as NTP
 * does), and asks again now and then: its times are then Redis's, to half a round trip.
 */
export interface ServerTime {
  /** Redis `TIME`: seconds and microseconds, as strings. */
  time(): Promise<[string, string] | [number, number] | unknown[]>;
}

const SAMPLES = 3;
const RESYNC_MS = 60_000;

export class RedisClock {
  private offset = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly redis: ServerTime,
    private readonly local: () => number = Date.now,
  ) {}

  /** Epoch milliseconds on Redis's clock. */
  readonly now = (): number => this.local() + this.offset;

  /** Measures the offset; keeps the previous one when Redis does not answer. */
  async sync(): Promise<void> {
    let best: { rtt: number; offset: number } | undefined;
    for (let i = 0; i < SAMPLES; i++) {
      const before = this.local();
      const [seconds, micros] = (await this.redis.time()) as [string | number, string | number];
      const after = this.local();
      const server = Number(seconds) * 1000 + Number(micros) / 1000;
      const sample = { rtt: after - before, offset: server - (before + after) / 2 };
      if (!best || sample.rtt < best.rtt) best = sample;
    }
    if (best) this.offset = best.offset;
  }

  /**
   * Syncs now, then every minute in the background (the timer does not keep the process alive).
   * A failure is reported, and the instance's own clock stands until a sync succeeds.
   */
  async start(onError: (error: unknown) => void): Promise<void> {
    await this.sync().catch(onError);
    this.timer = setInterval(() => this.sync().catch(onError), RESYNC_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
