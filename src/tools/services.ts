/** What tools may use beyond their arguments, wired once in gateway.ts and passed as `ctx.services`. */
import type { AccountService } from '../core/accounts.js';
import type { QuotaService } from '../core/quota.js';
import type { Store } from '../store/index.js';
import type { TikTokClient } from '../tiktok/client.js';

export interface ToolServices {
  store: Store;
  quota: QuotaService;
  accounts: AccountService;
  tiktok: TikTokClient;
  /** Whether a tool is registered (a result names a next step only if its tool exists). */
  hasTool: (name: string) => boolean;
}
