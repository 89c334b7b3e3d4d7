/**
 * The TikTok Marketing API client (v1.3).
 *
 * - Paths are relative to `${baseUrl}/open_api/v1.3` and end with a slash. The token goes in the
 *   `Access-Token` header (no `Authorization`, no `Bearer`). GET arrays and objects are sent as
 *   JSON strings in the query string.
 * - Success is `code: 0` in the body, whatever the HTTP status; HTTP 5xx or a body that is not
 *   TikTok's envelope is a server fault. Bodies are parsed with `parseJsonExact`, so ids above 2^53
 *   arrive as strings with their exact digits.
 * - Every attempt, retries included, waits its turn in the limiter in front of TikTok (the same
 *   budget for all), queued under the tool call's organisation when the client is the call's own
 *   (`forCall`); a throttle answer is reported to it so that it slows down.
 * - Throttling, 5xxxx codes, HTTP 5xx, broken connections and timeouts are retried with
 *   exponential backoff and full jitter, within `maxAttempts` and the call's `deadlineMs`. A write
 *   whose request may have reached TikTok is re-sent only when its body carries a `request_id`
 *   (TikTok then treats the re-send as the same request); the final error of such a write is
 *   `platform_outcome_unknown`.
 */
import { Agent, request as undiciRequest } from 'undici';
import { AppError } from '../errors.js';
import {
  cleanTikTokMessage,
  isServerCode,
  MAINTENANCE_CODE,
  misrouteError,
  outcomeUnknownError,
  rateLimitedError,
  rejectionError,
  shuttingDownError,
  THROTTLE_CODES,
  TikTokFailure,
  type TikTokFailureInit,
  unavailableError,
} from './errors.js';
import { parseJsonExact } from './json.js';
import {
  type CallScope,
  LimiterClosedError,
  LimiterDeadlineError,
  type RateLimiter,
  realSleep,
  type Sleep,
} from './limiter.js';
import { assertRequestId } from './request-id.js';

export const API_PREFIX = '/open_api/v1.3';

/** Structured logger; pino's logger fits. Nothing logged here carries a token, secret or query string. */
export interface TikTokLogger {
  debug(fields: object, message?: string): void;
  warn(fields: object, message?: string): void;
}

export interface TikTokBackoff {
  /** First retry delay cap after a server fault (doubles each attempt). Default 500 ms. */
  baseMs?: number;
  /** First retry delay cap after throttling (doubles each attempt). Default 1000 ms. */
  throttleBaseMs?: number;
  /** Largest delay cap. Default 10 000 ms. */
  maxMs?: number;
}

export interface TikTokClientOptions {
  /** e.g. `https://business-api.tiktok.com` (no `/open_api/v1.3`). */
  baseUrl: string;
  /** Per-attempt timeout. */
  timeoutMs: number;
  /** Every send waits for it (src/limits/capacity.ts). */
  limiter: RateLimiter;
  /** Attempts per call, the first included. Default 4. */
  maxAttempts?: number;
  /**
   * Total budget of one call, limiter waits and retries included. Default 60 000 ms. Keep it
   * below the gateway's idempotency lease (90 s by default).
   */
  deadlineMs?: number;
  backoff?: TikTokBackoff;
  /** Used by `getAuthorizedAdvertisers` and `exchangeAuthCode` when not given per call. */
  appId?: string;
  appSecret?: string;
  sleep?: Sleep;
  /** Returns a number in [0, 1): the jitter. */
  random?: () => number;
  /** Milliseconds on a monotonic clock. */
  now?: () => number;
  logger?: TikTokLogger;
}

export interface TikTokRequest {
  method: 'GET' | 'POST';
  /** Relative to `/open_api/v1.3`, starting and ending with `/`, e.g. `/campaign/get/`. */
  path: string;
  /** Required by every endpoint except the OAuth code exchange. */
  accessToken?: string;
  /** GET parameters; arrays and objects are JSON-encoded, `undefined` and `null` left out. */
  query?: Record<string, unknown>;
  /** POST JSON body. */
  body?: Record<string, unknown>;
  /** Changes something at TikTok. Default: true for POST, false for GET. */
  write?: boolean;
  signal?: AbortSignal;
}

export interface TikTokResponse<T> {
  data: T;
  /** TikTok's log id for the call (`request_id` of the envelope, or the `X-TT-LOGID` header). */
  requestId: string;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface PageInfo {
  page: number;
  page_size: number;
  total_number: number;
  total_page: number;
}

export interface PagedList<T> {
  list: T[];
  page_info?: PageInfo;
}

export interface AdvertiserInfo {
  advertiser_id: string;
  name?: string;
  currency?: string;
  timezone?: string;
  display_timezone?: string;
  status?: string;
  country?: string;
  [field: string]: unknown;
}

export interface Campaign {
  campaign_id: string;
  campaign_name?: string;
  objective_type?: string;
  budget_mode?: string;
  budget?: number;
  budget_optimize_on?: boolean;
  [field: string]: unknown;
}

export interface AdGroup {
  adgroup_id: string;
  adgroup_name?: string;
  campaign_id?: string;
  [field: string]: unknown;
}

export interface AuthorizedAdvertiser {
  advertiser_id: string;
  advertiser_name?: string;
  [field: string]: unknown;
}

export interface AccessTokenGrant {
  access_token: string;
  advertiser_ids: string[];
  scope?: number[];
  [field: string]: unknown;
}

export interface ListOptions extends CallOptions {
  fields?: string[];
  page?: number;
  pageSize?: number;
}

export interface AppCredentials extends CallOptions {
  appId?: string;
  secret?: string;
}

export interface TikTokClient {
  request<T>(request: TikTokRequest): Promise<TikTokResponse<T>>;
  /** `GET /advertiser/info/`. */
  getAdvertiserInfo(
    accessToken: string,
    advertiserIds: string[],
    options?: CallOptions & { fields?: string[] },
  ): Promise<TikTokResponse<{ list: AdvertiserInfo[] }>>;
  /** `GET /campaign/get/` filtered on one id; `data` is undefined when TikTok does not list it. */
  getCampaign(
    accessToken: string,
    advertiserId: string,
    campaignId: string,
    options?: CallOptions,
  ): Promise<TikTokResponse<Campaign | undefined>>;
  /** `GET /adgroup/get/`. */
  listAdGroups(
    accessToken: string,
    advertiserId: string,
    filtering?: Record<string, unknown>,
    options?: ListOptions,
  ): Promise<TikTokResponse<PagedList<AdGroup>>>;
  /** `POST /adgroup/create/` with TikTok's `request_id` (see `requestIdFrom`), so a re-send is safe. */
  createAdGroup(
    accessToken: string,
    body: Record<string, unknown>,
    requestId: string,
    options?: CallOptions,
  ): Promise<TikTokResponse<AdGroup>>;
  /** `GET /oauth2/advertiser/get/`: the advertisers this token may act for. */
  getAuthorizedAdvertisers(
    accessToken: string,
    credentials?: AppCredentials,
  ): Promise<TikTokResponse<{ list: AuthorizedAdvertiser[] }>>;
  /** `POST /oauth2/access_token/`: exchanges a one-time auth_code (never re-sent once it may have arrived). */
  exchangeAuthCode(authCode: string, credentials?: AppCredentials): Promise<TikTokResponse<AccessTokenGrant>>;
  /**
   * This client for one tool call: its sends wait in the limiter under the call's organisation and
   * tier. Given explicitly rather than carried by AsyncLocalStorage, whose promise hooks cost every
   * promise of the process (4 % of a call's CPU in the profile).
   */
  forCall(scope: CallScope): TikTokClient;
  /** Closes the client's connection pool (shared by every `forCall` client). */
  close(): Promise<void>;
}

type AttemptOutcome = { ok: true; data: unknown; requestId: string } | { ok: false; failure: TikTokFailure };

/** Transport errors that happen before any byte of the request could reach TikTok. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_HAS_EXPIRED',
]);

const MAX_DETAIL = 200;

function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return errorCodeOf((error as { cause?: unknown }).cause);
}

function isNotSent(code: string | undefined): boolean {
  if (!code) return false;
  return NOT_SENT_CODES.has(code) || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_');
}

function encodeQuery(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'string') params.append(key, value);
    else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
      params.append(key, String(value));
    } else params.append(key, JSON.stringify(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function hasRequestId(body: Record<string, unknown> | undefined): boolean {
  const id = body?.request_id;
  return (typeof id === 'string' && id !== '') || typeof id === 'number' || typeof id === 'bigint';
}

function cleanToken(token: string): string {
  const bare = token.trim().replace(/^bearer\s+/i, '');
  // Header values must be visible ASCII; anything else is a corrupted stored token.
  if (!/^[\x21-\x7e]+$/.test(bare)) {
    throw new AppError(
      'internal_error',
      'The stored TikTok access token is malformed; this is a bug in the gateway.',
    );
  }
  return bare;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function createTikTokClient(options: TikTokClientOptions): TikTokClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const apiBase = base.endsWith(API_PREFIX) ? base : `${base}${API_PREFIX}`;
  const timeoutMs = options.timeoutMs;
  const maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? 4));
  const deadlineMs = options.deadlineMs ?? 60_000;
  const baseDelay = options.backoff?.baseMs ?? 500;
  const throttleBaseDelay = options.backoff?.throttleBaseMs ?? 1000;
  const maxDelay = options.backoff?.maxMs ?? 10_000;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => performance.now());
  const logger = options.logger;
  if (!(timeoutMs > 0)) throw new RangeError('timeoutMs must be positive');
  if (!(deadlineMs > 0)) throw new RangeError('deadlineMs must be positive');
  /**
   * No attempt starts with less than this left of the call's budget: an attempt cut short by the
   * deadline would turn a clean failure into an ambiguous timeout for a write.
   */
  const minAttemptMs = Math.min(timeoutMs, 1_000, deadlineMs / 2);

  const limiter = options.limiter;
  const agent = new Agent({
    connect: { timeout: Math.min(timeoutMs, 10_000) },
    keepAliveTimeout: 4_000,
    // The per-attempt AbortSignal is the timeout that counts; these only back it up.
    headersTimeout: timeoutMs + 1_000,
    bodyTimeout: timeoutMs + 1_000,
  });

  function delayCap(kind: TikTokFailure['kind'], attempt: number): number {
    const first = kind === 'throttled' ? throttleBaseDelay : baseDelay;
    return Math.min(maxDelay, first * 2 ** (attempt - 1));
  }

  /** May this failure be followed by another attempt? */
  function retryable(failure: TikTokFailure, write: boolean, resendSafe: boolean): boolean {
    switch (failure.kind) {
      case 'throttled':
      case 'not_sent':
        return true;
      case 'server_code':
        return !write || resendSafe || failure.tiktokCode === MAINTENANCE_CODE;
      case 'http_5xx':
      case 'bad_body':
      case 'connection_lost':
      case 'timeout':
        return !write || resendSafe;
      case 'rejected':
      case 'http_4xx':
      case 'aborted':
        return false;
    }
  }

  /** The error a call ends with when it gives up on `failure`. */
  function finalError(
    failure: TikTokFailure,
    write: boolean,
    maybeApplied: boolean,
    attempts: number,
  ): AppError {
    failure.attempts = attempts;
    if (failure.kind === 'rejected') return rejectionError(failure, write);
    if (write && maybeApplied) return outcomeUnknownError(failure);
    if (failure.kind === 'throttled') {
      const retryAfter = Math.min(60, Math.max(1, Math.ceil(delayCap('throttled', attempts + 1) / 1000)));
      return rateLimitedError(failure, retryAfter, attempts);
    }
    if (failure.kind === 'http_4xx') return misrouteError(failure);
    return unavailableError(failure);
  }

  async function attemptOnce(
    request: TikTokRequest,
    url: string,
    token: string | undefined,
    secrets: string[],
    payload: string | undefined,
    attemptTimeoutMs: number,
  ): Promise<AttemptOutcome> {
    const base = { method: request.method, path: request.path };
    const fail = (init: Omit<TikTokFailureInit, 'method' | 'path'>): AttemptOutcome => ({
      ok: false,
      failure: new TikTokFailure({ ...base, ...init }),
    });
    const timeoutSignal = AbortSignal.timeout(Math.max(1, Math.floor(attemptTimeoutMs)));
    const signal = request.signal ? AbortSignal.any([request.signal, timeoutSignal]) : timeoutSignal;
    const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': 'adgate' };
    if (token !== undefined) headers['Access-Token'] = token;
    if (payload !== undefined) headers['Content-Type'] = 'application/json';

    const transportFailure = (error: unknown, answered: boolean): AttemptOutcome => {
      const code = errorCodeOf(error);
      const detail = cleanTikTokMessage(
        error instanceof Error ? error.message : String(error),
        ...secrets,
      ).slice(0, MAX_DETAIL);
      if (request.signal?.aborted) return fail({ kind: 'aborted', maybeApplied: true, detail });
      if (timeoutSignal.aborted)
        return fail({ kind: 'timeout', maybeApplied: true, errorCode: code, detail });
      if (!answered && isNotSent(code))
        return fail({ kind: 'not_sent', maybeApplied: false, errorCode: code, detail });
      return fail({ kind: 'connection_lost', maybeApplied: true, errorCode: code ?? 'unknown', detail });
    };

    let statusCode: number;
    let responseHeaders: Record<string, string | string[] | undefined>;
    let text: string;
    try {
      const response = await undiciRequest(url, {
        method: request.method,
        headers,
        body: payload,
        signal,
        dispatcher: agent,
      });
      statusCode = response.statusCode;
      responseHeaders = response.headers;
      try {
        text = await response.body.text();
      } catch (error) {
        return transportFailure(error, true);
      }
    } catch (error) {
      return transportFailure(error, false);
    }

    const logId = headerValue(responseHeaders['x-tt-logid']);
    let body: unknown;
    try {
      body = parseJsonExact(text);
    } catch {
      body = undefined;
    }
    const envelope = isRecord(body) && typeof body.code === 'number' ? body : undefined;
    const tiktokRequestId =
      envelope && (typeof envelope.request_id === 'string' || typeof envelope.request_id === 'number')
        ? String(envelope.request_id)
        : (logId ?? '');
    const snippet = (): string => cleanTikTokMessage(text, ...secrets).slice(0, MAX_DETAIL);

    if (statusCode >= 500) {
      return fail({
        kind: 'http_5xx',
        maybeApplied: true,
        httpStatus: statusCode,
        tiktokCode: envelope?.code as number | undefined,
        tiktokMessage: envelope ? cleanTikTokMessage(envelope.message, ...secrets) : undefined,
        tiktokRequestId: tiktokRequestId || undefined,
        detail: envelope ? undefined : snippet(),
      });
    }
    if (!envelope) {
      if (statusCode === 429) return fail({ kind: 'throttled', maybeApplied: false, httpStatus: statusCode });
      if (statusCode >= 400) {
        return fail({ kind: 'http_4xx', maybeApplied: false, httpStatus: statusCode, detail: snippet() });
      }
      return fail({ kind: 'bad_body', maybeApplied: true, httpStatus: statusCode, detail: snippet() });
    }
    const code = envelope.code as number;
    if (code === 0) return { ok: true, data: envelope.data, requestId: tiktokRequestId };
    const answer = {
      maybeApplied: false,
      httpStatus: statusCode,
      tiktokCode: code,
      tiktokMessage: cleanTikTokMessage(envelope.message, ...secrets),
      tiktokRequestId: tiktokRequestId || undefined,
    };
    if (THROTTLE_CODES.has(code)) return fail({ kind: 'throttled', ...answer });
    if (isServerCode(code)) return fail({ kind: 'server_code', ...answer });
    return fail({ kind: 'rejected', ...answer });
  }

  async function request<T>(req: TikTokRequest, scope: CallScope | undefined): Promise<TikTokResponse<T>> {
    if (!/^\/[A-Za-z0-9_/.-]*\/$/.test(req.path) || req.path.includes('..')) {
      throw new AppError('internal_error', `Bad TikTok path "${req.path}": it must start and end with "/".`);
    }
    const token = req.accessToken === undefined ? undefined : cleanToken(req.accessToken);
    // Texts taken from answers and errors are scrubbed of these before they are kept anywhere.
    const secrets = [
      token,
      req.query?.secret,
      req.body?.secret,
      req.body?.auth_code,
      options.appSecret,
    ].filter((value): value is string => typeof value === 'string' && value !== '');
    const write = req.write ?? req.method === 'POST';
    const resendSafe = !write || hasRequestId(req.body);
    const url = `${apiBase}${req.path}${req.method === 'GET' ? encodeQuery(req.query) : ''}`;
    const payload = req.method === 'POST' ? JSON.stringify(req.body ?? {}) : undefined;
    const started = now();
    const deadline = started + deadlineMs;
    /** The last moment an attempt may start. */
    const sendBy = deadline - minAttemptMs;
    const logBase = { method: req.method, path: req.path, write };

    let maybeApplied = false;
    let last: TikTokFailure | undefined;
    /** The caller cancelled: an ambiguous write stays ambiguous, anything else ends with the caller's reason. */
    const aborted = (failure: TikTokFailure | undefined, attempts: number): unknown => {
      if (write && maybeApplied && failure) {
        failure.attempts = attempts;
        return outcomeUnknownError(failure);
      }
      return req.signal?.reason;
    };

    for (let attempt = 1; ; attempt++) {
      try {
        await limiter.acquire({ maxWaitMs: sendBy - now(), signal: req.signal, scope });
      } catch (error) {
        if (error instanceof AppError) throw error;
        if (error instanceof LimiterClosedError) {
          if (last) throw finalError(last, write, maybeApplied, attempt - 1);
          throw shuttingDownError(error);
        }
        if (!(error instanceof LimiterDeadlineError)) throw aborted(last, attempt - 1);
        logger?.warn(
          { ...logBase, attempt, wait_ms: Math.ceil(error.waitMs) },
          'tiktok: limiter wait exceeds the deadline',
        );
        if (last) throw finalError(last, write, maybeApplied, attempt - 1);
        throw rateLimitedError(undefined, Math.max(1, Math.ceil(error.waitMs / 1000)), 0, error);
      }
      const remaining = deadline - now();
      if (remaining <= 0 && last) throw finalError(last, write, maybeApplied, attempt - 1);

      const outcome = await attemptOnce(
        req,
        url,
        token,
        secrets,
        payload,
        Math.min(timeoutMs, Math.max(1, remaining)),
      );
      if (outcome.ok) {
        logger?.debug(
          {
            ...logBase,
            attempts: attempt,
            duration_ms: Math.round(now() - started),
            tiktok_request_id: outcome.requestId,
          },
          'tiktok: call succeeded',
        );
        return { data: outcome.data as T, requestId: outcome.requestId };
      }
      const failure = outcome.failure;
      failure.attempts = attempt;
      last = failure;
      if (failure.maybeApplied) maybeApplied = true;
      if (failure.kind === 'aborted') throw aborted(failure, attempt);
      if (failure.kind === 'throttled') limiter.throttled();

      const delay = random() * delayCap(failure.kind, attempt);
      const again = retryable(failure, write, resendSafe) && attempt < maxAttempts && now() + delay <= sendBy;
      if (!again) {
        const error = finalError(failure, write, maybeApplied, attempt);
        logger?.warn(
          { ...failure.toLogFields(), write, attempts: attempt, error_code: error.code },
          'tiktok: call failed',
        );
        throw error;
      }
      logger?.warn(
        { ...failure.toLogFields(), write, attempt, retry_in_ms: Math.round(delay) },
        'tiktok: attempt failed, retrying',
      );
      try {
        await sleep(delay, req.signal);
      } catch {
        throw aborted(failure, attempt);
      }
    }
  }

  function credentials(given: AppCredentials | undefined): { appId: string; secret: string } {
    const appId = given?.appId ?? options.appId;
    const secret = given?.secret ?? options.appSecret;
    if (!appId || !secret) {
      throw new AppError(
        'internal_error',
        'The TikTok app id and secret are not configured (TIKTOK_APP_ID, TIKTOK_APP_SECRET).',
      );
    }
    return { appId, secret };
  }

  /** The client's methods, their sends queued under `scope` (none: outside any tool call). */
  function clientFor(scope: CallScope | undefined): TikTokClient {
    const send = <T>(req: TikTokRequest) => request<T>(req, scope);
    return {
      request: send,

      getAdvertiserInfo(accessToken, advertiserIds, callOptions = {}) {
        return send({
          method: 'GET',
          path: '/advertiser/info/',
          accessToken,
          query: { advertiser_ids: advertiserIds, fields: callOptions.fields },
          signal: callOptions.signal,
        });
      },

      async getCampaign(accessToken, advertiserId, campaignId, callOptions = {}) {
        const response = await send<PagedList<Campaign>>({
          method: 'GET',
          path: '/campaign/get/',
          accessToken,
          query: { advertiser_id: advertiserId, filtering: { campaign_ids: [campaignId] } },
          signal: callOptions.signal,
        });
        const list = Array.isArray(response.data?.list) ? response.data.list : [];
        const campaign = list.find((item) => String(item.campaign_id) === campaignId);
        return { data: campaign, requestId: response.requestId };
      },

      listAdGroups(accessToken, advertiserId, filtering, listOptions = {}) {
        return send({
          method: 'GET',
          path: '/adgroup/get/',
          accessToken,
          query: {
            advertiser_id: advertiserId,
            filtering,
            fields: listOptions.fields,
            page: listOptions.page,
            page_size: listOptions.pageSize,
          },
          signal: listOptions.signal,
        });
      },

      async createAdGroup(accessToken, body, requestId, callOptions = {}) {
        assertRequestId(requestId);
        return send({
          method: 'POST',
          path: '/adgroup/create/',
          accessToken,
          body: { ...body, request_id: requestId },
          write: true,
          signal: callOptions.signal,
        });
      },

      async getAuthorizedAdvertisers(accessToken, given) {
        const { appId, secret } = credentials(given);
        return send({
          method: 'GET',
          path: '/oauth2/advertiser/get/',
          accessToken,
          query: { app_id: appId, secret },
          signal: given?.signal,
        });
      },

      async exchangeAuthCode(authCode, given) {
        const { appId, secret } = credentials(given);
        return send({
          method: 'POST',
          path: '/oauth2/access_token/',
          body: { app_id: appId, secret, auth_code: authCode },
          write: true,
          signal: given?.signal,
        });
      },

      forCall: (callScope) => clientFor(callScope),

      close() {
        return agent.close();
      },
    };
  }

  return clientFor(undefined);
}
