/**
 * The look-ups feed add_tiktok_ad_group: ids found by one call are accepted, as they are, by the
 * next, and reach TikTok unchanged.
 */
import { describe, expect, it } from 'vitest';
import { useSuiteHarness } from '../support/suite.js';
import { type LookupHarness, startLookupHarness } from './support.js';

describe('from look-ups to an ad group', () => {
  let h: LookupHarness;
  useSuiteHarness(
    startLookupHarness,
    (started) => {
      h = started.h;
    },
    { resetEmulator: false },
  );

  const first = (body: { data: { structured: { results: Array<{ id: string }> } } }) =>
    body.data.structured.results[0]?.id as string;

  it('finds a campaign, a region, an interest category and keywords, then creates the ad group with them', async () => {
    const campaigns = await h.call(h.single, 'list_tiktok_campaigns');
    const campaign = campaigns.body.data.structured.campaigns.find(
      (c: { campaign_name: string }) => c.campaign_name === 'US Traffic',
    );
    const region = await h.call(h.single, 'search_tiktok_targeting', {
      targeting_type: 'regions',
      keyword: 'canada',
    });
    const category = await h.call(h.single, 'search_tiktok_targeting', {
      targeting_type: 'interest_categories',
      keyword: 'running',
    });
    const keyword = await h.call(h.single, 'search_tiktok_targeting', {
      targeting_type: 'interest_keywords',
      keyword: 'trail running',
    });
    const args = {
      campaign_id: campaign.campaign_id,
      adgroup_name: 'Canada runners',
      budget: 50,
      [region.body.data.structured.add_tiktok_ad_group_argument]: [first(region.body)],
      [category.body.data.structured.add_tiktok_ad_group_argument]: [first(category.body)],
      [keyword.body.data.structured.add_tiktok_ad_group_argument]: [first(keyword.body)],
    };
    expect(Object.keys(args)).toEqual(
      expect.arrayContaining(['location_ids', 'interest_category_ids', 'interest_keyword_ids']),
    );

    const created = await h.call(h.single, 'add_tiktok_ad_group', args);
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const saved = h.emulator.state.adgroups.get(String(created.body.data.structured.adgroup_id));
    expect(saved?.body).toMatchObject({
      campaign_id: campaign.campaign_id,
      location_ids: [first(region.body)],
      interest_category_ids: [first(category.body)],
      interest_keyword_ids: [first(keyword.body)],
    });
  });

  it('finds a pixel with its event and a usable audience, then creates a conversions ad group with them', async () => {
    const campaigns = await h.call(h.single, 'list_tiktok_campaigns');
    const campaign = campaigns.body.data.structured.campaigns.find(
      (c: { objective: string; cbo: boolean }) => c.objective === 'CONVERSIONS' && !c.cbo,
    );
    const pixels = await h.call(h.single, 'list_tiktok_pixels');
    const pixel = pixels.body.data.structured.pixels[0];
    const audiences = await h.call(h.single, 'list_tiktok_custom_audiences');
    const audience = audiences.body.data.structured.audiences.find((a: { usable: boolean }) => a.usable);

    const created = await h.call(h.single, 'add_tiktok_ad_group', {
      campaign_id: campaign.campaign_id,
      adgroup_name: 'Pixel buyers',
      budget: 50,
      pixel_id: pixel.pixel_id,
      optimization_event: pixel.optimization_events[0],
      audience_ids: [audience.audience_id],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const saved = h.emulator.state.adgroups.get(String(created.body.data.structured.adgroup_id));
    // The pixel id is above 2^53: it reached TikTok with every digit.
    expect(String(saved?.body.pixel_id)).toBe(pixel.pixel_id);
    expect(saved?.body.audience_ids).toEqual([audience.audience_id]);
  });
});
