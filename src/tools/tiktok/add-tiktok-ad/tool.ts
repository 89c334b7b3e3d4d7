/**
 * `add_tiktok_ad`: an ad in an existing ad group, as a recorded launch: read the ad group → upload
 * the images (from `image_urls`) → identity → carousel music → the ad → read it back. The ad group's
 * status is left as it is.
 */
import type { ResolvedAccount, ToolContext, ToolDefinition } from '../../../core/tool.js';
import { buildCreative, type CreativeSource, onTikTok } from '../../../domain/launch/creative.js';
import { type ArgumentIssue, invalidArguments } from '../../../errors.js';
import { type Ad, type DeliveryFilter, listAdGroupsPage, listAdsPage } from '../../../tiktok/delivery.js';
import type { ToolServices } from '../../services.js';
import { onAccount } from '../account-calls.js';
import { dryRunAnswer, launchAnswer } from '../launch/answer.js';
import { type CarouselCard, findCard } from '../launch/cards.js';
import { launchFailure } from '../launch/failure.js';
import { type ChosenIdentity, identityStep, listAllIdentities, pickIdentity } from '../launch/identity.js';
import { libraryImages, type PreparedImage } from '../launch/images.js';
import { Launch } from '../launch/runner.js';
import { adStep, musicStep } from '../launch/steps.js';
import { uploadStep } from '../launch/uploads.js';
import { coverStep, libraryVideo, type UploadedVideo } from '../launch/video.js';
import { type AddTikTokAdArgs, addTikTokAdRules, addTikTokAdSchema } from './schema.js';

type Context = ToolContext<ToolServices>;
const TOOL = 'add_tiktok_ad';

interface Plan {
  account: ResolvedAccount;
  group: Record<string, unknown>;
  /** The ad's images; with a video, its cover (or none: the frame TikTok extracted). */
  images: PreparedImage[];
  identity: ChosenIdentity | undefined;
  tiktok: boolean;
  card?: CarouselCard | undefined;
  video?: UploadedVideo | undefined;
}

async function findAdGroup(ctx: Context, account: ResolvedAccount, id: string) {
  const filter: DeliveryFilter = { adgroupIds: [id] };
  const { items } = await onAccount(ctx, account, () =>
    listAdGroupsPage(ctx.services.tiktok, account.accessToken, account.advertiserId, filter, 1, 10),
  );
  return items.find((group) => String(group.adgroup_id) === id);
}

/** SINGLE_IMAGE asked for where TikTok does not take it. */
function formatIssue(args: AddTikTokAdArgs, tiktok: boolean): ArgumentIssue | undefined {
  const count = args.image_ids?.length ?? args.image_urls?.length ?? 0;
  if (args.ad_format !== 'SINGLE_IMAGE' || (!tiktok && count === 1)) return undefined;
  return {
    path: 'ad_format',
    code: 'invalid_value',
    message: tiktok
      ? 'TikTok\u2019s in-feed placement takes no single image ("For in-feed ads on TikTok, set this field to SINGLE_VIDEO"); leave ad_format out to run the images as a carousel.'
      : 'SINGLE_IMAGE takes exactly one image.',
  };
}

/** The carousel card or library video named in the arguments, read before anything is sent. */
async function cardOrVideo(ctx: Context, account: ResolvedAccount, args: AddTikTokAdArgs) {
  const issues: ArgumentIssue[] = [];
  let card: CarouselCard | undefined;
  let video: UploadedVideo | undefined;
  if (args.card_id !== undefined) {
    const found = await findCard(ctx, account, args.card_id);
    if ('issue' in found) issues.push(found.issue);
    else card = found.card;
  }
  if (args.video_id !== undefined) {
    const found = await libraryVideo(ctx, account, args.video_id);
    if ('issue' in found) issues.push(found.issue);
    else video = found.video;
  }
  return { issues, card, video };
}

async function plan(ctx: Context, args: AddTikTokAdArgs): Promise<{ plan?: Plan; issues: ArgumentIssue[] }> {
  const account = await ctx.accounts.resolve(args.advertiser_id);
  const issues: ArgumentIssue[] = [];
  const group = await findAdGroup(ctx, account, args.adgroup_id);
  if (!group) {
    issues.push({
      path: 'adgroup_id',
      code: 'not_found',
      message: `Ad group ${args.adgroup_id} does not exist in advertiser ${account.name} (${account.advertiserId}).`,
    });
  }
  const lookup = args.image_ids
    ? await libraryImages(ctx, account, args.image_ids, 'image_ids')
    : { images: [] };
  if ('issue' in lookup) issues.push(lookup.issue);
  const images: PreparedImage[] = 'images' in lookup ? lookup.images : [];
  const picked = pickIdentity(await listAllIdentities(ctx, account), {
    identity_id: args.identity_id,
    identity_type: args.identity_type,
    display_name: args.display_name,
    spark: args.tiktok_item_id !== undefined,
  });
  if (picked && 'path' in picked) issues.push(picked);
  const media = await cardOrVideo(ctx, account, args);
  issues.push(...media.issues);
  const tiktok = group ? onTikTok(group.placement_type, group.placements) : true;
  const format = formatIssue(args, tiktok);
  if (format) issues.push(format);
  if (issues.length > 0 || !group) return { issues };
  return {
    issues: [],
    plan: {
      account,
      group,
      images: media.card?.images ?? images,
      identity: picked && !('path' in picked) ? picked : undefined,
      tiktok,
      card: media.card,
      video: media.video,
    },
  };
}

function adName(args: AddTikTokAdArgs, plan: Plan, launch: Launch | undefined): string {
  if (args.ad_name) return args.ad_name;
  const suffix = launch ? launch.requestId('ad').slice(-6) : '<id>';
  return `${String(plan.group.adgroup_name ?? 'ad group')} - ad ${suffix}`.slice(0, 512);
}

function creative(
  args: AddTikTokAdArgs,
  plan: Plan,
  source: CreativeSource,
  identity: ChosenIdentity,
  musicId: string | undefined,
  name: string,
) {
  const input = { ...args, call_to_action: args.call_to_action ?? plan.card?.call_to_action };
  return buildCreative(input, source, identity, {
    tiktokPlacement: plan.tiktok || args.ad_format === 'CAROUSEL_ADS' || plan.card !== undefined,
    musicId,
    adName: name,
  });
}

function imageSource(args: AddTikTokAdArgs, images: PreparedImage[]): CreativeSource {
  return args.tiktok_item_id !== undefined
    ? { kind: 'spark', itemId: args.tiktok_item_id }
    : { kind: 'images', imageIds: images.map((image) => image.image_id) };
}

/** A video ad's source: the cover given in image_ids, or the frame TikTok extracted, uploaded. */
async function videoSource(
  ctx: Context,
  p: Plan,
  video: UploadedVideo,
  launch: Launch,
): Promise<CreativeSource> {
  const given = p.images[0];
  const cover = given ?? (await coverStep(ctx, p.account, launch, video, undefined));
  return { kind: 'video', videoId: video.video_id, coverImageId: cover.image_id };
}

async function run(ctx: Context, args: AddTikTokAdArgs, p: Plan, launch: Launch) {
  const { account } = p;
  let images = p.images;
  for (const [index, url] of (args.image_urls ?? []).entries()) {
    const outcome = await uploadStep(ctx, account, launch, url, index);
    if (!outcome.image)
      throw invalidArguments([
        {
          path: `image_urls.${index}`,
          code: 'platform_rejected',
          message: `TikTok could not use this image: ${outcome.error}`,
        },
      ]);
    images = [...images, { image_id: outcome.image.image_id, image_url: outcome.image.image_url }];
  }
  const identity = await identityStep(
    ctx,
    account,
    launch,
    { display_name: args.display_name, spark: args.tiktok_item_id !== undefined },
    p.identity,
  );
  const carousel =
    p.card !== undefined ||
    (args.tiktok_item_id === undefined && !p.video && (p.tiktok || images.length > 1));
  const urls = images.map((image) => image.image_url).filter((url): url is string => typeof url === 'string');
  const source = p.video ? await videoSource(ctx, p, p.video, launch) : imageSource(args, images);
  // A carousel card carries the music TikTok recommended for its images.
  const musicId = p.card?.music_id ?? (carousel ? await musicStep(ctx, account, launch, urls) : undefined);
  const adgroupId = String(p.group.adgroup_id);
  const adIds = await adStep(
    ctx,
    account,
    launch,
    adgroupId,
    creative(args, p, source, identity, musicId, adName(args, p, launch)),
  );
  const readBack = await launch.step<Ad[]>({
    name: 'read_back',
    label: 'Read the new ad back',
    run: async () => {
      const page = await onAccount(ctx, account, () =>
        listAdsPage(ctx.services.tiktok, account.accessToken, account.advertiserId, { adIds }, 1, 20),
      );
      return page.items;
    },
  });
  return { identity, adIds, adgroupId, readBack };
}

export const addTikTokAd: ToolDefinition<typeof addTikTokAdSchema, ToolServices> = {
  name: TOOL,
  category: 'TikTok Ads Write',
  summary: 'Add a new ad to an existing TikTok ad group',
  description: [
    'Adds an ad to an ad group that exists: images (`image_ids` from the library, or `image_urls` that TikTok',
    'downloads), or a Spark Ad (`tiktok_item_id`, an existing TikTok post). On the TikTok placement images run as a',
    'carousel with music TikTok recommends (TikTok takes no single-image in-feed ad). The identity is resolved as',
    'TikTok requires unless given: a custom identity with the ad\u2019s display name (created when missing), or for',
    'Spark a TikTok account identity (list_tiktok_identities).',
    '',
    'Everything is checked before the first TikTok call and every problem is reported at once; `dry_run: true` shows',
    'the bodies. The ad is read back after it is made. A retry with the same `idempotency_key` never makes a second ad.',
  ].join('\n'),
  readOnly: false,
  billable: true,
  schema: addTikTokAdSchema,
  rules: addTikTokAdRules,
  isDryRun: (args) => args.dry_run === true,
  example: {
    adgroup_id: '1790000000900001',
    ad_text: 'New spring styles',
    landing_page_url: 'https://example.com/spring',
    display_name: 'Acme',
    image_ids: ['ad-site-i18n-sg/202600000000000001'],
  },

  async factIssues(passed, ctx) {
    if (passed.adgroup_id === undefined) return [];
    const standIns = { ad_text: 'x', landing_page_url: 'https://x.example' };
    const full = addTikTokAdSchema.safeParse({ ...standIns, ...passed });
    return full.success ? (await plan(ctx, full.data)).issues : [];
  },

  async run(args, ctx) {
    const planned = await plan(ctx, args);
    if (!planned.plan) throw invalidArguments(planned.issues);
    const p = planned.plan;
    if (args.dry_run) {
      const identity = p.identity ?? { identity_type: 'CUSTOMIZED_USER', identity_id: '<identity_id>' };
      const images = p.images.length
        ? p.images
        : (args.image_urls ?? []).map((_, i) => ({ image_id: `<image_id ${i + 1}>` }));
      const source: CreativeSource = p.video
        ? {
            kind: 'video',
            videoId: p.video.video_id,
            coverImageId: p.images[0]?.image_id ?? '<cover_image_id>',
          }
        : imageSource(args, images);
      const body = creative(
        args,
        p,
        source,
        identity,
        p.card?.music_id ?? '<music_id>',
        adName(args, p, undefined),
      );
      return dryRunAnswer(TOOL, [
        {
          step: 'ad',
          method: 'POST',
          path: '/ad/create/',
          body: { advertiser_id: p.account.advertiserId, adgroup_id: args.adgroup_id, creatives: [body] },
        },
      ]);
    }
    const launch = await Launch.open(ctx, TOOL, args, (args.image_urls?.length ?? 0) + 4);
    try {
      const done = await run(ctx, args, p, launch);
      const answer = launchAnswer({
        adgroupId: done.adgroupId,
        adIds: done.adIds,
        identity: done.identity,
        launch,
        name: adName(args, p, launch),
      });
      const status = done.readBack[0]?.operation_status;
      return {
        text: answer.text.replace(': live', ': added'),
        structured: { ...answer.structured, status, ad: done.readBack[0] },
      };
    } catch (error) {
      // The ad group existed before: nothing this call made needs pausing or removing.
      throw launchFailure(error, launch, {}, TOOL, ctx.requestId);
    }
  },
};
