/**
 * Connecting TikTok advertisers by OAuth (reference §3.4): a connect link for an organisation, and
 * the callback that turns TikTok's one-time `auth_code` into a stored, encrypted token.
 *
 * A callback either connects every advertiser the person authorised or changes nothing: a refused
 * state leaves everything as it was, and a failure after the state was taken gives the state back,
 * so the same link can be approved again while it lasts. Only a completed connection uses it up.
 */
import { StateRefusal } from '../auth/oauth-states.js';
import { type Config, TIKTOK_PRODUCTION_URL } from '../config.js';
import type { AdvertiserToConnect } from '../core/accounts.js';
import { sha256Hex } from '../core/canonical-json.js';
import { AppError } from '../errors.js';
import type { Gateway } from '../gateway.js';
import type { TikTokClient } from '../tiktok/client.js';
import { redact } from '../tiktok/errors.js';
import { authorizationUrl } from '../tiktok/oauth.js';
import { advertiserInfo } from './accounts.js';
import { requireOrganization } from './organizations.js';

export interface TikTokApp {
  appId: string;
  appSecret: string;
  redirectUrl: string;
  /** TikTok's host; its authorisation page is served there too. */
  host: string;
}

const MISSING_APP =
  'Connecting TikTok accounts is not set up on this gateway: its operator must set TIKTOK_APP_ID, ' +
  'TIKTOK_APP_SECRET and TIKTOK_REDIRECT_URL (the URL of /connect/tiktok/callback, registered with the TikTok app).';

function tiktokApp(config: Config): TikTokApp | undefined {
  const { appId, appSecret, redirectUrl, baseUrl } = config.tiktok;
  if (!appId || !appSecret || !redirectUrl) return undefined;
  return { appId, appSecret, redirectUrl, host: baseUrl ?? TIKTOK_PRODUCTION_URL };
}

export interface ConnectLink {
  organizationId: string;
  /** TikTok's authorisation page for this organisation's connection. */
  url: string;
  expiresAt: Date;
}

/** A fresh connect link: open it within ten minutes, approve on TikTok, land on the callback. */
/**
 * A fresh connect link: open it within ten minutes, approve on TikTok, land on the callback.
 *
 * Made for someone else (CLI, API), the link is this gateway's `/connect/tiktok?state=` page, which
 * names the organisation and asks for confirmation before sending the person on to TikTok. Started
 * from the console (`bindingHash`: the hash of a secret in that browser's cookie), it goes straight
 * to TikTok, and the callback accepts it only from the same browser, as OAuth's `state` is meant to
 * be used (RFC 6749, section 10.12).
 */
export async function createConnectLink(
  gateway: Pick<Gateway, 'config' | 'store' | 'oauthStates'>,
  orgRef: string,
  options: { bindingHash?: string } = {},
): Promise<ConnectLink> {
  const org = await requireOrganization(gateway, orgRef);
  const app = tiktokApp(gateway.config);
  if (!app) throw new AppError('not_configured', MISSING_APP);
  const { state, expiresAt } = await gateway.oauthStates.issue(org.id, options.bindingHash ?? null);
  const url = options.bindingHash ? authorizationUrlFor(app, state) : confirmationUrl(app, state);
  return { organizationId: org.id, url, expiresAt };
}

/** The callback is served by this gateway, so its origin is the gateway's own. */
function confirmationUrl(app: TikTokApp, state: string): string {
  const url = new URL('/connect/tiktok', app.redirectUrl);
  url.searchParams.set('state', state);
  return url.toString();
}

/** Whether connecting by OAuth is set up (the console shows its button only then). */
export function canConnectByOAuth(config: Config): boolean {
  return tiktokApp(config) !== undefined;
}

function authorizationUrlFor(app: TikTokApp, state: string): string {
  return authorizationUrl(app.host, { appId: app.appId, state, redirectUri: app.redirectUrl });
}

export type ConnectFailureReason =
  | 'not_configured'
  | 'invalid_state'
  | 'expired_state'
  | 'used_state'
  | 'missing_code'
  | 'wrong_browser'
  | 'tiktok_failed'
  | 'no_advertisers';

/** Why a connection did not happen, with the HTTP status of the page that says so. */
export class ConnectFailure extends Error {
  /** TikTok's code and log id when TikTok refused; shown on the page for support. */
  readonly details: Record<string, unknown>;

  constructor(
    readonly reason: ConnectFailureReason,
    readonly status: number,
    /** For the person in the browser: what happened and what to do. Never holds a token or code. */
    readonly publicMessage: string,
    options: { cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(publicMessage, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ConnectFailure';
    this.details = options.details ?? {};
  }
}

const NEW_LINK =
  'Ask for a new connect link (`adgate accounts connect-url`, or POST /api/v1/connections/tiktok) and open it.';

function stateFailure(refusal: StateRefusal): ConnectFailure {
  switch (refusal.problem) {
    case 'invalid':
      return new ConnectFailure(
        'invalid_state',
        400,
        `This connect link was not issued by this gateway, or it was altered on the way. Nothing was connected. ${NEW_LINK}`,
      );
    case 'expired':
      return new ConnectFailure(
        'expired_state',
        410,
        `This connect link has expired: links work for 10 minutes. Nothing was connected. ${NEW_LINK}`,
      );
    case 'used':
      return new ConnectFailure(
        'used_state',
        409,
        'This connect link has already been used (or is being used right now). Nothing more was connected; ' +
          `the accounts connected with it stay connected. To connect other accounts: ${NEW_LINK}`,
      );
  }
}

function fromStateRefusal(error: unknown): unknown {
  return error instanceof StateRefusal ? stateFailure(error) : error;
}

/** For `GET /connect/tiktok?state=`: who the link connects to, and TikTok's page for it. */
export async function inspectConnectLink(
  gateway: Pick<Gateway, 'config' | 'oauthStates' | 'store'>,
  state: string,
): Promise<{ url: string; organizationName: string; expiresAt: Date }> {
  const app = tiktokApp(gateway.config);
  if (!app) throw new ConnectFailure('not_configured', 503, MISSING_APP);
  let inspected: { organizationId: string; expiresAt: Date };
  try {
    inspected = await gateway.oauthStates.inspect(state);
  } catch (error) {
    throw fromStateRefusal(error);
  }
  const org = await gateway.store.organizations.get(inspected.organizationId);
  if (!org) {
    throw new ConnectFailure(
      'invalid_state',
      400,
      'The organisation this connect link was made for no longer exists.',
    );
  }
  return { url: authorizationUrlFor(app, state), organizationName: org.name, expiresAt: inspected.expiresAt };
}

/** TikTok's answer to the exchange (or the look-up after it) as a page; anything else passes through. */
function tiktokFailure(error: unknown, until: Date, authCode: string): unknown {
  if (!(error instanceof AppError)) return error;
  const again = `You may approve again from the same connect link until ${until.toISOString().slice(11, 16)} UTC, or ask for a new one.`;
  const code = error.details?.tiktok_code;
  const details: Record<string, unknown> = {};
  if (code !== undefined) details.tiktok_code = code;
  if (error.details?.tiktok_request_id !== undefined)
    details.tiktok_request_id = error.details.tiktok_request_id;
  const failure = (status: number, why: string, next = again) =>
    new ConnectFailure('tiktok_failed', status, `${why} Nothing was connected. ${next}`, {
      cause: error,
      details,
    });

  // 40110 and 40115: a used, expired or cancelled code (TikTok's error-code doc, id 1737172488964097).
  if (code === 40110 || code === 40115) {
    return failure(
      400,
      `TikTok did not accept the authorisation code (code ${code}): it has already been used or has expired (a code works once, within an hour).`,
    );
  }
  // 40101: "Secret and app ID do not match. The authorization code is invalid." Either is possible.
  if (code === 40101) {
    return failure(
      400,
      "TikTok did not accept the authorisation code or this gateway's app credentials (code 40101): the code may be invalid or from an earlier attempt.",
      `${again} If it keeps failing, the operator must check TIKTOK_APP_ID and TIKTOK_APP_SECRET.`,
    );
  }
  if (code === 40113) {
    return failure(
      502,
      `TikTok refused this gateway's app credentials (code ${code}).`,
      'The operator must check TIKTOK_APP_ID and TIKTOK_APP_SECRET.',
    );
  }
  switch (error.code) {
    case 'platform_outcome_unknown':
      return failure(
        504,
        'TikTok gave no clear answer, so the authorisation code may or may not have been used.',
      );
    case 'platform_rate_limited':
      return failure(503, 'TikTok is receiving too many requests from this gateway; wait a minute.');
    case 'platform_unavailable':
      return failure(502, 'TikTok could not be reached.');
    default: {
      // TikTok's wording is shown as data; the one-time code must not be echoed with it.
      const quoted = JSON.stringify(redact(String(error.details?.tiktok_message ?? ''), authCode));
      return failure(
        502,
        `TikTok refused to complete the connection (code ${code ?? 'unknown'}): ${quoted}.`,
      );
    }
  }
}

/** Name, currency and timezone of each advertiser, from /advertiser/info/. */
async function describeAdvertisers(
  tiktok: TikTokClient,
  accessToken: string,
  advertiserIds: string[],
): Promise<AdvertiserToConnect[]> {
  const found = await advertiserInfo(tiktok, accessToken, advertiserIds);
  return advertiserIds.map((id) => {
    const info = found.get(id);
    return {
      advertiserId: id,
      name: info?.name || `Advertiser ${id}`,
      currency: info?.currency,
      timezone: info?.timezone,
    };
  });
}

export interface CompletedConnection {
  organizationId: string;
  organizationName: string;
  advertisers: AdvertiserToConnect[];
}

/** The OAuth callback: state, then the one exchange of the code, then the accounts. */
export async function completeConnection(
  gateway: Pick<Gateway, 'config' | 'store' | 'oauthStates' | 'tiktok' | 'accounts'>,
  input: { state: string | undefined; authCode: string | undefined; binding?: string | undefined },
): Promise<CompletedConnection> {
  const app = tiktokApp(gateway.config);
  if (!app) throw new ConnectFailure('not_configured', 503, MISSING_APP);
  if (!input.state) {
    throw new ConnectFailure(
      'invalid_state',
      400,
      `TikTok sent no state back, so this answer cannot be matched to a connect link. Nothing was connected. ${NEW_LINK}`,
    );
  }
  const claim = await gateway.oauthStates.claim(input.state).catch((error: unknown) => {
    throw fromStateRefusal(error);
  });
  try {
    if (
      claim.bindingHash !== null &&
      (input.binding === undefined || sha256Hex(input.binding) !== claim.bindingHash)
    ) {
      throw new ConnectFailure(
        'wrong_browser',
        403,
        'This connect link was started from the adgate console in another browser (or its cookie is gone), so it cannot ' +
          'connect here. Nothing was connected. Start again from "Connect TikTok" in the console, in this browser.',
      );
    }
    if (!input.authCode) {
      throw new ConnectFailure(
        'missing_code',
        400,
        'TikTok sent no authorisation code: the authorisation was cancelled or did not finish. Nothing was connected. ' +
          'Open the connect link again and approve.',
      );
    }
    const organization = await gateway.store.organizations.get(claim.organizationId);
    if (!organization) {
      throw new ConnectFailure(
        'invalid_state',
        400,
        'The organisation this connect link was made for no longer exists. Nothing was connected.',
      );
    }
    let grant: Awaited<ReturnType<TikTokClient['exchangeAuthCode']>>;
    let advertisers: AdvertiserToConnect[];
    try {
      grant = await gateway.tiktok.exchangeAuthCode(input.authCode, {
        appId: app.appId,
        secret: app.appSecret,
      });
      const ids = (grant.data.advertiser_ids ?? []).map(String);
      if (ids.length === 0) {
        throw new ConnectFailure(
          'no_advertisers',
          400,
          'TikTok says no advertiser account was authorised. Nothing was connected. Open the connect link again and ' +
            'select at least one advertiser account before approving.',
        );
      }
      advertisers = await describeAdvertisers(gateway.tiktok, grant.data.access_token, ids);
    } catch (error) {
      throw tiktokFailure(error, claim.expiresAt, input.authCode);
    }
    await gateway.accounts.connect(organization.id, grant.data.access_token, advertisers);
    return { organizationId: organization.id, organizationName: organization.name, advertisers };
  } catch (error) {
    await gateway.oauthStates.release(claim);
    throw error;
  }
}
