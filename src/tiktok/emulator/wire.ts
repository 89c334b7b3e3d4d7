/**
 * Which ids leave the emulator as unquoted JSON integers. TikTok v1.3 quotes most ids, but pixel
 * ids, and (here) the ad group ids of the big-id advertiser, come out as bare 64-bit integers
 * (reference §1.1): a client that parses with plain JSON.parse corrupts them. Internally they stay
 * strings; turning them into bigint here makes the JSON writer emit the digits raw.
 */
import type { SeedAdvertiser, SeedPixel } from './seed.js';
import type { AdGroupRecord } from './store.js';

const DIGITS = /^\d+$/;

function unquoted(id: unknown): unknown {
  return typeof id === 'string' && DIGITS.test(id) ? BigInt(id) : id;
}

export function adgroupToWire(
  record: AdGroupRecord,
  advertiser: SeedAdvertiser | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  if (advertiser?.unquotedIds) out.adgroup_id = unquoted(record.adgroup_id);
  if (record.pixel_id !== undefined) out.pixel_id = unquoted(record.pixel_id);
  return out;
}

export function pixelToWire(pixel: SeedPixel): Record<string, unknown> {
  const { advertiser_id: _advertiser, ...rest } = pixel;
  return { ...rest, pixel_id: unquoted(pixel.pixel_id) };
}
