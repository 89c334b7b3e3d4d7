/** Every TikTok endpoint the emulator serves. Add new ones here. */
import { adGet } from './ad.js';
import { adCreate } from './ad-create.js';
import { adgroupCreate, adgroupGet } from './adgroup.js';
import { advertiserInfo } from './advertiser.js';
import { customAudienceList, savedAudienceList } from './audience.js';
import { campaignGet } from './campaign.js';
import { campaignCreate } from './campaign-create.js';
import { imageInfo, imageSearch, imageUpload } from './file-image.js';
import { videoInfo, videoSearch, videoUpload } from './file-video.js';
import { identityCreate, identityGet } from './identity.js';
import { musicGet } from './music.js';
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
  campaignCreate,
  adCreate,
  imageUpload,
  imageInfo,
  imageSearch,
  videoUpload,
  videoInfo,
  videoSearch,
  identityGet,
  identityCreate,
  musicGet,
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
  savedAudienceList,
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
