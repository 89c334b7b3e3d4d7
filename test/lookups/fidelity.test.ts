/**
 * The look-up findings of the corrections file (part 2, L1-L6, #21) against the emulator, whose
 * answers follow TikTok's SDK `yml_files` and BB's translation of TikTok's docs.
 */
import { describe, expect, it } from 'vitest';
import {
  AGENCY_SIZES,
  createDefaultSeed,
  INEFFECTIVE_KEYWORD_ID,
  PIXEL_IDS,
} from '../../src/tiktok/emulator/index.js';
import { useSuiteHarness } from '../support/suite.js';
import { type LookupHarness, startLookupHarness } from './support.js';

describe('look-ups read what TikTok answers', () => {
  let h: LookupHarness;
  useSuiteHarness(startLookupHarness, (started) => {
    h = started.h;
  });

  it("L1: reads carriers from TikTok's countries[] grouping, each with its country", async () => {
    const { status, body } = await h.call(h.single, 'search_tiktok_targeting', {
      targeting_type: 'carriers',
    });
    expect(status).toBe(200);
    const results = body.data.structured.results as Array<{ id: string; country_code: string | null }>;
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => typeof r.country_code === 'string' && r.country_code.length === 2)).toBe(
      true,
    );
  });

  it('L3: takes the keyword languages for interest keywords (hi, not pt) and the category ones elsewhere', async () => {
    const pt = await h.call(h.single, 'search_tiktok_targeting', {
      targeting_type: 'interest_keywords',
      keyword: 'running',
      language: 'pt',
    });
    expect(pt.status).toBe(400);
    expect(pt.body.structured_content.issues).toContainEqual(
      expect.objectContaining({ path: 'language', message: expect.stringContaining('hi') }),
    );
    const hi = await h.call(h.single, 'search_tiktok_targeting', {
      targeting_type: 'interest_keywords',
      keyword: 'running',
      language: 'hi',
    });
    expect(hi.status).toBe(200);
    const categories = await h.call(h.single, 'search_tiktok_targeting', {
      targeting_type: 'interest_categories',
      language: 'pt',
    });
    expect(categories.status).toBe(200);
    const hindiCategories = await h.call(h.single, 'search_tiktok_targeting', {
      targeting_type: 'interest_categories',
      language: 'hi',
    });
    expect(hindiCategories.status).toBe(400);
  });

  it('L4: never offers an INEFFECTIVE keyword as an example to paste', async () => {
    const retired = createDefaultSeed().interestKeywords.find((k) => k.keyword_id === INEFFECTIVE_KEYWORD_ID);
    const { body } = await h.call(h.single, 'search_tiktok_targeting', {
      targeting_type: 'interest_keywords',
      keyword: retired?.keyword ?? '',
    });
    const ids = (body.data.structured.results as Array<{ id: string }>).map((r) => r.id);
    expect(ids).toContain(INEFFECTIVE_KEYWORD_ID);
    const example = /For example: `"interest_keyword_ids": (\[.*?\])`/.exec(body.data.text)?.[1];
    expect(example === undefined || !example.includes(INEFFECTIVE_KEYWORD_ID)).toBe(true);
  });

  it('L5: a Reach & Frequency-only audience is not usable for an auction ad group', async () => {
    const { body } = await h.call(h.agency, 'list_tiktok_custom_audiences');
    const rows = body.data.structured.audiences as Array<{ usable: boolean; note: string | null }>;
    const rf = rows.filter((r) => r.note?.includes('Reach & Frequency'));
    expect(rf.length).toBeGreaterThan(0);
    expect(rf.every((r) => !r.usable)).toBe(true);
  });

  it('L6: a deprecated pixel event is not offered as an optimisation event', async () => {
    const { body } = await h.call(h.single, 'list_tiktok_pixels');
    const pixel = body.data.structured.pixels.find(
      (p: { pixel_id: string }) => p.pixel_id === PIXEL_IDS.US_SMALL,
    );
    expect(
      pixel.events.find((e: { optimization_event: string }) => e.optimization_event === 'ON_WEB_DETAIL'),
    ).toMatchObject({
      deprecated: true,
    });
    expect(pixel.optimization_events).not.toContain('ON_WEB_DETAIL');
    expect(pixel.optimization_events).toContain('LANDING_PAGE_VIEW');
  });

  it("#21: reads /pixel/list/ 20 at a time, TikTok's maximum", async () => {
    const { status, body } = await h.call(h.agency, 'list_tiktok_pixels');
    expect(status).toBe(200);
    expect(body.data.structured.returned).toBe(AGENCY_SIZES.PIXELS);
    expect(h.emulator.state.requestCount('/pixel/list/')).toBe(Math.ceil(AGENCY_SIZES.PIXELS / 20));
  });
});
