import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { quotaExhaustedMessage } from './quota.js';

describe('quotaExhaustedMessage', () => {
  const base = { used: 150, limit: 150, periodEnd: '2026-12-01', upgradeUrl: 'https://ops.example/plans' };

  it("keeps the seed page's shape and names the reset date", () => {
    expect(quotaExhaustedMessage({ ...base, tier: 'plus' })).toBe(
      '\u{1F6A8} Monthly limit reached (150/150 tool calls on Plus tier).\nUpgrade to Pro at https://ops.example/plans to keep building.\nThe allowance starts again on 2026-12-01.',
    );
    expect(quotaExhaustedMessage({ ...base, tier: 'max' }).split('\n')[1]).toBe(
      'For more, contact https://ops.example/plans.',
    );
  });

  it("uses the operator's own upgrade text, with the link and the next tier filled in", () => {
    const config = loadConfig({ ADGATE_UPGRADE_TEXT: 'Ask {upgrade_url} for the {next_tier} plan.' });
    const text = quotaExhaustedMessage({ ...base, tier: 'free', upgradeText: config.quota.upgradeText });
    expect(text.split('\n')).toEqual([
      '\u{1F6A8} Monthly limit reached (150/150 tool calls on Free tier).',
      'Ask https://ops.example/plans for the Plus plan.',
      'The allowance starts again on 2026-12-01.',
    ]);
  });
});
