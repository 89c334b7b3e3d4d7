/** `pause_tiktok_ad_group`: built from the shared status tool (../status-change.ts). */
import { statusTool } from '../status-change.js';

export const pauseTikTokAdGroup = statusTool('adgroup', 'pause');
