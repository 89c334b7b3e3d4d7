import { describe, expect, it } from 'vitest';
import { allocateBudget, budgetBounds } from './budget.js';

const campaign = (id: string, current: number, cpa: number, belowTarget = false) => ({
  id,
  current,
  rate: 1 / cpa,
  belowTarget,
});

describe('allocateBudget (HiGHS)', () => {
  it('matches the optimum worked out by hand', async () => {
    // Three campaigns at 100 a day converting at 1/10, 1/20, 1/50 per unit; ±50%, 300 a day in total.
    // By hand: every unit should go to the cheapest conversions first. A's ceiling is 150 and C's
    // floor 50, so A = 150, C = 50 and B takes the remaining 100: 15 + 5 + 1 = 21 conversions a day
    // (against 10 + 5 + 2 = 17 today). Any other split within the bounds moves units to a dearer campaign.
    const s = await allocateBudget({
      campaigns: [campaign('a', 100, 10), campaign('b', 100, 20), campaign('c', 100, 50)],
      dailyTotal: 300,
      maxChange: 0.5,
      floor: 20,
    });
    expect(s?.budgets).toEqual({ a: 150, b: 100, c: 50 });
    expect(s?.expectedConversions).toBeCloseTo(21, 9);
  });

  it('keeps the floor, holds back a campaign below the target ROAS, and leaves what cannot be placed', async () => {
    const s = await allocateBudget({
      campaigns: [campaign('a', 100, 10, true), campaign('b', 40, 20), campaign('c', 60, 50)],
      dailyTotal: 1000,
      maxChange: 0.3,
      floor: 50,
    });
    // a may not rise (below target): 100. b: [max(28, 50), 52] → 52. c: [50, 78] → 78.
    expect(s?.budgets).toEqual({ a: 100, b: 52, c: 78 });
    expect(
      budgetBounds({ campaigns: [campaign('b', 40, 20)], dailyTotal: 1, maxChange: 0.3, floor: 50 }),
    ).toEqual([{ id: 'b', lower: 50, upper: 52 }]);
  });

  it('has no answer when the floors alone exceed the total', async () => {
    const s = await allocateBudget({
      campaigns: [campaign('a', 100, 10), campaign('b', 100, 20)],
      dailyTotal: 90,
      maxChange: 0.5,
      floor: 50,
    });
    expect(s).toBeUndefined();
  });
});
