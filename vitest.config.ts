import { defineConfig } from 'vitest/config';

/**
 * Tests that measure several real processes against the emulator's clock (capacity used, a lease
 * outliving kill -9, a SIGTERM drain) run after everything else, one file at a time, so that the
 * rest of the suite does not load the machine under them.
 */
const ALONE = ['test/gateway/processes.test.ts'];

const shared = {
  globalSetup: ['test/support/global-setup.ts'],
  testTimeout: 30_000,
  hookTimeout: 30_000,
  pool: 'forks' as const,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'suite',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ALONE,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...shared,
          name: 'alone',
          include: ALONE,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
