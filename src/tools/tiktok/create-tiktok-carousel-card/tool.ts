/**
 * `create_tiktok_carousel_card` (reference tiktok-tool-family.md §4.7), mapped onto what TikTok has
 * (launch/cards.ts): the images are read back from the library (`/file/image/ad/info/`, each must
 * be carousel-usable), TikTok's carousel music for exactly these images is picked
 * (`/file/music/get/`, CAROUSEL_ADS, SEARCH_BY_RECOMMEND), and adgate keeps the card. Its
 * `card_id` (with card_type IMAGE) then makes a CAROUSEL_ADS ad in create_tiktok_campaign or
 * add_tiktok_ad. A carousel ad has one text and one landing page for all its images, so the
 * per-card lists must hold one value (repeating it is fine).
 */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { ResolvedAccount, ToolContext, ToolDefinition } from '../../../core/tool.js';
import { enumField } from '../../../domain/launch/adgroup-step.js';
import { CALL_TO_ACTIONS, creativeIssues, MAX_CAROUSEL_IMAGES } from '../../../domain/launch/creative.js';
import { AppError, type ArgumentIssue, invalidArguments } from '../../../errors.js';
import { carouselMusic, libraryInfo } from '../../../tiktok/files.js';
import type { ToolServices } from '../../services.js';
import { onAccount } from '../account-calls.js';
import { advertiserIdField } from '../advertiser-field.js';
import { httpsUrl } from '../create-tiktok-campaign/schema.js';
import { type CarouselCard, cardTypeIssues } from '../launch/cards.js';

type Context = ToolContext<ToolServices>;

const schema = z.strictObject({
  image_ids: z
    .array(z.string().min(1))
    .min(2, { message: 'A carousel needs at least 2 images.' })
    .max(MAX_CAROUSEL_IMAGES, { message: `A carousel shows at most ${MAX_CAROUSEL_IMAGES} images.` })
    .describe(
      `Library image ids (discover_tiktok_assets, upload_tiktok_images), 2 to ${MAX_CAROUSEL_IMAGES}, in display order. Each must be carousel-usable.`,
    ),
  ad_texts: z
    .array(z.string().min(1).max(100, { message: 'At most 100 characters.' }))
    .min(1)
    .optional()
    .describe(
      'The ad text. A TikTok carousel ad has one text for all its images: give one (a list repeating the same text is accepted).',
    ),
  landing_page_urls: z
    .array(httpsUrl)
    .min(1)
    .optional()
    .describe('The landing page (https://). A carousel ad has one for all its images: give one.'),
  call_to_action: z
    .string()
    .optional()
    .describe(`The button for the whole carousel, one of TikTok's values: ${CALL_TO_ACTIONS.join(', ')}.`),
  card_type: enumField('card_type', ['IMAGE', 'PRODUCT'])
    .optional()
    .describe('IMAGE (default). PRODUCT (catalog carousels) needs a product catalog and is not supported.'),
  advertiser_id: advertiserIdField(),
});
type Args = z.output<typeof schema>;

function oneValue(path: string, values: string[] | undefined, what: string): ArgumentIssue[] {
  if (!values || new Set(values).size <= 1) return [];
  return [
    {
      path,
      code: 'unsupported',
      message: `TikTok's carousel ad has one ${what} for all its images (CAROUSEL_ADS takes a single value); give one instead of ${new Set(values).size} different ones.`,
    },
  ];
}

function rules(args: Partial<Args>): ArgumentIssue[] {
  const issues: ArgumentIssue[] = [
    ...oneValue('ad_texts', args.ad_texts, 'ad text'),
    ...oneValue('landing_page_urls', args.landing_page_urls, 'landing page'),
    ...cardTypeIssues({ card_id: 'card', card_type: args.card_type }),
    ...creativeIssues({ ad_text: args.ad_texts?.[0], call_to_action: args.call_to_action }, true).map(
      (issue) => (issue.path === 'ad_text' ? { ...issue, path: 'ad_texts.0' } : issue),
    ),
  ];
  const ids = args.image_ids ?? [];
  if (new Set(ids).size !== ids.length) {
    issues.push({
      path: 'image_ids',
      code: 'invalid_value',
      message: 'Each image may appear once in a carousel.',
    });
  }
  return issues;
}

async function checkedImages(ctx: Context, account: ResolvedAccount, ids: string[]) {
  const found = await onAccount(ctx, account, () =>
    libraryInfo(ctx.services.tiktok, account.accessToken, account.advertiserId, 'image', ids),
  );
  const byId = new Map(found.map((image) => [String(image.image_id), image]));
  const missing = ids.filter((id) => !byId.has(id));
  const unusable = ids.filter((id) => byId.has(id) && byId.get(id)?.is_carousel_usable === false);
  const issues: ArgumentIssue[] = [];
  if (missing.length > 0) {
    issues.push({
      path: 'image_ids',
      code: 'not_found',
      message: `Not in this advertiser's image library: ${missing.join(', ')}. discover_tiktok_assets lists the images there.`,
    });
  }
  if (unusable.length > 0) {
    issues.push({
      path: 'image_ids',
      code: 'invalid_value',
      message: `TikTok marks these images as not usable in a carousel (is_carousel_usable false): ${unusable.join(', ')}.`,
    });
  }
  const images = ids.map((id) => {
    const image = byId.get(id);
    return { image_id: id, image_url: image?.image_url, width: image?.width, height: image?.height };
  });
  return { images, issues };
}

function cardId(ctx: Context): string {
  // With a key, a repeated call names the same card (the stored answer is replayed anyway).
  const key = ctx.idempotency?.key;
  const seed = key ? `${ctx.caller.organizationId}\n${key}` : randomBytes(16).toString('hex');
  return `card_${createHash('sha256').update(seed).digest('hex').slice(0, 24)}`;
}

export const createTikTokCarouselCard: ToolDefinition<typeof schema, ToolServices> = {
  name: 'create_tiktok_carousel_card',
  category: 'TikTok Ads Write',
  summary: 'Make a carousel card from library images, for image carousel ads',
  description: [
    'Makes a carousel card from 2 to 35 images already in the TikTok library: checks each one is there and',
    'carousel-usable, and picks the music TikTok recommends for exactly these images (a carousel ad needs it).',
    'The answer\u2019s `card_id` with `card_type: "IMAGE"` makes a carousel ad in `create_tiktok_campaign` or',
    '`add_tiktok_ad`. TikTok has no carousel-card object of its own: adgate keeps the card, and the ad is TikTok\u2019s',
    'CAROUSEL_ADS, which has one text, one landing page and one button for all its images.',
  ].join('\n'),
  readOnly: false,
  billable: true,
  schema,
  rules,
  example: { image_ids: ['ad-site-i18n-sg/202600000000000001', 'ad-site-i18n-sg/202600000000000002'] },

  async factIssues(passed, ctx) {
    if (!passed.image_ids) return [];
    const account = await ctx.accounts.resolve(passed.advertiser_id);
    return (await checkedImages(ctx, account, passed.image_ids)).issues;
  },

  async run(args, ctx) {
    const account = await ctx.accounts.resolve(args.advertiser_id);
    const { images, issues } = await checkedImages(ctx, account, args.image_ids);
    if (issues.length > 0) throw invalidArguments(issues);
    const urls = images
      .map((image) => image.image_url)
      .filter((url): url is string => typeof url === 'string');
    const musics = await onAccount(ctx, account, () =>
      carouselMusic(ctx.services.tiktok, account.accessToken, account.advertiserId, urls),
    );
    const music = musics[0];
    if (!music) {
      throw new AppError(
        'platform_rejected',
        'TikTok recommends no music for these images, and a carousel needs one.',
        {
          billable: true,
        },
      );
    }
    const card: CarouselCard = {
      card_type: 'IMAGE',
      images,
      music_id: music.music_id,
      ad_text: args.ad_texts?.[0],
      landing_page_url: args.landing_page_urls?.[0],
      call_to_action: args.call_to_action,
    };
    const id = cardId(ctx);
    await ctx.services.store.launches.insertCard({
      id,
      organization_id: ctx.caller.organizationId,
      advertiser_id: account.advertiserId,
      card: JSON.stringify(card),
      created_at: ctx.clock.now().toISOString(),
    });
    const text = [
      `## Carousel card ${id}`,
      '',
      `- Images (in order): ${images.map((image) => image.image_id).join(', ')}`,
      `- Music TikTok recommends for them: ${music.name ?? music.music_id} (${music.music_id})`,
      card.ad_text ? `- Ad text: ${card.ad_text}` : '',
      card.landing_page_url ? `- Landing page: ${card.landing_page_url}` : '',
      card.call_to_action ? `- Call to action: ${card.call_to_action}` : '',
      '',
      `Next: create_tiktok_campaign or add_tiktok_ad with card_id "${id}" and card_type "IMAGE".`,
    ].filter((line, index, all) => line !== '' || all[index - 1] !== '');
    return {
      text: text.join('\n'),
      structured: { card_id: id, advertiser_id: account.advertiserId, ...card },
    };
  },
};
