/**
 * `update_tiktok_ad_group`'s arguments: the hosted product's (`name`, `budget`, `age_groups`,
 * `gender`, `location_ids`, `schedule_end_time`) and every other setting add_tiktok_ad_group takes
 * that TikTok lets change after creation, with the same validation. The settings TikTok fixes at
 * creation are accepted by the schema only so that a call naming one is refused by name.
 */
import { z } from 'zod';
import { NOT_UPDATABLE } from '../../../domain/adgroup/index.js';
import { addTikTokAdGroupSchema } from '../add-tiktok-ad-group/schema.js';
import { advertiserIdField } from '../advertiser-field.js';
import { nameField } from '../changes.js';
import { booleanField, idString } from '../fields/index.js';

/** add_tiktok_ad_group arguments that are not settings to change here. */
const NOT_SETTINGS = new Set([
  'adgroup_name',
  'dry_run',
  'advertiser_id',
  'campaign_id',
  'objective',
  'operation_status',
]);

const shape = addTikTokAdGroupSchema.shape as Record<string, z.ZodType>;
const fixed = new Set<string>([...NOT_UPDATABLE, 'operation_status']);

export const UPDATABLE_SETTINGS = Object.keys(shape).filter(
  (key) => !NOT_SETTINGS.has(key) && !fixed.has(key),
);
export const FIXED_SETTINGS = [...fixed].filter((key) => key !== 'advertiser_id');

function optional(field: z.ZodType): z.ZodType {
  return field instanceof z.ZodOptional ? field : field.optional();
}

const updatable = Object.fromEntries(
  UPDATABLE_SETTINGS.map((key) => {
    const field = shape[key] as z.ZodType;
    const text = field.description ?? key;
    return [
      key,
      optional(field).describe(
        `${text} Given: replaces the ad group's value (lists replace the whole list).`,
      ),
    ];
  }),
);

const refusedByName = Object.fromEntries(
  FIXED_SETTINGS.map((key) => [
    key,
    z
      .unknown()
      .optional()
      .describe(
        key === 'operation_status'
          ? 'Not changed here: use pause_tiktok_ad_group or resume_tiktok_ad_group. A call naming it is refused.'
          : `TikTok fixes ${key} when the ad group is created; a call naming it is refused with the reason.`,
      ),
  ]),
);

export const updateTikTokAdGroupSchema = z.strictObject({
  adgroup_id: idString('adgroup_id', { required: true }).describe(
    'TikTok ad group ID; list_tiktok_ad_groups lists them.',
  ),
  advertiser_id: advertiserIdField(),
  name: nameField('name', 'ad group')
    .optional()
    .describe('New ad group name (1 to 512 characters, no emoji).'),
  ...updatable,
  ...refusedByName,
  dry_run: booleanField('dry_run')
    .optional()
    .meta({ default: false })
    .describe(
      'true: check the change and show the body and the before/after difference, without changing anything or using quota.',
    ),
});

export type UpdateAdGroupArgs = Record<string, unknown> & {
  adgroup_id: string;
  advertiser_id?: string;
  name?: string;
  dry_run?: boolean;
};
