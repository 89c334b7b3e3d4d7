import type { AnyTool } from '../core/tool.js';
import { getUsageStatus } from './diagnostics/get-usage-status.js';
import { listConnectedAccounts } from './diagnostics/list-connected-accounts.js';
import { addTikTokAdGroup } from './tiktok/add-tiktok-ad-group/tool.js';
import { analyzeTikTokGeoPerformance } from './tiktok/analyze-tiktok-geo-performance/tool.js';
import { analyzeTikTokWastedSpend } from './tiktok/analyze-tiktok-wasted-spend/tool.js';
import { detectTikTokCreativeFatigue } from './tiktok/detect-tiktok-creative-fatigue/tool.js';
import { explainTikTokAnomaly } from './tiktok/explain-tiktok-anomaly/tool.js';
import { getTikTokAdPerformance } from './tiktok/get-tiktok-ad-performance/tool.js';
import { getTikTokAudienceInsights } from './tiktok/get-tiktok-audience-insights/tool.js';
import { getTikTokCampaignDetails } from './tiktok/get-tiktok-campaign-details/tool.js';
import { getTikTokCampaignPerformance } from './tiktok/get-tiktok-campaign-performance/tool.js';
import { listTikTokCampaigns } from './tiktok/list-tiktok-campaigns/tool.js';
import { listTikTokCustomAudiences } from './tiktok/list-tiktok-custom-audiences/tool.js';
import { listTikTokPixels } from './tiktok/list-tiktok-pixels/tool.js';
import { optimizeTikTokBudget } from './tiktok/optimize-tiktok-budget/tool.js';
import { searchTikTokTargeting } from './tiktok/search-tiktok-targeting/tool.js';

/** Every tool adgate ships, in catalog order. */
export const builtinTools: AnyTool[] = [
  addTikTokAdGroup,
  searchTikTokTargeting,
  listTikTokCustomAudiences,
  listTikTokCampaigns,
  getTikTokCampaignDetails,
  getTikTokCampaignPerformance,
  getTikTokAdPerformance,
  getTikTokAudienceInsights,
  analyzeTikTokGeoPerformance,
  analyzeTikTokWastedSpend,
  detectTikTokCreativeFatigue,
  explainTikTokAnomaly,
  optimizeTikTokBudget,
  listTikTokPixels,
  getUsageStatus,
  listConnectedAccounts,
];
