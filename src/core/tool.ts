/**
 * What a tool is: its definition. The core (execute pipeline, REST, MCP, docs) does everything
 * else from these fields, so adding a tool means writing one of these and registering it.
 */
import type { z } from 'zod';
import type { Tier } from '../config.js';
import type { ArgumentIssue } from '../errors.js';
import type { ConnectedAccount } from '../store/accounts.js';
import type { Clock } from './clock.js';
import type { Guardrails } from './guardrails.js';
import type { KeyScope } from './scopes.js';
import type { SpendLimits } from './spend-limits.js';

/** A TikTok object a write created or changed, for the audit log. */
export interface AffectedObject {
  /** e.g. `adgroup`, `campaign`, `ad`. */
  object: string;
  id: string;
  action: 'created' | 'updated' | 'deleted';
}

export interface ToolResult {
  /** Markdown for a person or an agent. */
  text: string;
  /** Machine-readable result (`data.structured`). */
  structured?: Record<string, unknown>;
  /** Write tools: what they created or changed at TikTok (recorded in the audit log, not returned). */
  affected?: AffectedObject[];
}

export interface Caller {
  organizationId: string;
  organizationName: string;
  tier: Tier;
  /** Day of the month the organisation's quota period starts again. */
  billingAnchorDay: number;
  keyId: string;
  keyName: string;
  /** What this key may do (read-only, which advertisers). */
  scope: KeyScope;
  /** Spend limits of the key and of its organisation; the stricter applies. */
  limits: { key: SpendLimits; organization: SpendLimits };
}

/** A connected advertiser account, with its token decrypted for this call only. */
export interface ResolvedAccount {
  advertiserId: string;
  name: string;
  accessToken: string;
  /** Cached from TikTok's `/advertiser/info/`; undefined until first read. */
  currency: string | undefined;
  timezone: string | undefined;
}

export interface AccountResolver {
  /**
   * The account a TikTok tool acts on (API contract, section 7): the named one, or the only one.
   * Throws `account_selection_required`, `account_not_connected` or `account_reauth_required`.
   */
  resolve(advertiserId: string | undefined): Promise<ResolvedAccount>;
  /** Marks the account as needing a new authorisation after TikTok refused its token. */
  markReauthRequired(advertiserId: string): Promise<void>;
  /** The accounts this caller may act on: the organisation's, narrowed to the key's advertisers. */
  list(): Promise<ConnectedAccount[]>;
  /** Caches the advertiser's currency and timezone, which rarely change. */
  rememberDetails(advertiserId: string, details: { currency: string; timezone: string }): Promise<void>;
}

export interface IdempotencyContext {
  /** The caller's Idempotency-Key. */
  key: string;
  /**
   * True when an earlier attempt with this key may have written upstream and its outcome is not
   * known: the tool must look for the earlier result before writing again.
   */
  reconcile: boolean;
}

/** One step of a long call done or started, for transports that can show progress (MCP notifications). */
export interface ProgressUpdate {
  /** Steps finished so far. */
  progress: number;
  total: number;
  message: string;
}

export type ProgressReporter = (update: ProgressUpdate) => void;

export interface ToolContext<Services = unknown> {
  requestId: string;
  caller: Caller;
  idempotency: IdempotencyContext | undefined;
  accounts: AccountResolver;
  /** Spend limits: a write that sets a budget checks it here before calling TikTok (docs/spend-limits.md). */
  guardrails: Guardrails;
  clock: Clock;
  /** Reports progress where the transport can show it; a no-op elsewhere. */
  progress: ProgressReporter;
  /** What the tool needs beyond the core (store views, the TikTok client...), wired in one place. */
  services: Services;
}

export interface ToolDefinition<Schema extends z.ZodObject = z.ZodObject, Services = unknown> {
  name: string;
  /** e.g. "TikTok Ads Write". */
  category: string;
  /** One line for catalogs. */
  summary: string;
  /** The full description (markdown). */
  description: string;
  readOnly: boolean;
  /**
   * The call removes something for good at the ad platform (a delete, with what it cascades to).
   * Shown in the catalog, in OpenAPI (`x-adgate-destructive`) and as MCP's `destructiveHint`.
   * Changes another call can undo (an update, a pause) are not destructive in this sense.
   */
  destructive?: boolean;
  /**
   * Repeating the call with the same arguments has no further effect (MCP's `idempotentHint`):
   * true for reads, pauses, resumes, deletes and updates to given values; false for creates.
   * Default: `readOnly`.
   */
  idempotent?: boolean;
  /** Whether a call counts against the monthly quota (free diagnostic tools do not). */
  billable: boolean;
  /** A strict zod object with a description on every field. */
  schema: Schema;
  /**
   * Rules across fields that need no I/O. Called with the fields that passed the schema (the
   * others are left out), so one call reports schema and rule problems together.
   */
  rules?: (args: Partial<z.output<Schema>>) => ArgumentIssue[];
  /**
   * Problems only I/O can reveal (for an ad group: the campaign's objective, the advertiser's
   * currency), checked on the fields that passed when the call is refused anyway, so one answer
   * lists every problem. If these checks cannot run (no account, TikTok down), the static problems
   * are reported alone and the corrected call meets the rest.
   */
  factIssues?: (passed: Partial<z.output<Schema>>, ctx: ToolContext<Services>) => Promise<ArgumentIssue[]>;
  /** A dry run is validated and resolved like a real call but never billed. */
  isDryRun?: (args: z.output<Schema>) => boolean;
  /** Example arguments for docs and OpenAPI. */
  example?: Record<string, unknown>;
  /**
   * The shape of `data.structured`, for tools whose every success carries one: OpenAPI types the
   * success response with it (generated clients read its fields typed), and MCP can declare it as
   * the tool's `outputSchema`.
   */
  outputSchema?: z.ZodObject;
  run: (args: z.output<Schema>, ctx: ToolContext<Services>) => Promise<ToolResult>;
}

// biome-ignore lint/suspicious/noExplicitAny: a registry holds tools of every schema.
export type AnyTool = ToolDefinition<z.ZodObject, any>;
