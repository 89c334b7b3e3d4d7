/**
 * A campaign's facts that decide how an ad group under it is checked and built (objective, campaign
 * budget optimisation, budget mode, budget, name), cached per organisation and advertiser for a short
 * time, so that a burst of ad groups under one campaign reads `/campaign/get/` once, not every call.
 *
 * Keeping it true:
 * - Every adgate tool that changes a campaign (its objective, CBO, budget mode or budget, its status,
 *   or deletes it) calls `campaignFactsChanged(ctx, advertiserId, campaignId)` after its write,
 *   whatever the outcome (success, refusal or an unknown outcome): the next read goes to TikTok.
 * - Changes made elsewhere (TikTok Ads Manager, another adgate instance) are not seen until the
 *   entry expires (CAMPAIGN_FACTS_TTL_MS); a create that TikTok refuses while it used cached facts
 *   reloads them and, if they changed, checks and sends once more (`retryIfFactsWereStale`).
 * The clock is the gateway's, so tests move time instead of waiting.
 */
import type { Clock } from '../../core/clock.js';
import type { ToolContext } from '../../core/tool.js';
import { AppError } from '../../errors.js';

/** Long enough to serve a burst of calls, short enough that an outside change is seen soon. */
export const CAMPAIGN_FACTS_TTL_MS = 30_000;
/** A bound on memory: past it the cache starts afresh. */
const MAX_ENTRIES = 10_000;

export interface CampaignFacts {
  campaign_id: string;
  /** TikTok's name, e.g. `WEB_CONVERSIONS`. */
  objective_type: string;
  /** Campaign budget optimisation (CBO). */
  budget_optimize_on: boolean;
  /** e.g. `BUDGET_MODE_DAY`, `BUDGET_MODE_TOTAL`, `BUDGET_MODE_INFINITE`. */
  budget_mode: string;
  budget?: number;
  campaign_name?: string;
}

function entryKey(organizationId: string, advertiserId: string, campaignId: string): string {
  return `${organizationId}\n${advertiserId}\n${campaignId}`;
}

export class CampaignFactsCache {
  private readonly entries = new Map<string, { facts: CampaignFacts; expiresAt: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs = CAMPAIGN_FACTS_TTL_MS,
  ) {}

  get(organizationId: string, advertiserId: string, campaignId: string): CampaignFacts | undefined {
    const key = entryKey(organizationId, advertiserId, campaignId);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.clock.now().getTime()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.facts;
  }

  set(organizationId: string, advertiserId: string, facts: CampaignFacts): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(entryKey(organizationId, advertiserId, facts.campaign_id), {
      facts,
      expiresAt: this.clock.now().getTime() + this.ttlMs,
    });
  }

  /** Forgets one campaign of an organisation's advertiser. */
  invalidate(organizationId: string, advertiserId: string, campaignId: string): void {
    this.entries.delete(entryKey(organizationId, advertiserId, campaignId));
  }
}

/** What a tool's services must hold for the functions below. */
export interface WithCampaignFacts {
  campaignFacts: CampaignFactsCache;
}

/**
 * THE call for tools that change a campaign: after the write, whatever its outcome, so that the
 * next ad group under it is checked against the campaign as it is now, not as it was.
 */
export function campaignFactsChanged(
  ctx: ToolContext<WithCampaignFacts>,
  advertiserId: string,
  campaignId: string,
): void {
  ctx.services.campaignFacts.invalidate(ctx.caller.organizationId, advertiserId, campaignId);
}

function sameFacts(a: CampaignFacts, b: CampaignFacts): boolean {
  return (
    a.objective_type === b.objective_type &&
    a.budget_optimize_on === b.budget_optimize_on &&
    a.budget_mode === b.budget_mode &&
    a.budget === b.budget
  );
}

/** A refusal that cached facts may have caused: TikTok's, or adgate's own checks against the campaign. */
const REFUSALS = new Set(['platform_rejected', 'invalid_arguments']);

/**
 * Runs `attempt` with the facts it was given. If it is refused (by TikTok, or by the checks against
 * the campaign) and those facts came from the cache, they are reloaded from TikTok; when they differ,
 * the refusal may be the stale cache's fault, so `attempt` runs once more with the fresh facts.
 * Otherwise the refusal stands. `attempt` learns which run it is (TikTok's request_id differs).
 */
export async function retryIfFactsWereStale<Loaded extends { campaign: CampaignFacts }, T>(
  loaded: Loaded,
  fromCache: boolean,
  attempt: (loaded: Loaded, retry: boolean) => Promise<T>,
  reload: () => Promise<Loaded>,
): Promise<T> {
  try {
    return await attempt(loaded, false);
  } catch (error) {
    if (!fromCache || !(error instanceof AppError) || !REFUSALS.has(error.code)) throw error;
    const fresh = await reload();
    if (sameFacts(fresh.campaign, loaded.campaign)) throw error;
    return attempt(fresh, true);
  }
}
