/** The levels and actions of the status tools, and their names (shared by status-*.ts). */
import type { Level, OperationStatus } from '../../tiktok/delivery.js';

export type StatusAction = 'pause' | 'resume' | 'delete';

export interface LevelInfo {
  level: Level;
  noun: string;
  plural: string;
  idField: 'campaign_id' | 'adgroup_id' | 'ad_id';
  idsField: 'campaign_ids' | 'adgroup_ids' | 'ad_ids';
  nameField: 'campaign_name' | 'adgroup_name' | 'ad_name';
  lister: string;
  /** e.g. `tiktok_ad_group`, as in `pause_tiktok_ad_group`. */
  suffix: string;
}

export const LEVELS: Record<Level, LevelInfo> = {
  campaign: {
    level: 'campaign',
    noun: 'campaign',
    plural: 'campaigns',
    idField: 'campaign_id',
    idsField: 'campaign_ids',
    nameField: 'campaign_name',
    lister: 'list_tiktok_campaigns',
    suffix: 'tiktok_campaign',
  },
  adgroup: {
    level: 'adgroup',
    noun: 'ad group',
    plural: 'ad groups',
    idField: 'adgroup_id',
    idsField: 'adgroup_ids',
    nameField: 'adgroup_name',
    lister: 'list_tiktok_ad_groups',
    suffix: 'tiktok_ad_group',
  },
  ad: {
    level: 'ad',
    noun: 'ad',
    plural: 'ads',
    idField: 'ad_id',
    idsField: 'ad_ids',
    nameField: 'ad_name',
    lister: 'list_tiktok_ads',
    suffix: 'tiktok_ad',
  },
};

export const ACTIONS: Record<StatusAction, { status: OperationStatus; past: string; verb: string }> = {
  pause: { status: 'DISABLE', past: 'paused', verb: 'Pause' },
  resume: { status: 'ENABLE', past: 'resumed', verb: 'Resume' },
  delete: { status: 'DELETE', past: 'deleted', verb: 'Delete' },
};

export const STATUS_VALUES = ['ENABLE', 'DISABLE', 'DELETE'] as const;

export interface StatusSpec {
  info: LevelInfo;
  action: StatusAction;
}

export type StatusArgs = {
  advertiser_id?: string | undefined;
  status?: (typeof STATUS_VALUES)[number] | undefined;
  dry_run?: boolean | undefined;
} & Partial<Record<LevelInfo['idField'] | LevelInfo['idsField'], string | string[] | undefined>>;

export function toolName(spec: StatusSpec): string {
  return `${spec.action}_${spec.info.suffix}`;
}
