/**
 * What an endpoint is, for the router. Adding an endpoint (say /tool/region/) is one object in one
 * file plus a line in endpoints/index.ts: the router does transport, auth, throttling, faults,
 * counting and the envelope.
 */
import type { JsonValue } from '../json.js';
import type { SeedAdvertiser, SeedToken } from '../seed.js';
import type { EmulatorStore } from '../store.js';

export interface EmulatorSettings {
  /** Clock for schedule checks and create/modify times. */
  now: () => Date;
  /** Enforce the rules the notes mark as peer-observed or unconfirmed (see README). */
  peerRules: boolean;
  /** What to do with /adgroup/create/ body fields TikTok does not know. */
  unknownFields: 'reject' | 'ignore';
  /** How long a created ad group stays invisible to /adgroup/get/ (TikTok's read index lag). */
  readAfterWriteDelayMs: number;
}

export interface EndpointContext {
  store: EmulatorStore;
  settings: EmulatorSettings;
  /** Query string values (first value when repeated). */
  query: Record<string, string | undefined>;
  /** POST: the parsed JSON object (bigint for integers beyond 2^53). GET: empty object. */
  body: Record<string, JsonValue>;
  /** POST: the body text as received. */
  rawBody: string;
  /** The caller's token; always set for endpoints with `auth: 'token'`. */
  token: SeedToken | undefined;
  /** The time of this request, from the settings clock. */
  now: Date;
  /**
   * Resolves an advertiser the token must be authorised for: 40106 for a token whose user is
   * invalid, 40001 when the token has no grant for it (TikTok does not reveal whether it exists).
   */
  advertiser(field: string, value: JsonValue | undefined): SeedAdvertiser;
}

export interface EndpointDef {
  method: 'GET' | 'POST';
  /** Relative to /open_api/v1.3, with TikTok's trailing slash: '/adgroup/create/'. */
  path: string;
  /**
   * 'token' (the default for TikTok's API): the Access-Token header is checked before the handler
   * runs, and the call counts against the token's app QPS. 'none': e.g. the later
   * /oauth2/access_token/, which authenticates with app_id and secret in the body.
   */
  auth?: 'token' | 'none';
  /** Permission scope id the token must carry (see SCOPE_IDS); missing → 40001. */
  scope?: number;
  /**
   * Returns `data` for a code-0 answer; throws TikTokError for any other code. A `bigint` anywhere
   * in the result goes out as an unquoted integer.
   */
  handle(ctx: EndpointContext): unknown;
}
