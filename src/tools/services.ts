/** What tools may use beyond their arguments, wired once in gateway.ts and passed as `ctx.services`. */
import type { AccountService } from '../core/accounts.js';
import type { QuotaService } from '../core/quota.js';
import type { TtlCache } from '../core/ttl-cache.js';
import type { GuardedFetcher } from '../net/guarded-fetch.js';
import type { Store } from '../store/index.js';
import type { TikTokClient } from '../tiktok/client.js';
import type { CampaignFactsCache } from './tiktok/campaign-facts.js';

export interface ToolServices {
  store: Store;
  quota: QuotaService;
  accounts: AccountService;
  tiktok: TikTokClient;
  /** Whether a tool is registered (a result names a next step only if its tool exists). */
  hasTool: (name: string) => boolean;
  /** Campaign objective, CBO and budget, kept a short while (tiktok/campaign-facts.ts). */
  campaignFacts: CampaignFactsCache;
  /** Advertiser facts and TikTok reports of the analytics tools, kept a few minutes (tiktok/reporting/data.ts). */
  reports: TtlCache<unknown>;
  /** The only way a tool reads a user's URL itself (private addresses, redirects, size and time guarded). */
  fetcher: GuardedFetcher;
  /** Checks of adgate's own that TikTok does not document (config `ownChecks`). */
  ownChecks: { coverRatio: boolean };
}
