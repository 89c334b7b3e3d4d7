import type { AnyTool } from '../core/tool.js';
import { getUsageStatus } from './diagnostics/get-usage-status.js';
import { listConnectedAccounts } from './diagnostics/list-connected-accounts.js';
import { addTikTokAd } from './tiktok/add-tiktok-ad/tool.js';
import { addTikTokAdGroup } from './tiktok/add-tiktok-ad-group/tool.js';
import { analyzeTikTokGeoPerformance } from './tiktok/analyze-tiktok-geo-performance/tool.js';
import { analyzeTikTokWastedSpend } from './tiktok/analyze-tiktok-wasted-spend/tool.js';
import { createTikTokCampaign } from './tiktok/create-tiktok-campaign/tool.js';
import { createTikTokCarouselCard } from './tiktok/create-tiktok-carousel-card/tool.js';
import { createTikTokVideoCampaign } from './tiktok/create-tiktok-video-campaign/tool.js';
import { deleteTikTokAd } from './tiktok/delete-tiktok-ad/tool.js';
import { deleteTikTokAdGroup } from './tiktok/delete-tiktok-ad-group/tool.js';
import { deleteTikTokCampaign } from './tiktok/delete-tiktok-campaign/tool.js';
import { detectTikTokCreativeFatigue } from './tiktok/detect-tiktok-creative-fatigue/tool.js';
import { discoverTikTokAssets } from './tiktok/discover-tiktok-assets/tool.js';
import { explainTikTokAnomaly } from './tiktok/explain-tiktok-anomaly/tool.js';
import { explainTikTokObjective } from './tiktok/explain-tiktok-objective/tool.js';
import { getTikTokAdGroupDetails } from './tiktok/get-tiktok-ad-group-details/tool.js';
import { getTikTokAdPerformance } from './tiktok/get-tiktok-ad-performance/tool.js';
import { getTikTokAudienceInsights } from './tiktok/get-tiktok-audience-insights/tool.js';
import { getTikTokCampaignDetails } from './tiktok/get-tiktok-campaign-details/tool.js';
import { getTikTokCampaignPerformance } from './tiktok/get-tiktok-campaign-performance/tool.js';
import { listTikTokAdGroups } from './tiktok/list-tiktok-ad-groups/tool.js';
import { listTikTokAds } from './tiktok/list-tiktok-ads/tool.js';
import { listTikTokCampaigns } from './tiktok/list-tiktok-campaigns/tool.js';
import { listTikTokCustomAudiences } from './tiktok/list-tiktok-custom-audiences/tool.js';
import { listTikTokIdentities } from './tiktok/list-tiktok-identities/tool.js';
import { listTikTokPixels } from './tiktok/list-tiktok-pixels/tool.js';
import { listTikTokSavedAudiences } from './tiktok/list-tiktok-saved-audiences/tool.js';
import { optimizeTikTokBudget } from './tiktok/optimize-tiktok-budget/tool.js';
import { pauseTikTokAd } from './tiktok/pause-tiktok-ad/tool.js';
import { pauseTikTokAdGroup } from './tiktok/pause-tiktok-ad-group/tool.js';
import { pauseTikTokCampaign } from './tiktok/pause-tiktok-campaign/tool.js';
import { resumeTikTokAd } from './tiktok/resume-tiktok-ad/tool.js';
import { resumeTikTokAdGroup } from './tiktok/resume-tiktok-ad-group/tool.js';
import { resumeTikTokCampaign } from './tiktok/resume-tiktok-campaign/tool.js';
import { searchTikTokTargeting } from './tiktok/search-tiktok-targeting/tool.js';
import { updateTikTokAdGroup } from './tiktok/update-tiktok-ad-group/tool.js';
import { updateTikTokCampaign } from './tiktok/update-tiktok-campaign/tool.js';
import { uploadTikTokImages } from './tiktok/upload-tiktok-images/tool.js';
import { validateAndPrepareTikTokAssets } from './tiktok/validate-and-prepare-tiktok-assets/tool.js';

/** Every tool adgate ships, in catalog order. */
export const builtinTools: AnyTool[] = [
  addTikTokAdGroup,
  createTikTokCampaign,
  createTikTokVideoCampaign,
  createTikTokCarouselCard,
  addTikTokAd,
  uploadTikTokImages,
  validateAndPrepareTikTokAssets,
  discoverTikTokAssets,
  listTikTokIdentities,
  searchTikTokTargeting,
  listTikTokCustomAudiences,
  listTikTokCampaigns,
  getTikTokCampaignDetails,
  listTikTokAdGroups,
  getTikTokAdGroupDetails,
  updateTikTokAdGroup,
  listTikTokAds,
  updateTikTokCampaign,
  pauseTikTokCampaign,
  resumeTikTokCampaign,
  deleteTikTokCampaign,
  pauseTikTokAdGroup,
  resumeTikTokAdGroup,
  deleteTikTokAdGroup,
  pauseTikTokAd,
  resumeTikTokAd,
  deleteTikTokAd,
  getTikTokCampaignPerformance,
  getTikTokAdPerformance,
  getTikTokAudienceInsights,
  analyzeTikTokGeoPerformance,
  analyzeTikTokWastedSpend,
  detectTikTokCreativeFatigue,
  explainTikTokAnomaly,
  optimizeTikTokBudget,
  listTikTokPixels,
  listTikTokSavedAudiences,
  explainTikTokObjective,
  getUsageStatus,
  listConnectedAccounts,
];
