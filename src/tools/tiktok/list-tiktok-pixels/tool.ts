/**
 * `list_tiktok_pixels`: the advertiser's pixels (`/pixel/list/`, every page), with the numeric
 * Pixel ID beside the Pixel Code and each pixel's optimisation events. add_tiktok_ad_group wants
 * the numeric id; the code is what Ads Manager shows first, hence the confusion this settles.
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import { listPixelsPage, PIXEL_PAGE_SIZE, type Pixel } from '../../../tiktok/lookups.js';
import type { ToolServices } from '../../services.js';
import { advertiserIdField } from '../advertiser-field.js';
import { listFacts, listTable } from '../markdown.js';
import { collectAccountList } from '../paging.js';

const schema = z.strictObject({ advertiser_id: advertiserIdField() });

interface PixelRow {
  /** Numeric: what add_tiktok_ad_group's `pixel_id` takes. */
  pixel_id: string;
  /** Alphanumeric: not accepted as `pixel_id`. */
  pixel_code: string | null;
  pixel_name: string;
  events: Array<{
    name: string | null;
    event_type: string | null;
    optimization_event: string | null;
    deprecated: boolean;
  }>;
  /** The values add_tiktok_ad_group's `optimization_event` accepts with this pixel (deprecated events left out). */
  optimization_events: string[];
}

function toRow(pixel: Pixel): PixelRow {
  const events = (Array.isArray(pixel.events) ? pixel.events : []).map((event) => ({
    name: event.name ?? null,
    event_type: event.event_type ?? null,
    optimization_event: event.optimization_event ?? null,
    // Each event says whether it "has been deprecated" (BB `model/pixel/pixel.go` `Event.Deprecated`).
    deprecated: event.deprecated === true,
  }));
  return {
    pixel_id: String(pixel.pixel_id),
    pixel_code: pixel.pixel_code ?? null,
    pixel_name: pixel.pixel_name ?? '',
    events,
    optimization_events: [
      ...new Set(
        events
          .filter((e) => !e.deprecated)
          .map((e) => e.optimization_event)
          .filter((e): e is string => e !== null),
      ),
    ],
  };
}

export const listTikTokPixels: ToolDefinition<typeof schema, ToolServices> = {
  name: 'list_tiktok_pixels',
  category: 'TikTok Ads Read',
  summary: 'List the TikTok pixels of an advertiser: numeric Pixel ID, Pixel Code and optimisation events',
  description: [
    "Lists the advertiser's TikTok pixels with the numeric **Pixel ID** beside the alphanumeric **Pixel Code**,",
    "and each pixel's events with the optimisation event they stand for.",
    '',
    "add_tiktok_ad_group's `pixel_id` takes the numeric Pixel ID (e.g. '1776777769'), never the Pixel Code",
    "(e.g. 'CQ1USPIXEL0000000001'); its `optimization_event` must be one of that pixel's optimisation events.",
    '',
    `Every page of TikTok's list is read, up to 1,000 pixels; the answer says when the list was cut.`,
    'Counts as one tool call.',
  ].join('\n'),
  readOnly: true,
  billable: true,
  schema,
  example: {},

  async run(args, ctx) {
    const { account, collected } = await collectAccountList(
      ctx,
      args.advertiser_id,
      listPixelsPage,
      PIXEL_PAGE_SIZE,
    );
    const rows = collected.items.map(toRow);
    const intro =
      `**${account.name}** (advertiser_id ${account.advertiserId}) has ${collected.total} ` +
      `${collected.total === 1 ? 'pixel' : 'pixels'}. Use the numeric \`pixel_id\`, not the Pixel Code.`;
    const table = listTable(
      { ...collected, items: rows },
      {
        noun: 'pixels',
        headers: ['Pixel', 'pixel_id (use this)', 'Pixel Code (not for pixel_id)', 'Optimisation events'],
        row: (r) => [r.pixel_name, r.pixel_id, r.pixel_code, r.optimization_events.join(', ')],
      },
    );
    const first = rows[0];
    const next = first
      ? `Next: add_tiktok_ad_group with \`"pixel_id": "${first.pixel_id}"\`${
          first.optimization_events[0]
            ? ` and \`"optimization_event": "${first.optimization_events[0]}"\``
            : ''
        } (a website-conversions campaign).`
      : 'Create a pixel in TikTok Ads Manager (Assets → Events) to optimise for website conversions.';
    return {
      text: [intro, table, next].join('\n\n'),
      structured: { advertiser_id: account.advertiserId, ...listFacts(collected), pixels: rows },
    };
  },
};
