import type { AnyTool } from '../core/tool.js';
import { getUsageStatus } from './diagnostics/get-usage-status.js';
import { listConnectedAccounts } from './diagnostics/list-connected-accounts.js';
import { addTikTokAdGroup } from './tiktok/add-tiktok-ad-group/tool.js';

/** Every tool adgate ships, in catalog order. */
export const builtinTools: AnyTool[] = [addTikTokAdGroup, getUsageStatus, listConnectedAccounts];
