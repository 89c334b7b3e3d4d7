import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/clock.js';
import { FULL_SCOPE } from '../../core/scopes.js';
import type { ResolvedAccount, ToolContext } from '../../core/tool.js';
import type { ToolServices } from '../services.js';
import { advertiserDetails } from './advertiser-details.js';

const account: ResolvedAccount = {
  advertiserId: '6811000000000001',
  name: 'Acme',
  accessToken: 'token',
  currency: undefined,
  timezone: undefined,
};

function contextWith(list: Array<Record<string, unknown>>, remembered: unknown[]): ToolContext<ToolServices> {
  return {
    requestId: 'req_test',
    caller: {
      organizationId: 'org_1',
      organizationName: 'Org',
      tier: 'plus',
      billingAnchorDay: 1,
      keyId: 'key_1',
      keyName: 'test',
      scope: FULL_SCOPE,
      limits: { key: {}, organization: {} },
    },
    idempotency: undefined,
    guardrails: {
      checkBudget: async () => ({ allowed: true, refusals: [], text: '' }),
    },
    clock: new ManualClock('2026-11-29T00:00:00Z'),
    progress: () => {},
    accounts: {
      resolve: async () => account,
      list: async () => [],
      markReauthRequired: async () => {},
      rememberDetails: async (_id, details) => {
        remembered.push(details);
      },
    },
    services: {
      tiktok: { getAdvertiserInfo: async () => ({ data: { list }, requestId: 'log' }) },
    } as unknown as ToolServices,
  };
}

describe('advertiserDetails', () => {
  it('reads currency and timezone once and remembers them', async () => {
    const remembered: unknown[] = [];
    const ctx = contextWith(
      [{ advertiser_id: account.advertiserId, currency: 'EUR', timezone: 'Europe/Berlin' }],
      remembered,
    );
    expect(await advertiserDetails(ctx, account)).toEqual({ currency: 'EUR', timezone: 'Europe/Berlin' });
    expect(remembered).toEqual([{ currency: 'EUR', timezone: 'Europe/Berlin' }]);
  });

  it("is TikTok's failure (502, nothing created) when TikTok leaves them out, not a 500", async () => {
    const ctx = contextWith([{ advertiser_id: account.advertiserId }], []);
    await expect(advertiserDetails(ctx, account)).rejects.toMatchObject({
      code: 'platform_unavailable',
      status: 502,
    });
  });
});
