/**
 * POST /campaign/update/ and POST /adgroup/update/ (fields: rules/update-fields.ts).
 *
 * An ad group update is checked as TikTok checks the ad group it produces: the stored settings
 * with the changes applied go through the same rules as /adgroup/create/ (so a change that breaks a
 * creation rule is refused the same way), except that an unchanged start time is not held to the
 * 12-hour grace (an ad group that started long ago keeps its start). Arrays replace the stored
 * value. Deleted objects, or objects under a deleted parent, cannot be updated.
 */
import { CODES, paramError, TikTokError } from '../envelope.js';
import type { JsonValue } from '../json.js';
import { validateAdGroupCreate } from '../rules/adgroup-create.js';
import { checkCampaignBudgetRange, formatTime } from '../rules/budget-rules.js';
import { KNOWN_FIELDS } from '../rules/catalog.js';
import { adgroupStanding, campaignStanding } from '../rules/hierarchy.js';
import { ADGROUP_UPDATE_FIELDS, CAMPAIGN_UPDATE_FIELDS, MAX_NAME_LENGTH } from '../rules/update-fields.js';
import { SCOPE_IDS } from '../seed.js';
import type { CreatedAdGroup } from '../store.js';
import { adgroupToWire } from '../wire.js';
import { readId } from './params.js';
import type { EndpointContext, EndpointDef } from './types.js';

/** The body's fields the update schema lacks: refused, or dropped when the emulator ignores them. */
function unknownFields(ctx: EndpointContext, allowed: ReadonlySet<string>): string[] {
  const unknown = Object.keys(ctx.body).filter((field) => !allowed.has(field));
  if (unknown.length > 0 && ctx.settings.unknownFields === 'reject') {
    throw paramError(unknown[0] as string, 'Unknown field.');
  }
  return unknown;
}

function readName(field: string, value: JsonValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw paramError(field, 'Not a valid string.');
  if (value.length > MAX_NAME_LENGTH)
    throw paramError(field, `Longer than maximum length ${MAX_NAME_LENGTH}.`);
  return value;
}

type Campaign = NonNullable<ReturnType<EndpointContext['store']['campaign']>>;
type Advertiser = ReturnType<EndpointContext['advertiser']>;

/** A new campaign budget: not on an unlimited campaign, and at least TikTok's floor in its currency. */
function readCampaignBudget(
  campaign: Campaign,
  advertiser: Advertiser,
  budget: JsonValue | undefined,
): number | undefined {
  if (budget === undefined) return undefined;
  if (typeof budget !== 'number' || !Number.isFinite(budget))
    throw paramError('budget', 'Not a valid number.');
  if (campaign.budget_mode === 'BUDGET_MODE_INFINITE') {
    throw paramError(
      'budget',
      'The campaign has no budget limit (BUDGET_MODE_INFINITE); a budget cannot be set on it.',
    );
  }
  checkCampaignBudgetRange(advertiser.currency, String(campaign.budget_mode), budget);
  return budget;
}

/** SDK-OLD (reference §4.2): special industries can be cleared, never newly added. */
function readIndustries(campaign: Campaign, industries: JsonValue | undefined): string[] | undefined {
  if (industries === undefined) return undefined;
  if (!Array.isArray(industries)) throw paramError('special_industries', 'Not a valid list.');
  const added = industries.filter((v) => !campaign.special_industries.includes(String(v)));
  if (added.length > 0) {
    throw paramError(
      'special_industries',
      `Special industries can only be removed after creation; ${String(added[0])} is new.`,
    );
  }
  return industries.map(String);
}

export const campaignUpdate: EndpointDef = {
  method: 'POST',
  path: '/campaign/update/',
  scope: SCOPE_IDS.ADS_MANAGEMENT,
  handle(ctx) {
    const advertiser = ctx.advertiser('advertiser_id', ctx.body.advertiser_id);
    const ignored = unknownFields(ctx, CAMPAIGN_UPDATE_FIELDS);
    const id = readId('campaign_id', ctx.body.campaign_id);
    const campaign = ctx.store.campaign(id);
    if (!campaign || campaign.advertiser_id !== advertiser.advertiser_id) {
      throw new TikTokError(
        CODES.NOT_FOUND,
        `campaign_id: Campaign ${id} does not exist under advertiser ${advertiser.advertiser_id}.`,
      );
    }
    if (campaignStanding(campaign).deleted) {
      throw paramError('campaign_id', `Campaign ${id} has been deleted and cannot be modified.`);
    }
    const name = readName('campaign_name', ctx.body.campaign_name);
    const budget = readCampaignBudget(campaign, advertiser, ctx.body.budget);
    const industries = readIndustries(campaign, ctx.body.special_industries);
    if (industries !== undefined) campaign.special_industries = industries;
    if (name !== undefined) campaign.campaign_name = name;
    if (budget !== undefined) campaign.budget = budget;
    campaign.modify_time = formatTime(ctx.now.getTime());
    ctx.store.recordUpdate({ path: '/campaign/update/', ids: [id], body: ctx.body, ignoredFields: ignored });
    return { ...campaign };
  },
};

/** The ad group's settings as a create body: the body it was created with, else its saved fields. */
function settingsOf(group: CreatedAdGroup): Record<string, JsonValue> {
  if (!group.seeded && Object.keys(group.body).length > 0) return { ...group.body };
  const out: Record<string, JsonValue> = {};
  for (const [field, value] of Object.entries(group.saved)) {
    if (KNOWN_FIELDS.has(field) && value !== undefined) out[field] = value as JsonValue;
  }
  return out;
}

export const adgroupUpdate: EndpointDef = {
  method: 'POST',
  path: '/adgroup/update/',
  scope: SCOPE_IDS.ADS_MANAGEMENT,
  handle(ctx) {
    const { store } = ctx;
    const advertiser = ctx.advertiser('advertiser_id', ctx.body.advertiser_id);
    const ignored = unknownFields(ctx, ADGROUP_UPDATE_FIELDS);
    const id = readId('adgroup_id', ctx.body.adgroup_id);
    const group = store.adgroups.get(id);
    if (!group || group.advertiserId !== advertiser.advertiser_id) {
      throw new TikTokError(
        CODES.NOT_FOUND,
        `adgroup_id: Ad group ${id} does not exist under advertiser ${advertiser.advertiser_id}.`,
      );
    }
    if (adgroupStanding(store, group).deleted) {
      throw paramError(
        'adgroup_id',
        `Ad group ${id} has been deleted (or belongs to a deleted campaign) and cannot be modified.`,
      );
    }
    const campaign = store.campaign(group.campaignId);
    if (!campaign) throw new TikTokError(CODES.SYSTEM_ERROR);
    readName('adgroup_name', ctx.body.adgroup_name);

    const changes: Record<string, JsonValue> = {};
    for (const [field, value] of Object.entries(ctx.body)) {
      if (field !== 'advertiser_id' && field !== 'adgroup_id' && !ignored.includes(field))
        changes[field] = value;
    }
    const merged: Record<string, JsonValue> = {
      ...settingsOf(group),
      ...changes,
      advertiser_id: advertiser.advertiser_id,
      campaign_id: campaign.campaign_id,
    };
    // The status is not a setting: it changes through /adgroup/status/update/ only.
    delete merged.operation_status;
    const startChanged = 'schedule_start_time' in changes;
    const { record, ignoredFields } = validateAdGroupCreate({
      body: merged,
      store,
      advertiser,
      campaign,
      now: startChanged ? ctx.now : group.createdAt,
      peerRules: ctx.settings.peerRules,
      unknownFields: ctx.settings.unknownFields,
      hasRequestId: group.requestId !== undefined,
      selfAdgroupId: id,
    });
    const { create_time: _c, secondary_status: _s, operation_status: _o, ...settings } = record;
    group.saved = {
      ...group.saved,
      ...settings,
      adgroup_name: String(record.adgroup_name ?? group.saved.adgroup_name),
      modify_time: formatTime(ctx.now.getTime()),
    };
    if (!group.seeded) group.body = merged;
    store.recordUpdate({
      path: '/adgroup/update/',
      ids: [id],
      body: ctx.body,
      ignoredFields: [...ignored, ...ignoredFields.filter((f) => f in changes)],
    });
    return adgroupToWire(group.saved, advertiser);
  },
};
