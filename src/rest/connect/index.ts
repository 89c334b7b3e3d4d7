/**
 * Connecting TikTok accounts by OAuth (reference §3.4), over HTTP:
 * - `POST /api/v1/connections/tiktok` (API key): a connect link for the caller's organisation.
 * - `GET /connect/tiktok?state=...`: sends the browser on to TikTok's authorisation page while the
 *   link can still be used (and says why not otherwise), so a link can be shared as a gateway URL.
 * - `GET /connect/tiktok/callback?auth_code=...&state=...`: where TikTok sends the browser back;
 *   connects the authorised advertisers and answers with a page saying which.
 * Pages are never cached and never leak their URL (it holds the one-time code) as a Referer.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { enforceRateLimit } from '../../core/rate-limiter.js';
import { AppError } from '../../errors.js';
import type { Gateway } from '../../gateway.js';
import {
  ConnectFailure,
  type ConnectFailureReason,
  completeConnection,
  createConnectLink,
  inspectConnectLink,
} from '../../operations/connections.js';
import { CONNECT_COOKIE } from '../console/connect.js';
import { readCookie, serializeCookie } from '../cookies.js';
import { confirmPage, connectedPage, failurePage } from './pages.js';

const TITLES: Record<ConnectFailureReason, string> = {
  not_configured: 'Connecting TikTok accounts is not set up',
  invalid_state: 'This connect link is not valid',
  expired_state: 'This connect link has expired',
  used_state: 'This connect link has already been used',
  missing_code: 'The authorisation did not finish',
  wrong_browser: 'This connect link belongs to another browser',
  tiktok_failed: 'TikTok did not complete the connection',
  no_advertisers: 'No advertiser account was authorised',
};

const PAGE_HEADERS = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
};

function sendPage(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.code(status).headers(PAGE_HEADERS).type('text/html; charset=utf-8').send(html);
}

/** A query parameter given once, or undefined (absent, empty or repeated). */
function param(request: FastifyRequest, name: string): string | undefined {
  const value = (request.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function failureReply(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  if (error instanceof ConnectFailure) {
    request.log.warn(
      { request_id: request.id, reason: error.reason, status: error.status, ...error.details },
      'tiktok connection refused',
    );
    return sendPage(
      reply,
      error.status,
      failurePage(TITLES[error.reason], error.publicMessage, error.details),
    );
  }
  request.log.error({ err: error, request_id: request.id }, 'tiktok connection failed');
  return sendPage(
    reply,
    500,
    failurePage(
      'Something went wrong inside adgate',
      `Nothing was connected. Try again from the same connect link; if it keeps happening, report request id ${request.id}.`,
    ),
  );
}

export async function registerConnectRoutes(app: FastifyInstance, gateway: Gateway): Promise<void> {
  app.post('/api/v1/connections/tiktok', async (request, reply) => {
    const caller = await gateway.keys.authenticate(request.headers.authorization);
    await enforceRateLimit(gateway.rateLimiter, caller.keyId);
    request.callLog = { tool: '', organizationId: caller.organizationId, replayed: false, billed: false };
    const body = request.body;
    if (
      body !== undefined &&
      (typeof body !== 'object' || body === null || Array.isArray(body) || Object.keys(body).length > 0)
    ) {
      throw new AppError('invalid_request', 'This endpoint takes no arguments: send no body, or {}.');
    }
    const link = await createConnectLink(gateway, caller.organizationId);
    const expiresAt = link.expiresAt.toISOString();
    const text =
      `Open this link within 10 minutes (until ${expiresAt}) and approve on TikTok to connect advertiser accounts ` +
      `to **${caller.organizationName}**. The link works once.\n\n${link.url}`;
    return reply
      .code(200)
      .type('application/json')
      .send(
        JSON.stringify({
          success: true,
          data: {
            text,
            structured: { url: link.url, expires_at: expiresAt, organization_id: link.organizationId },
          },
        }),
      );
  });

  app.get('/connect/tiktok', async (request, reply) => {
    const state = param(request, 'state');
    if (!state) {
      return sendPage(
        reply,
        400,
        failurePage(
          'Connect a TikTok account',
          'Open the connect link you were given. To get one: `adgate accounts connect-url --org ORG`, or ' +
            'POST /api/v1/connections/tiktok with your API key.',
        ),
      );
    }
    try {
      const link = await inspectConnectLink(gateway, state);
      return sendPage(reply, 200, confirmPage(link.organizationName, link.url, link.expiresAt));
    } catch (error) {
      return failureReply(request, reply, error);
    }
  });

  app.get('/connect/tiktok/callback', async (request, reply) => {
    try {
      const done = await completeConnection(gateway, {
        state: param(request, 'state'),
        authCode: param(request, 'auth_code'),
        binding: readCookie(request.headers.cookie, CONNECT_COOKIE),
      });
      // The binding has served its purpose.
      reply.header(
        'set-cookie',
        serializeCookie(CONNECT_COOKIE, '', {
          path: '/connect/tiktok',
          sameSite: 'Lax',
          maxAge: 0,
          secure: false,
        }),
      );
      request.log.info(
        {
          request_id: request.id,
          organization_id: done.organizationId,
          advertiser_ids: done.advertisers.map((a) => a.advertiserId),
        },
        'tiktok accounts connected',
      );
      return sendPage(reply, 200, connectedPage(done.organizationName, done.advertisers));
    } catch (error) {
      return failureReply(request, reply, error);
    }
  });
}
