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
export async function createConnectLink(
  gateway: Pick<Gateway, 'config' | 'store' | 'oauthStates'>,
  orgRef: string,
): Promise<ConnectLink> {
  const org = await requireOrganization(gateway, orgRef);
  const app = tiktokApp(gateway.config);
  if (!app) throw new AppError('not_configured', MISSING_APP);
  const { state, expiresAt } = await gateway.oauthStates.issue(org.id);
  return { organizationId: org.id, url: authorizationUrlFor(app, state), expiresAt };
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

/** For `GET /connect/tiktok?state=`: TikTok's page for a state that can still be used. */
export async function authorizationUrlForState(
  gateway: Pick<Gateway, 'config' | 'oauthStates'>,
  state: string,
): Promise<string> {
  const app = tiktokApp(gateway.config);
  if (!app) throw new ConnectFailure('not_configured', 503, MISSING_APP);
  try {
    await gateway.oauthStates.inspect(state);
  } catch (error) {
    throw fromStateRefusal(error);
  }
  return authorizationUrlFor(app, state);
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

  if (code === 40110) {
    return failure(
      400,
      `TikTok did not accept the authorisation code: it has already been used or has expired (a code works once, within an hour).`,
    );
  }
  if (code === 40101 || code === 40113) {
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
  input: { state: string | undefined; authCode: string | undefined },
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
