/** A gateway set up for TikTok OAuth against the emulator, and a person's steps on TikTok's page. */
import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import type { Clock } from '../../src/core/clock.js';
import { createLogger } from '../../src/logger.js';
import { APP } from '../../src/tiktok/emulator/index.js';
import { createOrgWithKey } from '../support/harness.js';
import type { TestDatabase } from '../support/stores.js';
import { startTikTokHarness, type TikTokHarness } from '../support/tiktok.js';

export const CALLBACK_PATH = '/connect/tiktok/callback';

/** A port free right now, for a gateway whose redirect URL must be known before it starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface OAuthHarness extends TikTokHarness {
  /** Every log line the gateway wrote. */
  logs: string[];
  redirectUrl: string;
  organizationId: string;
  key: string;
}

export interface OAuthOptions {
  /** Listen on this port (for a browser); without it the app is reached with inject(). */
  port?: number;
  clock?: Clock;
  /** Replaces the TikTok app settings (e.g. leaves them out, or a wrong secret). */
  app?: Record<string, string>;
}

export async function startOAuthHarness(db: TestDatabase, options: OAuthOptions = {}): Promise<OAuthHarness> {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const origin = options.port === undefined ? 'http://gateway.test' : `http://127.0.0.1:${options.port}`;
  const redirectUrl = `${origin}${CALLBACK_PATH}`;
  const h = await startTikTokHarness(db, {
    logger: createLogger('debug', sink),
    ...(options.clock ? { clock: options.clock } : {}),
    env: options.app ?? {
      TIKTOK_APP_ID: APP.ID,
      TIKTOK_APP_SECRET: APP.SECRET,
      TIKTOK_REDIRECT_URL: redirectUrl,
    },
  });
  if (options.port !== undefined) await h.app.listen({ port: options.port, host: '127.0.0.1' });
  const { organizationId, key } = await createOrgWithKey(h.gateway, 'plus');
  return { ...h, logs, redirectUrl, organizationId, key };
}

/** Asks the gateway for a connect link with the API key; returns the gateway's confirmation page URL. */
export async function confirmationLink(h: OAuthHarness, key = h.key): Promise<string> {
  const response = await h.app.inject({
    method: 'POST',
    url: '/api/v1/connections/tiktok',
    headers: { authorization: `Bearer ${key}` },
  });
  if (response.statusCode !== 200) throw new Error(`connect link refused: ${response.body}`);
  return response.json().data.structured.url as string;
}

/** The TikTok URL behind "Continue to TikTok" on a confirmation page. */
export async function continueUrl(h: OAuthHarness, confirmation: string): Promise<string> {
  const url = new URL(confirmation);
  const page = await h.app.inject({ url: `${url.pathname}${url.search}` });
  const href = /id="continue" href="([^"]+)"/.exec(page.body)?.[1];
  if (page.statusCode !== 200 || !href)
    throw new Error(`no confirmation page: ${page.statusCode} ${page.body}`);
  return href.replace(/&amp;/g, '&');
}

/** A connect link made for someone else, followed through its confirmation page: TikTok's URL. */
export async function connectLink(h: OAuthHarness, key = h.key): Promise<string> {
  return continueUrl(h, await confirmationLink(h, key));
}

/**
 * What a person does on TikTok's page without a browser: posts the form for `advertiserIds`.
 * Returns the callback path and query TikTok sends the browser to.
 */
export async function approveOnTikTok(connectUrl: string, advertiserIds: string[]): Promise<string> {
  const url = new URL(connectUrl);
  const form = new URLSearchParams(url.searchParams);
  for (const id of advertiserIds) form.append('advertiser_ids', id);
  const response = await fetch(`${url.origin}${url.pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    redirect: 'manual',
  });
  const location = response.headers.get('location');
  if (response.status !== 302 || !location)
    throw new Error(`TikTok's page did not redirect: ${response.status}`);
  const back = new URL(location);
  return `${back.pathname}${back.search}`;
}

/** The tokens the emulator issued by OAuth (to check that none leaks). */
export function issuedTokens(h: TikTokHarness): string[] {
  return h.emulator.seed.tokens.filter((t) => t.token.startsWith('emu-oauth-')).map((t) => t.token);
}
