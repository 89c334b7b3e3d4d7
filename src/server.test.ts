import { describe, expect, it } from 'vitest';
import { heapGrowthFlag } from './server.js';

describe('heapGrowthFlag', () => {
  it("bounds the heap's growth unless the operator chose a factor, on node's command line or in NODE_OPTIONS", () => {
    expect(heapGrowthFlag([], undefined)).toBe('--heap-growing-percent=50');
    expect(heapGrowthFlag(['--enable-source-maps'], '--max-old-space-size=512')).toBe(
      '--heap-growing-percent=50',
    );
    expect(heapGrowthFlag(['--heap-growing-percent=100'], undefined)).toBeUndefined();
    expect(heapGrowthFlag([], '--max-old-space-size=512 --heap-growing-percent=80')).toBeUndefined();
    expect(heapGrowthFlag([], '--heap_growing_percent=80')).toBeUndefined();
  });
});
