/** Every TikTok endpoint the emulator serves. Add new ones here. */
import { adGet } from './ad.js';
import { adgroupCreate, adgroupGet } from './adgroup.js';
import { advertiserInfo } from './advertiser.js';
import { customAudienceList } from './audience.js';
import { campaignGet } from './campaign.js';
import { oauthAccessToken, oauthAdvertiserGet } from './oauth.js';
import { pixelList } from './pixel.js';
import { reportIntegratedGet } from './report.js';
import { adgroupStatusUpdate, adStatusUpdate, campaignStatusUpdate } from './status.js';
import {
  toolActionCategory,
  toolCarrier,
  toolDeviceModel,
  toolInterestCategory,
  toolInterestKeywordRecommend,
  toolLanguage,
  toolRegion,
} from './tool.js';
import type { EndpointDef } from './types.js';
import { adgroupUpdate, campaignUpdate } from './update.js';

export const ENDPOINTS: readonly EndpointDef[] = [
  oauthAccessToken,
  oauthAdvertiserGet,
  advertiserInfo,
  campaignGet,
  adgroupCreate,
  adgroupGet,
  adGet,
  campaignStatusUpdate,
  adgroupStatusUpdate,
  adStatusUpdate,
  campaignUpdate,
  adgroupUpdate,
  customAudienceList,
  pixelList,
  reportIntegratedGet,
  toolRegion,
  toolInterestCategory,
  toolInterestKeywordRecommend,
  toolLanguage,
  toolActionCategory,
  toolCarrier,
  toolDeviceModel,
];
