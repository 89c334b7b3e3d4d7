import type { AnyTool } from '../core/tool.js';
import { getUsageStatus } from './diagnostics/get-usage-status.js';
import { listConnectedAccounts } from './diagnostics/list-connected-accounts.js';
import { addTikTokAd } from './tiktok/add-tiktok-ad/tool.js';
import { addTikTokAdGroup } from './tiktok/add-tiktok-ad-group/tool.js';
import { createTikTokCampaign } from './tiktok/create-tiktok-campaign/tool.js';
import { discoverTikTokAssets } from './tiktok/discover-tiktok-assets/tool.js';
import { getTikTokCampaignDetails } from './tiktok/get-tiktok-campaign-details/tool.js';
import { listTikTokCampaigns } from './tiktok/list-tiktok-campaigns/tool.js';
import { listTikTokCustomAudiences } from './tiktok/list-tiktok-custom-audiences/tool.js';
import { listTikTokIdentities } from './tiktok/list-tiktok-identities/tool.js';
import { listTikTokPixels } from './tiktok/list-tiktok-pixels/tool.js';
import { searchTikTokTargeting } from './tiktok/search-tiktok-targeting/tool.js';
import { uploadTikTokImages } from './tiktok/upload-tiktok-images/tool.js';
import { validateAndPrepareTikTokAssets } from './tiktok/validate-and-prepare-tiktok-assets/tool.js';

/** Every tool adgate ships, in catalog order. */
export const builtinTools: AnyTool[] = [
  addTikTokAdGroup,
  createTikTokCampaign,
  addTikTokAd,
  uploadTikTokImages,
  validateAndPrepareTikTokAssets,
  discoverTikTokAssets,
  listTikTokIdentities,
  searchTikTokTargeting,
  listTikTokCustomAudiences,
  listTikTokCampaigns,
  getTikTokCampaignDetails,
  listTikTokPixels,
  getUsageStatus,
  listConnectedAccounts,
];
