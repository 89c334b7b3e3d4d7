import { describe, expect, it } from 'vitest';
import type { TikTokClient, TikTokRequest } from './client.js';
import { getActionCategories } from './lookups.js';

describe('look-up requests', () => {
  it('L10: sends language to /tool/action_category/ (SDK yml_files/tool_action_category.yml)', async () => {
    const sent: TikTokRequest[] = [];
    const client = {
      request: async (request: TikTokRequest) => {
        sent.push(request);
        return { data: { action_categories: [] }, requestId: '1' };
      },
    } as unknown as TikTokClient;
    await getActionCategories(client, 'token', '7000000000000001', 'ja');
    expect(sent[0]).toMatchObject({
      path: '/tool/action_category/',
      query: { advertiser_id: '7000000000000001', language: 'ja' },
    });
  });
});
