/**
 * Carousel cards (decision 3 in docs/tools/launch.md): TikTok has no carousel-card object — an image
 * carousel is one `CAROUSEL_ADS` ad with `image_ids` (1-35, in order) and a `music_id` from TikTok's
 * carousel recommender, and the `card_id` field on ads is a creative portfolio of another kind (SDK
 * `yml_files/creative_portfolio_create.yml`: CTA, CARD, DOWNLOAD_CARD, PRODUCT_CARD, stickers...,
 * no carousel type). So adgate keeps the card itself: images checked carousel-usable, the music
 * picked, per organisation and advertiser; the campaign tools and add_tiktok_ad expand a `card_id`
 * into that CAROUSEL_ADS creative.
 */
import type { ResolvedAccount, ToolContext } from '../../../core/tool.js';
import type { ArgumentIssue } from '../../../errors.js';
import type { ToolServices } from '../../services.js';
import type { PreparedImage } from './images.js';

export interface CarouselCard {
  card_type: 'IMAGE';
  images: PreparedImage[];
  music_id: string;
  ad_text?: string | undefined;
  landing_page_url?: string | undefined;
  call_to_action?: string | undefined;
}

export type CardLookup = { card: CarouselCard } | { issue: ArgumentIssue };

export async function findCard(
  ctx: ToolContext<ToolServices>,
  account: ResolvedAccount,
  cardId: string,
): Promise<CardLookup> {
  const record = await ctx.services.store.launches.getCard(ctx.caller.organizationId, cardId);
  const issue = (message: string): CardLookup => ({ issue: { path: 'card_id', code: 'not_found', message } });
  if (!record) return issue(`There is no carousel card ${cardId}; create_tiktok_carousel_card makes one.`);
  if (record.advertiser_id !== account.advertiserId) {
    return issue(
      `Carousel card ${cardId} belongs to advertiser ${record.advertiser_id}, not ${account.advertiserId}.`,
    );
  }
  return { card: JSON.parse(record.card) as CarouselCard };
}

/** `card_type` beside a `card_id`: IMAGE (the default); PRODUCT needs a catalog, which adgate does not manage. */
export function cardTypeIssues(args: {
  card_id?: string | undefined;
  card_type?: string | undefined;
}): ArgumentIssue[] {
  if (args.card_type !== undefined && args.card_id === undefined) {
    return [{ path: 'card_type', code: 'invalid_combination', message: 'card_type goes with card_id.' }];
  }
  if (args.card_type === 'PRODUCT') {
    return [
      {
        path: 'card_type',
        code: 'unsupported',
        message:
          'Product carousels are TikTok catalog ads (CATALOG_CAROUSEL) and need a product catalog, which adgate does not manage. Use card_type IMAGE.',
      },
    ];
  }
  return [];
}
