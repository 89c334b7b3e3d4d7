import { describe, expect, it } from 'vitest';
import { advertiserInfo } from './accounts.js';

describe('advertiserInfo', () => {
  it('asks TikTok in batches of at most 100 ids and keeps every answer', async () => {
    const batches: string[][] = [];
    const tiktok = {
      getAdvertiserInfo: async (_token: string, ids: string[]) => {
        batches.push(ids);
        return {
          data: { list: ids.filter((id) => id !== '7').map((id) => ({ advertiser_id: id, name: `A${id}` })) },
          requestId: 'r',
        };
      },
    };
    const ids = Array.from({ length: 250 }, (_, i) => String(i + 1));
    const found = await advertiserInfo(tiktok, 'token', ids);
    expect(batches.map((batch) => batch.length)).toEqual([100, 100, 50]);
    expect(found.size).toBe(249);
    expect(found.get('250')?.name).toBe('A250');
    expect(found.has('7')).toBe(false);
  });
});
