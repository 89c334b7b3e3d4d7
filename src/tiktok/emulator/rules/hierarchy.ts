/**
 * The campaign → ad group → ad hierarchy and its statuses, shared by the status, update and get
 * endpoints.
 *
 * Sources (TikTok's own): `operation_status` ∈ ENABLE / DISABLE / DELETE and the read filter
 * `primary_status` (default STATUS_NOT_DELETE) from the Business API SDK
 * (`python_sdk/docs/FilteringAdGet.md`, `FilteringAdgroupGet.md`, `FilteringCampaignGet.md`);
 * "the status of deleted ads cannot be modified" and the cascade of a delete to the children,
 * which TikTok reports as the secondary statuses ADGROUP_STATUS_CAMPAIGN_DELETE,
 * AD_STATUS_CAMPAIGN_DELETE and AD_STATUS_ADGROUP_DELETE (reference tiktok-tool-family.md §4.3).
 *
 * A delete is modelled as TikTok reports it: the deleted object's own status becomes DELETE and
 * its children keep their own status but count as deleted through their parent, so nothing under
 * a deleted campaign is listed by default or can be changed again.
 */
import type { SeedCampaign } from '../seed.js';
import type { AdRecord, CreatedAdGroup, EmulatorStore } from '../store.js';

export type OperationStatus = 'ENABLE' | 'DISABLE' | 'DELETE';
export const OPERATION_STATUS_VALUES: readonly OperationStatus[] = ['ENABLE', 'DISABLE', 'DELETE'];

/** TikTok's `primary_status` read filter values (SDK FilteringAdGet and friends). */
export const PRIMARY_STATUSES = [
  'STATUS_NOT_DELETE',
  'STATUS_ALL',
  'STATUS_DELETE',
  'STATUS_DELIVERY_OK',
  'STATUS_DISABLE',
  'STATUS_NOT_DELIVERY',
  'STATUS_TIME_DONE',
  'STATUS_RF_CLOSED',
  'STATUS_FROZEN',
  'STATUS_DELIVERY_PARTIAL',
  'STATUS_DELIVERY_CATALOG',
] as const;
export type PrimaryStatus = (typeof PRIMARY_STATUSES)[number];

/** Where an object stands once its parents are taken into account. */
export interface Standing {
  own: OperationStatus;
  /** Deleted itself or through a parent. */
  deleted: boolean;
  /** Not delivering because it or a parent is paused (and nothing is deleted). */
  disabled: boolean;
  secondary: string;
}

function own(value: unknown): OperationStatus {
  return value === 'DISABLE' || value === 'DELETE' ? value : 'ENABLE';
}

export function campaignStanding(campaign: SeedCampaign): Standing {
  const status = own(campaign.operation_status);
  return {
    own: status,
    deleted: status === 'DELETE',
    disabled: status === 'DISABLE',
    secondary: `CAMPAIGN_STATUS_${status === 'DELETE' ? 'DELETE' : status === 'DISABLE' ? 'DISABLE' : 'ENABLE'}`,
  };
}

export function adgroupStanding(store: EmulatorStore, group: CreatedAdGroup): Standing {
  const status = own(group.saved.operation_status);
  const campaign = store.campaign(group.campaignId);
  const parent = campaign ? campaignStanding(campaign) : undefined;
  const deleted = status === 'DELETE' || parent?.deleted === true;
  const disabled = !deleted && (status === 'DISABLE' || parent?.disabled === true);
  let secondary = String(group.saved.secondary_status ?? 'ADGROUP_STATUS_NOT_DELIVER');
  if (status === 'DELETE') secondary = 'ADGROUP_STATUS_DELETE';
  else if (parent?.deleted) secondary = 'ADGROUP_STATUS_CAMPAIGN_DELETE';
  else if (status === 'DISABLE') secondary = 'ADGROUP_STATUS_DISABLE';
  else if (parent?.disabled) secondary = 'ADGROUP_STATUS_CAMPAIGN_DISABLE';
  return { own: status, deleted, disabled, secondary };
}

export function adStanding(store: EmulatorStore, ad: AdRecord): Standing {
  const status = own(ad.operation_status);
  const group = store.adgroups.get(ad.adgroup_id);
  const parent = group ? adgroupStanding(store, group) : undefined;
  const deleted = status === 'DELETE' || parent?.deleted === true;
  const disabled = !deleted && (status === 'DISABLE' || parent?.disabled === true);
  let secondary = String(ad.secondary_status ?? 'AD_STATUS_NOT_DELIVER');
  if (status === 'DELETE') secondary = 'AD_STATUS_DELETE';
  else if (parent?.secondary === 'ADGROUP_STATUS_CAMPAIGN_DELETE') secondary = 'AD_STATUS_CAMPAIGN_DELETE';
  else if (parent?.deleted) secondary = 'AD_STATUS_ADGROUP_DELETE';
  else if (status === 'DISABLE') secondary = 'AD_STATUS_DISABLE';
  else if (parent?.secondary === 'ADGROUP_STATUS_CAMPAIGN_DISABLE') secondary = 'AD_STATUS_CAMPAIGN_DISABLE';
  else if (parent?.disabled) secondary = 'AD_STATUS_ADGROUP_DISABLE';
  return { own: status, deleted, disabled, secondary };
}

/** Whether an object in this standing passes a `primary_status` filter. */
export function matchesPrimaryStatus(standing: Standing, filter: PrimaryStatus): boolean {
  switch (filter) {
    case 'STATUS_ALL':
      return true;
    case 'STATUS_NOT_DELETE':
      return !standing.deleted;
    case 'STATUS_DELETE':
      return standing.deleted;
    case 'STATUS_DISABLE':
      return !standing.deleted && standing.own === 'DISABLE';
    case 'STATUS_DELIVERY_OK':
      return !standing.deleted && !standing.disabled;
    case 'STATUS_NOT_DELIVERY':
      return standing.disabled;
    default:
      // Frozen, R&F-closed, finished, partial and catalog deliveries: no emulated object is in
      // those states, so these filters match nothing.
      return false;
  }
}

/** The secondary status an enable/disable leaves on the object itself (its parents still apply). */
export function ownSecondary(level: 'CAMPAIGN' | 'ADGROUP' | 'AD', status: OperationStatus): string {
  if (status === 'DELETE') return `${level}_STATUS_DELETE`;
  if (status === 'DISABLE') return `${level}_STATUS_DISABLE`;
  return level === 'CAMPAIGN' ? 'CAMPAIGN_STATUS_ENABLE' : `${level}_STATUS_DELIVERY_OK`;
}
