/**
 * TikTok's authorisation page (reference §3.4 step 1), as a plain HTML form: the person picks
 * which of the emulated advertisers to authorise and approves; the browser is then sent to
 * `redirect_uri` with `auth_code` and the untouched `state`. TikTok's e-mailed confirmation code
 * is left out. Not under /open_api/: this is the web page, not the API.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { EmulatorStore } from './store.js';

export const PORTAL_PATH = '/portal/auth';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function sendHtml(reply: FastifyReply, status: number, title: string, body: string): FastifyReply {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
        `<body><h1>${escapeHtml(title)}</h1>${body}</body></html>`,
    );
}

interface AuthRequest {
  appId: string;
  state: string;
  redirectUri: URL;
}

/** The request's parameters, or why the page cannot be shown (TikTok shows an error page too). */
function readRequest(store: EmulatorStore, params: URLSearchParams): AuthRequest | string {
  const appId = params.get('app_id') ?? '';
  if (appId !== store.seed.app.app_id) return `Unknown app_id "${appId}".`;
  const redirect = params.get('redirect_uri') ?? '';
  let redirectUri: URL;
  try {
    redirectUri = new URL(redirect);
  } catch {
    return `redirect_uri "${redirect}" is not a URL.`;
  }
  if (redirectUri.protocol !== 'http:' && redirectUri.protocol !== 'https:') {
    return `redirect_uri "${redirect}" must be http or https.`;
  }
  return { appId, state: params.get('state') ?? '', redirectUri };
}

function consentForm(store: EmulatorStore, request: AuthRequest, problem?: string): string {
  const app = store.seed.app;
  const boxes = store.seed.advertisers
    .map(
      (a) =>
        `<li><label><input type="checkbox" name="advertiser_ids" value="${escapeHtml(a.advertiser_id)}"> ` +
        `${escapeHtml(a.name)} (${escapeHtml(a.advertiser_id)}, ${escapeHtml(a.currency)})</label></li>`,
    )
    .join('');
  return [
    problem ? `<p id="problem" style="color:#b00">${escapeHtml(problem)}</p>` : '',
    `<p><strong>${escapeHtml(app.app_name)}</strong> asks to manage ads for the advertiser accounts you select.</p>`,
    `<form method="post" action="${PORTAL_PATH}">`,
    `<input type="hidden" name="app_id" value="${escapeHtml(request.appId)}">`,
    `<input type="hidden" name="state" value="${escapeHtml(request.state)}">`,
    `<input type="hidden" name="redirect_uri" value="${escapeHtml(request.redirectUri.href)}">`,
    `<ul>${boxes}</ul>`,
    '<button type="submit" id="approve">Confirm and authorize</button>',
    '</form>',
  ].join('\n');
}

export function registerPortalRoutes(
  app: FastifyInstance,
  deps: { store: EmulatorStore; now: () => Date },
): void {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, text, done) => {
      done(null, new URLSearchParams(String(text)));
    },
  );

  app.get(PORTAL_PATH, async (request, reply) => {
    const params = new URLSearchParams(request.url.split('?')[1] ?? '');
    const read = readRequest(deps.store, params);
    if (typeof read === 'string')
      return sendHtml(reply, 400, 'Authorization failed', `<p>${escapeHtml(read)}</p>`);
    return sendHtml(reply, 200, 'Authorize TikTok For Business', consentForm(deps.store, read));
  });

  app.post(PORTAL_PATH, async (request, reply) => {
    const params = request.body instanceof URLSearchParams ? request.body : new URLSearchParams();
    const read = readRequest(deps.store, params);
    if (typeof read === 'string')
      return sendHtml(reply, 400, 'Authorization failed', `<p>${escapeHtml(read)}</p>`);
    const known = new Set(deps.store.seed.advertisers.map((a) => a.advertiser_id));
    const chosen = [...new Set(params.getAll('advertiser_ids'))].filter((id) => known.has(id));
    if (chosen.length === 0) {
      const form = consentForm(deps.store, read, 'Select at least one advertiser account.');
      return sendHtml(reply, 400, 'Authorize TikTok For Business', form);
    }
    const code = randomBytes(20).toString('hex');
    deps.store.authCodes.set(code, {
      code,
      appId: read.appId,
      advertiserIds: chosen,
      issuedAt: deps.now(),
      used: false,
    });
    const target = new URL(read.redirectUri.href);
    target.searchParams.set('auth_code', code);
    target.searchParams.set('state', read.state);
    return reply.code(302).header('location', target.href).send();
  });
}
