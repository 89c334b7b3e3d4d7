/** list_tiktok_custom_audiences and list_tiktok_pixels against the emulator. */
import { describe, expect, it } from 'vitest';
import { AGENCY_SIZES, AUDIENCE_IDS, PIXEL_CODES, PIXEL_IDS } from '../../src/tiktok/emulator/index.js';
import { useSuiteHarness } from '../support/suite.js';
import { type LookupHarness, startLookupHarness } from './support.js';

describe('audience and pixel look-ups', () => {
  let h: LookupHarness;
  useSuiteHarness(startLookupHarness, (started) => {
    h = started.h;
  });

  it('list_tiktok_custom_audiences: id, name, type, size, validity, and whether it can be targeted', async () => {
    const { status, body } = await h.call(h.single, 'list_tiktok_custom_audiences');
    expect(status).toBe(200);
    const byId = Object.fromEntries(
      body.data.structured.audiences.map((a: { audience_id: string }) => [a.audience_id, a]),
    );
    expect(byId[AUDIENCE_IDS.US_CUSTOMERS]).toMatchObject({
      type: 'Customer File',
      size: 25_000,
      is_valid: true,
      usable: true,
    });
    expect(byId[AUDIENCE_IDS.US_PROCESSING]).toMatchObject({ is_valid: false, usable: false });
    expect(byId[AUDIENCE_IDS.US_TOO_SMALL]).toMatchObject({
      size: 420,
      usable: false,
      note: expect.stringContaining('too small'),
    });
    expect(body.data.text).toContain(
      `| US customers | ${AUDIENCE_IDS.US_CUSTOMERS} | Customer File | 25,000 | yes | no | yes | - |`,
    );
    expect(body.data.text).toContain('2 of the 4 listed can be targeted now');
  });

  it('list_tiktok_custom_audiences follows every page of a long list', async () => {
    const { body } = await h.call(h.agency, 'list_tiktok_custom_audiences');
    expect(body.data.structured).toMatchObject({
      total: AGENCY_SIZES.AUDIENCES,
      returned: AGENCY_SIZES.AUDIENCES,
      truncated: false,
    });
    expect(
      new Set(body.data.structured.audiences.map((a: { audience_id: string }) => a.audience_id)).size,
    ).toBe(AGENCY_SIZES.AUDIENCES);
    expect(h.emulator.state.requestCount('/dmp/custom_audience/list/')).toBe(3);
    expect(body.data.structured.audiences.some((a: { is_expiring: boolean }) => a.is_expiring)).toBe(true);
  });

  it('list_tiktok_pixels: the numeric Pixel ID, exact above 2^53, beside the Pixel Code, with events', async () => {
    const { status, body } = await h.call(h.single, 'list_tiktok_pixels');
    expect(status).toBe(200);
    const store = body.data.structured.pixels.find(
      (p: { pixel_code: string }) => p.pixel_code === PIXEL_CODES.US,
    );
    expect(store).toMatchObject({
      pixel_id: PIXEL_IDS.US,
      pixel_name: 'Acme US store',
      optimization_events: ['SHOPPING', 'ON_WEB_CART', 'ON_WEB_REGISTER', 'FORM'],
    });
    expect(store.events[0]).toEqual({
      name: 'Complete Payment',
      event_type: 'COMPLETE_PAYMENT',
      optimization_event: 'SHOPPING',
      deprecated: false,
    });
    expect(body.data.text).toContain(
      '| Pixel | pixel_id (use this) | Pixel Code (not for pixel_id) | Optimisation events |',
    );
    expect(body.data.text).toContain(
      `| Acme US store | ${PIXEL_IDS.US} | ${PIXEL_CODES.US} | SHOPPING, ON_WEB_CART, ON_WEB_REGISTER, FORM |`,
    );
  });

  it('list_tiktok_pixels follows every page of a long list', async () => {
    const { body } = await h.call(h.agency, 'list_tiktok_pixels');
    expect(body.data.structured).toMatchObject({
      total: AGENCY_SIZES.PIXELS,
      returned: AGENCY_SIZES.PIXELS,
      truncated: false,
    });
    expect(new Set(body.data.structured.pixels.map((p: { pixel_id: string }) => p.pixel_id)).size).toBe(
      AGENCY_SIZES.PIXELS,
    );
    // 20 per page, TikTok's maximum for /pixel/list/ (SDK yml_files/pixel_list.yml).
    expect(h.emulator.state.requestCount('/pixel/list/')).toBe(Math.ceil(AGENCY_SIZES.PIXELS / 20));
  });
});
