/** Every TikTok endpoint the emulator serves. Add new ones here. */
import { adgroupCreate, adgroupGet } from './adgroup.js';
import { advertiserInfo } from './advertiser.js';
import { campaignGet } from './campaign.js';
import { oauthAdvertiserGet } from './oauth.js';
import type { EndpointDef } from './types.js';

export const ENDPOINTS: readonly EndpointDef[] = [
  oauthAdvertiserGet,
  advertiserInfo,
  campaignGet,
  adgroupCreate,
  adgroupGet,
];
