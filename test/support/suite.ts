/**
 * One harness per test file: started before its tests, closed with its database after them, and
 * (unless told otherwise) the emulator's state reset after each test, so that tests stay independent
 * of their order.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { TestDatabase } from './stores.js';

interface Started {
  h: { close(): Promise<void>; emulator: { reset(): void } };
  db: TestDatabase;
}

export function useSuiteHarness<S extends Started>(
  start: () => Promise<S>,
  receive: (started: S) => void | Promise<void>,
  options: { resetEmulator?: boolean } = {},
): void {
  let started: S | undefined;
  beforeAll(async () => {
    started = await start();
    await receive(started);
  });
  afterAll(async () => {
    await started?.h.close();
    await started?.db.cleanup();
  });
  if (options.resetEmulator ?? true) afterEach(() => started?.h.emulator.reset());
}
