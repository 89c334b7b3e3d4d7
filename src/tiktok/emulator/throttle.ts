/**
 * TikTok's app-level QPS limit (reference §2.3): past it the call is refused with HTTP 200 and
 * code 40100, with no Retry-After header. A sliding one-second window per key (the app id); only
 * admitted requests count, so a client that backs off for a second gets through again.
 */
import { performance } from 'node:perf_hooks';

const WINDOW_MS = 1000;

export class SlidingWindowLimiter {
  private readonly windows = new Map<string, number[]>();

  /** `qps` of Infinity (or <= 0) disables the limit. */
  constructor(
    readonly qps: number,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** True if the request is admitted (and counted); false if it is over the limit. */
  tryAcquire(key: string): boolean {
    if (!Number.isFinite(this.qps) || this.qps <= 0) return true;
    const now = this.clock();
    const stamps = this.windows.get(key) ?? [];
    while (stamps.length > 0 && (stamps[0] ?? 0) <= now - WINDOW_MS) stamps.shift();
    if (stamps.length >= this.qps) {
      this.windows.set(key, stamps);
      return false;
    }
    stamps.push(now);
    this.windows.set(key, stamps);
    return true;
  }

  reset(): void {
    this.windows.clear();
  }
}
