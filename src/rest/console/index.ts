/**
 * The web console at /console: server-rendered pages for operators, signed in with an admin key.
 * Security: the session cookie is HttpOnly and SameSite=Strict; every form carries a CSRF token
 * checked on the server (the sign-in form a double-submit token, before there is a session); a
 * strict CSP (scripts and styles from this origin only, no inline code); no caching, no framing,
 * no referrer. Every action calls the same operation as the CLI and the admin API.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TIKTOK_PRODUCTION_URL } from '../../config.js';
import { AppError } from '../../errors.js';
import type { Gateway } from '../../gateway.js';
import { disconnectAccount, listConnections } from '../../operations/accounts.js';
import { readAuditLog } from '../../operations/audit.js';
import { canConnectByOAuth } from '../../operations/connections.js';
import { createKey, getKey, listKeys, revokeKey, updateKeyScope } from '../../operations/keys.js';
import {
  createOrganization,
  listOrganizations,
  parseTier,
  requireOrganization,
  updateOrganization,
} from '../../operations/organizations.js';
import { usageReport } from '../../operations/usage.js';
import { organizationView } from '../../operations/views.js';
import { readCookie, serializeCookie } from '../cookies.js';
import { CHART_JS_PATH, CONSOLE_CSS, CONSOLE_JS, chartJsBundle } from './assets.js';
import { startBoundConnection } from './connect.js';
import { keyCreatedPage, loginPage, messagePage, organizationPage, organizationsPage } from './pages.js';
import { type ConsoleSession, ConsoleSessions, SESSION_COOKIE, sameToken } from './sessions.js';

const LOGIN_CSRF_COOKIE = 'adgate_console_login';
type Form = Record<string, string>;

declare module 'fastify' {
  interface FastifyRequest {
    consoleSession?: ConsoleSession;
  }
}

function securityHeaders(tiktokOrigin: string): Record<string, string> {
  return {
    'content-security-policy': [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      // "Connect TikTok" posts here and is redirected on to TikTok's authorisation page.
      `form-action 'self' ${tiktokOrigin}`,
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ].join('; '),
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  };
}

function html(reply: FastifyReply, status: number, page: string): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(page);
}

function field(form: Form, name: string): string | undefined {
  const value = form[name]?.trim();
  return value ? value : undefined;
}

function amount(form: Form, name: string): number | undefined {
  const value = field(form, name);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new AppError('invalid_request', `${name} must be a number, not "${value}".`);
  return n;
}

function limitsFrom(form: Form): Record<string, number> {
  const limits: Record<string, number> = {};
  for (const name of ['max_daily_budget', 'max_lifetime_budget', 'max_daily_added']) {
    const value = amount(form, name);
    if (value !== undefined) limits[name] = value;
  }
  return limits;
}

export async function registerConsoleRoutes(app: FastifyInstance, gateway: Gateway): Promise<void> {
  const sessions = new ConsoleSessions(
    gateway.store,
    gateway.clock,
    gateway.config.operators.consoleSessionMinutes * 60_000,
  );
  const secure = (gateway.config.publicUrl ?? '').startsWith('https://');
  const tiktokOrigin = new URL(gateway.config.tiktok.baseUrl ?? TIKTOK_PRODUCTION_URL).origin;
  const headers = securityHeaders(tiktokOrigin);
  const chartJs = chartJsBundle();
  const sessionCookie = (value: string, maxAge: number) =>
    serializeCookie(SESSION_COOKIE, value, { path: '/', sameSite: 'Strict', maxAge, secure });

  await app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_req, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(body as string)));
      },
    );
    scope.addHook('onSend', async (_request, reply) => {
      reply.headers(headers);
    });
    scope.setErrorHandler(async (error, request, reply) => {
      const appError = error instanceof AppError ? error : undefined;
      if (!appError) request.log.error({ err: error, request_id: request.id }, 'console error');
      const status = appError?.status ?? 500;
      const message =
        appError?.message ?? `Something went wrong inside adgate; report request id ${request.id}.`;
      return html(
        reply,
        status,
        messagePage(
          { csrfToken: request.consoleSession?.csrfToken, signedIn: request.consoleSession !== undefined },
          'That did not work',
          message,
        ),
      );
    });

    scope.get('/console/assets/console.js', async (_r, reply) =>
      reply.type('text/javascript; charset=utf-8').send(CONSOLE_JS),
    );
    scope.get('/console/assets/console.css', async (_r, reply) =>
      reply.type('text/css; charset=utf-8').send(CONSOLE_CSS),
    );
    scope.get(CHART_JS_PATH, async (_r, reply) => reply.type('text/javascript; charset=utf-8').send(chartJs));

    const showLogin = (reply: FastifyReply, status: number, error?: string) => {
      const token = randomBytes(32).toString('base64url');
      reply.header(
        'set-cookie',
        serializeCookie(LOGIN_CSRF_COOKIE, token, {
          path: '/console',
          sameSite: 'Strict',
          maxAge: 600,
          secure,
        }),
      );
      return html(reply, status, loginPage({ csrfToken: token }, error));
    };

    scope.get('/console/login', async (_request, reply) => showLogin(reply, 200));

    scope.post('/console/login', async (request, reply) => {
      const form = (request.body ?? {}) as Form;
      if (!sameToken(form._csrf, readCookie(request.headers.cookie, LOGIN_CSRF_COOKIE) ?? '\0')) {
        return showLogin(reply, 403, 'The sign-in form expired or was not sent from this page; try again.');
      }
      let adminKeyId: string;
      try {
        adminKeyId = (await gateway.adminKeys.verify(field(form, 'admin_key'))).adminKeyId;
      } catch (error) {
        return showLogin(reply, 401, error instanceof AppError ? error.message : 'Sign-in failed.');
      }
      const { id } = await sessions.start(adminKeyId);
      reply.header('set-cookie', sessionCookie(id, sessions.lifetimeSeconds));
      return reply.code(303).header('location', '/console').send();
    });

    /** Every other page needs a live session; every POST its CSRF token. */
    const guarded = async (request: FastifyRequest, reply: FastifyReply) => {
      const session = await sessions.find(readCookie(request.headers.cookie, SESSION_COOKIE));
      if (!session) return reply.code(303).header('location', '/console/login').send();
      if (request.method === 'POST' && !sameToken(((request.body ?? {}) as Form)._csrf, session.csrfToken)) {
        return html(
          reply,
          403,
          messagePage(
            { csrfToken: session.csrfToken },
            'Refused',
            'This form was not sent from a page of this console session (missing or wrong CSRF token). Nothing was changed.',
          ),
        );
      }
      request.consoleSession = session;
      return undefined;
    };
    const ctx = (request: FastifyRequest) => ({
      csrfToken: request.consoleSession?.csrfToken,
      signedIn: true,
    });

    await scope.register(async (pages) => {
      pages.addHook('preHandler', guarded);

      pages.post('/console/logout', async (request, reply) => {
        await sessions.end(request.consoleSession as ConsoleSession);
        reply.header('set-cookie', sessionCookie('', 0));
        return reply.code(303).header('location', '/console/login').send();
      });

      pages.get('/console', async (request, reply) => {
        const orgs = (await listOrganizations(gateway)).map(organizationView);
        return html(reply, 200, organizationsPage(ctx(request), orgs));
      });

      pages.post('/console/orgs', async (request, reply) => {
        const form = request.body as Form;
        const org = await createOrganization(gateway, {
          name: field(form, 'name') ?? '',
          tier: parseTier(field(form, 'tier') ?? 'free'),
        });
        return reply.code(303).header('location', `/console/orgs/${org.id}`).send();
      });

      pages.get<{ Params: { org: string } }>('/console/orgs/:org', async (request, reply) => {
        const org = organizationView(await requireOrganization(gateway, request.params.org));
        const [keys, usage, accounts, audit] = await Promise.all([
          listKeys(gateway, org.id),
          usageReport(gateway, org.id, 30),
          listConnections(gateway, org.id),
          readAuditLog(gateway, { org: org.id, limit: 50 }),
        ]);
        return html(
          reply,
          200,
          organizationPage(ctx(request), {
            org,
            keys,
            usage,
            accounts,
            audit: audit.records,
            canConnect: canConnectByOAuth(gateway.config),
          }),
        );
      });

      pages.post<{ Params: { org: string } }>('/console/orgs/:org/keys', async (request, reply) => {
        const form = request.body as Form;
        const ids = field(form, 'advertiser_ids');
        const { key, record } = await createKey(gateway, request.params.org, {
          name: field(form, 'name'),
          read_only: form.read_only === 'true',
          ...(ids ? { advertiser_ids: ids.split(/[\s,]+/).filter(Boolean) } : {}),
          spend_limits: limitsFrom(form),
        });
        return html(reply, 201, keyCreatedPage(ctx(request), record.organization_id, key, record));
      });

      pages.post<{ Params: { key: string } }>('/console/keys/:key/revoke', async (request, reply) => {
        const record = await getKey(gateway, request.params.key);
        await revokeKey(gateway, record.id);
        return reply.code(303).header('location', `/console/orgs/${record.organization_id}`).send();
      });

      pages.post<{ Params: { key: string } }>('/console/keys/:key/scope', async (request, reply) => {
        const form = request.body as Form;
        const ids = field(form, 'advertiser_ids');
        const record = await updateKeyScope(gateway, request.params.key, {
          read_only: form.read_only === 'true',
          advertiser_ids: ids ? ids.split(/[\s,]+/).filter(Boolean) : null,
          spend_limits: limitsFrom(form),
        });
        return reply.code(303).header('location', `/console/orgs/${record.organization_id}`).send();
      });

      pages.post<{ Params: { org: string } }>('/console/orgs/:org/limits', async (request, reply) => {
        const org = await updateOrganization(gateway, request.params.org, {
          spendLimits: limitsFrom(request.body as Form),
        });
        return reply.code(303).header('location', `/console/orgs/${org.id}`).send();
      });

      pages.post<{ Params: { org: string; advertiser: string } }>(
        '/console/orgs/:org/accounts/:advertiser/disconnect',
        async (request, reply) => {
          await disconnectAccount(gateway, request.params.org, request.params.advertiser);
          return reply.code(303).header('location', `/console/orgs/${request.params.org}`).send();
        },
      );

      pages.post<{ Params: { org: string } }>('/console/orgs/:org/connect', async (request, reply) => {
        const org = await requireOrganization(gateway, request.params.org);
        const { url, cookie } = await startBoundConnection(gateway, org.id, secure);
        return reply.code(303).header('set-cookie', cookie).header('location', url).send();
      });
    });
  });
}
