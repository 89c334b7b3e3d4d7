import type { AnyTool } from '../core/tool.js';
import { getUsageStatus } from './diagnostics/get-usage-status.js';
import { listConnectedAccounts } from './diagnostics/list-connected-accounts.js';
import { addTikTokAdGroup } from './tiktok/add-tiktok-ad-group/tool.js';
import { getTikTokCampaignPerformance } from './tiktok/get-tiktok-campaign-performance/tool.js';
import { getTikTokCampaignDetails } from './tiktok/get-tiktok-campaign-details/tool.js';
import { listTikTokCampaigns } from './tiktok/list-tiktok-campaigns/tool.js';
import { listTikTokCustomAudiences } from './tiktok/list-tiktok-custom-audiences/tool.js';
import { listTikTokPixels } from './tiktok/list-tiktok-pixels/tool.js';
import { searchTikTokTargeting } from './tiktok/search-tiktok-targeting/tool.js';

/** Every tool adgate ships, in catalog order. */
export const builtinTools: AnyTool[] = [
  addTikTokAdGroup,
  searchTikTokTargeting,
  listTikTokCustomAudiences,
  listTikTokCampaigns,
  getTikTokCampaignDetails,
  getTikTokCampaignPerformance,
  listTikTokPixels,
  getUsageStatus,
  listConnectedAccounts,
];
