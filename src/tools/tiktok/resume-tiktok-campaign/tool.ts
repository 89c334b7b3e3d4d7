/** `resume_tiktok_campaign`: built from the shared status tool (../status-change.ts). */
import { statusTool } from '../status-change.js';

export const resumeTikTokCampaign = statusTool('campaign', 'resume');
