import { describe, expect, it } from 'vitest';
import type { Page } from '../../tiktok/lookups.js';
import { bounded, collectPages, MAX_PAGES, MAX_ROWS, PAGE_SIZE } from './paging.js';

/** A TikTok list of `total` numbers served `pageSize` at a time, recording the pages asked for. */
function pagedList(total: number) {
  const asked: number[] = [];
  const fetchPage = async (page: number, pageSize: number): Promise<Page<number>> => {
    asked.push(page);
    const start = (page - 1) * pageSize;
    const items = Array.from({ length: Math.max(0, Math.min(pageSize, total - start)) }, (_, i) => start + i);
    return {
      items,
      pageInfo: { page, page_size: pageSize, total_number: total, total_page: Math.ceil(total / pageSize) },
    };
  };
  return { asked, fetchPage };
}

describe('collectPages', () => {
  it('reads every page to the end', async () => {
    const list = pagedList(250);
    const collected = await collectPages(list.fetchPage);
    expect(list.asked).toEqual([1, 2, 3]);
    expect(collected).toMatchObject({ total: 250, truncated: false });
    expect(collected.items).toEqual(Array.from({ length: 250 }, (_, i) => i));
  });

  it(`stops after ${MAX_PAGES} pages of ${PAGE_SIZE} and says the list was cut`, async () => {
    const list = pagedList(MAX_ROWS + 1);
    const collected = await collectPages(list.fetchPage);
    expect(list.asked).toHaveLength(MAX_PAGES);
    expect(collected).toMatchObject({ total: MAX_ROWS + 1, truncated: true });
    expect(collected.items).toHaveLength(MAX_ROWS);
  });

  it('takes an answer without page_info as the whole list, and stops on an empty page', async () => {
    const whole = await collectPages(async () => ({ items: [1, 2, 3], pageInfo: undefined }));
    expect(whole).toEqual({ items: [1, 2, 3], total: 3, truncated: false });
    let calls = 0;
    const shrunk = await collectPages(async (page) => {
      calls++;
      return {
        items: page === 1 ? [1] : [],
        pageInfo: { page, page_size: PAGE_SIZE, total_number: 500, total_page: 5 },
      };
    });
    expect(calls).toBe(2);
    expect(shrunk).toEqual({ items: [1], total: 500, truncated: false });
  });
});

describe('bounded', () => {
  it('cuts a whole list to the same bound', () => {
    expect(bounded([1, 2])).toEqual({ items: [1, 2], total: 2, truncated: false });
    const long = bounded(Array.from({ length: MAX_ROWS + 5 }, (_, i) => i));
    expect([long.items.length, long.total, long.truncated]).toEqual([MAX_ROWS, MAX_ROWS + 5, true]);
  });
});
