/** Identity, status, what is promoted (promotion type, app, operating system). Reference 4.1. */
import {
  DEFAULT_OPERATION_STATUS,
  NO_PROMOTION_TYPE,
  OS_FOR_PROMOTION,
  PROMOTION_FOR_OS,
} from '../defaults.js';
import { objectiveLabel } from '../enums.js';
import type { BodyBuilder } from './builder.js';

export function buildIdentity(b: BodyBuilder): void {
  const { args, facts, objective } = b;
  if (args.objective === undefined) {
    b.applied(
      'objective',
      objective,
      `taken from campaign ${facts.campaign.campaign_id}, whose objective is ${objectiveLabel(objective)}`,
    );
  }
  b.put('advertiser_id', facts.advertiser.advertiser_id);
  b.put('campaign_id', args.campaign_id);
  b.put('adgroup_name', args.adgroup_name);
  b.put(
    'operation_status',
    args.operation_status ??
      b.applied(
        'operation_status',
        DEFAULT_OPERATION_STATUS,
        'the ad group delivers once it has approved ads',
      ),
  );
}

function appPromotionType(b: BodyBuilder): string | undefined {
  const system = b.s.operatingSystems[0];
  if (b.args.promotion_type) return b.args.promotion_type;
  if (!system) return undefined;
  return b.applied(
    'promotion_type',
    PROMOTION_FOR_OS[system],
    `follows operating_systems ['${system}'] of this app ad group`,
  );
}

/**
 * TikTok has no WEBSITE promotion type for lead generation: leads on the advertiser's website are
 * `promotion_type: LEAD_GENERATION` with `promotion_target_type: EXTERNAL_WEBSITE`; an instant form
 * is LEAD_GENERATION alone (TikTok's "Create Search Ads Campaigns" guide, id 1815394136739841).
 */
function leadGenerationPromotion(b: BodyBuilder): void {
  if (b.args.promotion_type === 'WEBSITE') {
    b.put('promotion_type', 'LEAD_GENERATION');
    b.put(
      'promotion_target_type',
      b.applied(
        'promotion_target_type',
        'EXTERNAL_WEBSITE',
        "promotion_type WEBSITE is TikTok's promotion_type LEAD_GENERATION with promotion_target_type EXTERNAL_WEBSITE: leads collected on your website",
      ),
    );
    return;
  }
  b.put(
    'promotion_type',
    b.applied(
      'promotion_type',
      'LEAD_GENERATION',
      "TikTok's promotion type for lead-generation ad groups (an instant form)",
    ),
  );
}

export function buildPromotion(b: BodyBuilder): void {
  const { args, objective, s } = b;
  const systems = s.operatingSystems;
  let operatingSystems: string[] | undefined = systems.length === 1 ? systems : undefined;
  if (objective === 'APP_PROMOTION') b.put('promotion_type', appPromotionType(b));
  else if (objective === 'LEAD_GENERATION') leadGenerationPromotion(b);
  else if (args.promotion_type) b.put('promotion_type', args.promotion_type);
  else if (!NO_PROMOTION_TYPE.includes(objective)) {
    b.put(
      'promotion_type',
      b.applied(
        'promotion_type',
        'WEBSITE',
        `the promotion type of a ${objective} ad group that promotes a website`,
      ),
    );
  }
  const promoted = args.promotion_type ? OS_FOR_PROMOTION[args.promotion_type] : undefined;
  if (promoted && systems.length === 0) {
    operatingSystems = b.applied(
      'operating_systems',
      [promoted],
      `follows promotion_type ${args.promotion_type} (TikTok needs the one operating system of the promoted app)`,
    );
  }
  b.put('operating_systems', operatingSystems);
  b.put('app_id', args.app_id);
  if (args.app_id === undefined && objective !== 'APP_PROMOTION' && promoted) {
    b.warn(
      `promotion_type ${args.promotion_type} promotes an app, but no app_id was given; TikTok may ask for it (app_id).`,
    );
  }
}
