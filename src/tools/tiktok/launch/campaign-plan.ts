/**
 * Everything a campaign launch checks and builds before its first TikTok call: the campaign body,
 * the ad group (through the ad-group domain, all its rules), the images, the identity and the ad's
 * creative. Every problem of every step is collected and reported at once.
 */
import type { ResolvedAccount, ToolContext } from '../../../core/tool.js';
import { dailyBudgetRange, formatMoney } from '../../../domain/currency.js';
import {
  type AdGroupFacts,
  PENDING_CAMPAIGN_ID,
  planAdGroup,
  TIKTOK_OBJECTIVE,
} from '../../../domain/launch/adgroup-step.js';
import { creativeIssues, MAX_CAROUSEL_IMAGES, onTikTok } from '../../../domain/launch/creative.js';
import type { ArgumentIssue } from '../../../errors.js';
import type { ToolServices } from '../../services.js';
import { advertiserDetails } from '../advertiser-details.js';
import type { CreateTikTokCampaignArgs } from '../create-tiktok-campaign/schema.js';
import { type CarouselCard, cardTypeIssues, findCard } from './cards.js';
import { type ChosenIdentity, listAllIdentities, pickIdentity } from './identity.js';
import { bundleImages, type ImageLookup, libraryImages, type PreparedImage } from './images.js';

type Context = ToolContext<ToolServices>;
type Partial<T> = { [K in keyof T]?: T[K] };

/** Launch argument → the ad-group argument it becomes. */
const AD_GROUP_NAMES: Record<string, string> = {
  target_age_groups: 'age_groups',
  target_gender: 'gender',
  target_locations: 'location_ids',
  budget_daily: 'budget',
  schedule_end_time: 'schedule_end_time',
};
const SAME_NAME = [
  'objective',
  'languages',
  'operating_systems',
  'audience_ids',
  'excluded_audience_ids',
  'interest_category_ids',
  'pixel_id',
  'optimization_event',
  'placement_type',
  'placements',
  'app_id',
  'comment_disabled',
  'video_download_disabled',
] as const;

/** The creative arguments of the image campaign; one of them is required. */
export const IMAGE_SOURCES = ['asset_bundle_id', 'existing_image_ids', 'tiktok_item_id', 'card_id'];

/** Rules across fields that need no I/O; `sources` are the creative arguments of the tool. */
export function launchRules(
  args: Partial<CreateTikTokCampaignArgs> & Record<string, unknown>,
  sources: string[] = IMAGE_SOURCES,
): ArgumentIssue[] {
  const issues: ArgumentIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, code: 'invalid_combination', message });
  if ((args.budget_daily === undefined) === (args.budget_lifetime === undefined)) {
    add('budget_daily', 'Give exactly one of budget_daily and budget_lifetime.');
  }
  if (args.budget_lifetime !== undefined && args.schedule_end_time === undefined) {
    add(
      'schedule_end_time',
      'A lifetime budget needs schedule_end_time: TikTok spreads it over the schedule.',
    );
  }
  const given = sources.filter((field) => args[field] !== undefined);
  if (given.length !== 1) {
    const names = `${sources.slice(0, -1).join(', ')} or ${sources.at(-1)}`;
    add(
      sources[0] as string,
      `Give exactly one creative: ${names}${given.length > 1 ? ` (got ${given.join(', ')})` : ''}.`,
    );
  }
  issues.push(...cardTypeIssues(args));
  if (args.objective === 'APP_PROMOTION' && args.app_id === undefined)
    add('app_id', 'APP_PROMOTION needs app_id.');
  issues.push(...creativeIssues(args, args.tiktok_item_id !== undefined));
  return issues;
}

export interface LaunchPlan {
  account: ResolvedAccount;
  campaignBody: Record<string, unknown>;
  adgroupBody: Record<string, unknown>;
  images: PreparedImage[];
  identity: ChosenIdentity | undefined;
  carousel: boolean;
  /** The carousel card of `card_id`: its images, music and default call to action. */
  card?: CarouselCard | undefined;
}

export function campaignBody(args: CreateTikTokCampaignArgs, advertiserId: string): Record<string, unknown> {
  const cbo = args.budget_optimize_on === true;
  const objective = args.objective ?? 'TRAFFIC';
  const body: Record<string, unknown> = {
    advertiser_id: advertiserId,
    campaign_name: args.campaign_name,
    objective_type: TIKTOK_OBJECTIVE[objective],
    budget_optimize_on: cbo,
    budget_mode: cbo
      ? args.budget_lifetime !== undefined
        ? 'BUDGET_MODE_TOTAL'
        : 'BUDGET_MODE_DAY'
      : 'BUDGET_MODE_INFINITE',
    // Paused until the ad exists: a launch that stops midway never spends.
    operation_status: 'DISABLE',
  };
  if (cbo) body.budget = args.budget_daily ?? args.budget_lifetime;
  if (objective === 'APP_PROMOTION') body.app_promotion_type = args.app_promotion_type ?? 'APP_INSTALL';
  return body;
}

function adGroupArgs(args: CreateTikTokCampaignArgs): Record<string, unknown> {
  const out: Record<string, unknown> = {
    campaign_id: PENDING_CAMPAIGN_ID,
    adgroup_name: `${args.campaign_name} - ad group`.slice(0, 512),
    budget: args.budget_daily ?? args.budget_lifetime,
    budget_mode: args.budget_lifetime !== undefined ? 'BUDGET_MODE_TOTAL' : 'BUDGET_MODE_DAY',
    location_ids: args.target_locations ?? ['6252001'],
    operation_status: 'DISABLE',
  };
  if (args.schedule_end_time !== undefined) {
    out.schedule_end_time = args.schedule_end_time;
    out.schedule_type = 'SCHEDULE_START_END';
  }
  if (args.target_age_groups !== undefined) out.age_groups = args.target_age_groups;
  if (args.target_gender !== undefined) out.gender = args.target_gender;
  for (const field of SAME_NAME) if (args[field] !== undefined) out[field] = args[field];
  return out;
}

function adGroupFacts(
  args: CreateTikTokCampaignArgs,
  campaign: Record<string, unknown>,
  account: ResolvedAccount,
  details: { currency: string; timezone: string },
  now: Date,
): AdGroupFacts {
  return {
    campaign: {
      campaign_id: PENDING_CAMPAIGN_ID,
      objective_type: String(campaign.objective_type),
      budget_optimize_on: campaign.budget_optimize_on === true,
      budget_mode: String(campaign.budget_mode),
      ...(typeof campaign.budget === 'number' ? { budget: campaign.budget } : {}),
      campaign_name: args.campaign_name,
    },
    advertiser: {
      advertiser_id: account.advertiserId,
      currency: details.currency,
      timezone: details.timezone,
      name: account.name,
    },
    now,
  };
}

const names = Object.fromEntries([
  ...Object.entries(AD_GROUP_NAMES).map(([launch, group]) => [group, launch]),
  ...SAME_NAME.map((field) => [field, field]),
  ['budget_mode', 'budget_lifetime'],
]);

/** The images of the creative argument given: a bundle, library ids, or a carousel card's. */
async function creativeImages(
  ctx: Context,
  account: ResolvedAccount,
  args: CreateTikTokCampaignArgs,
): Promise<ImageLookup | { images: PreparedImage[]; card: CarouselCard }> {
  if (args.asset_bundle_id !== undefined) return bundleImages(ctx, account, args.asset_bundle_id);
  if (args.existing_image_ids !== undefined) {
    return libraryImages(ctx, account, args.existing_image_ids, 'existing_image_ids');
  }
  if (args.card_id !== undefined) {
    const found = await findCard(ctx, account, args.card_id);
    return 'issue' in found ? found : { images: found.card.images, card: found.card };
  }
  return { images: [] };
}

/**
 * With budget optimisation the budget sits on the campaign, so TikTok's campaign range applies
 * (doc 1737585839634433, src/domain/currency.ts): at least 50 a day (x the currency's ratio).
 */
function campaignBudgetIssues(args: CreateTikTokCampaignArgs, currency: string): ArgumentIssue[] {
  if (args.budget_optimize_on !== true) return [];
  const range = dailyBudgetRange(currency, 'campaign');
  if (!range) return [];
  const daily = args.budget_daily;
  const lifetime = args.budget_lifetime;
  const money = (value: number) => formatMoney(value, currency);
  if (daily !== undefined && daily < range.min) {
    return [
      {
        path: 'budget_daily',
        code: 'too_small',
        message: `With budget_optimize_on the budget is the campaign's, and TikTok's campaign minimum is ${money(range.min)} a day; ${money(daily)} is too low. Raise budget_daily, or turn budget_optimize_on off to budget the ad group (its minimum is lower).`,
      },
    ];
  }
  const budget = daily ?? lifetime;
  if (budget !== undefined && budget >= range.maxExclusive) {
    return [
      {
        path: daily !== undefined ? 'budget_daily' : 'budget_lifetime',
        code: 'too_large',
        message: `TikTok's campaign budget must be under ${money(range.maxExclusive)}.`,
      },
    ];
  }
  return [];
}

/**
 * The passed fields of a launch call with stand-ins for those that failed on their own (and a
 * budget when none passed), so that the steps' own checks can run on the rest.
 */
export function withStandIns<
  T extends { budget_daily?: number | undefined; budget_lifetime?: number | undefined },
>(passed: T, more: Record<string, string> = {}) {
  const budget =
    passed.budget_lifetime === undefined ? { budget_daily: passed.budget_daily ?? 1_000_000 } : {};
  return {
    campaign_name: 'x',
    ad_text: 'x',
    landing_page_url: 'https://x.example',
    ...more,
    ...passed,
    ...budget,
  };
}

/** The whole plan, or every problem found. */
export async function planLaunch(
  ctx: Context,
  args: CreateTikTokCampaignArgs,
  options: { video?: boolean } = {},
): Promise<{ plan?: LaunchPlan; issues: ArgumentIssue[] }> {
  const account = await ctx.accounts.resolve(args.advertiser_id);
  const details = await advertiserDetails(ctx, account);
  const campaign = campaignBody(args, account.advertiserId);
  const group = planAdGroup(
    adGroupArgs(args),
    adGroupFacts(args, campaign, account, details, ctx.clock.now()),
    names,
  );
  const issues = [...group.issues, ...campaignBudgetIssues(args, details.currency)];

  let images: PreparedImage[] = [];
  let card: CarouselCard | undefined;
  const lookup = await creativeImages(ctx, account, args);
  if ('issue' in lookup) issues.push(lookup.issue);
  else {
    images = lookup.images;
    card = 'card' in lookup ? lookup.card : undefined;
  }
  if (images.length > MAX_CAROUSEL_IMAGES) {
    issues.push({
      path: 'asset_bundle_id',
      code: 'too_many',
      message: `A carousel shows at most ${MAX_CAROUSEL_IMAGES} images; this has ${images.length}.`,
    });
  }

  const spark = args.tiktok_item_id !== undefined;
  const picked = pickIdentity(await listAllIdentities(ctx, account), {
    display_name: args.display_name,
    spark,
  });
  if (picked && 'path' in picked) issues.push(picked);
  if (issues.length > 0 || !group.request) return { issues };
  const body = group.request.body;
  return {
    issues: [],
    plan: {
      account,
      campaignBody: campaign,
      adgroupBody: body,
      images,
      identity: picked && !('path' in picked) ? picked : undefined,
      carousel:
        card !== undefined || (!spark && !options.video && onTikTok(body.placement_type, body.placements)),
      card,
    },
  };
}
