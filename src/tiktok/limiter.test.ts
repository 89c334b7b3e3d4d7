import { afterEach, describe, expect, it, vi } from 'vitest';
import { realSleep } from './limiter.js';

describe('realSleep', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('ends a wait under a millisecond in this turn of the event loop, with no timer (a timer waits at least 1 ms)', async () => {
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const immediates = vi.spyOn(globalThis, 'setImmediate');
    await realSleep(0);
    await realSleep(0.4);
    expect(timers).not.toHaveBeenCalled();
    expect(immediates).toHaveBeenCalledTimes(2);
  });

  it('waits a millisecond or more on a timer', async () => {
    const timers = vi.spyOn(globalThis, 'setTimeout');
    await realSleep(2);
    expect(timers).toHaveBeenCalledWith(expect.any(Function), 2);
  });

  it('rejects with the reason when aborted, whichever way it waits', async () => {
    for (const ms of [0, 0.5, 50]) {
      const controller = new AbortController();
      const slept = realSleep(ms, controller.signal);
      controller.abort(new Error(`stop ${ms}`));
      await expect(slept).rejects.toThrow(`stop ${ms}`);
    }
    const aborted = AbortSignal.abort(new Error('already'));
    await expect(realSleep(0, aborted)).rejects.toThrow('already');
  });
});
