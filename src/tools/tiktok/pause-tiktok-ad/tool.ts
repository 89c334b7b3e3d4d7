/** `pause_tiktok_ad`: built from the shared status tool (../status-change.ts). */
import { statusTool } from '../status-change.js';

export const pauseTikTokAd = statusTool('ad', 'pause');
