/** "Connect TikTok" from the console: a link bound to this browser by a cookie (see operations/connections.ts). */
import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../../core/canonical-json.js';
import type { Gateway } from '../../gateway.js';
import { createConnectLink } from '../../operations/connections.js';
import { serializeCookie } from '../cookies.js';

export const CONNECT_COOKIE = 'adgate_connect';

/**
 * The cookie is SameSite=Lax, not Strict: TikTok sends the browser back to the callback from its
 * own site, and a Strict cookie would not come along. Its path is the callback's, its life the link's.
 */
export async function startBoundConnection(
  gateway: Gateway,
  orgId: string,
  secure: boolean,
): Promise<{ url: string; cookie: string }> {
  const binding = randomBytes(32).toString('base64url');
  const link = await createConnectLink(gateway, orgId, { bindingHash: sha256Hex(binding) });
  const maxAge = Math.max(1, Math.floor((link.expiresAt.getTime() - gateway.clock.now().getTime()) / 1000));
  return {
    url: link.url,
    cookie: serializeCookie(CONNECT_COOKIE, binding, {
      path: '/connect/tiktok',
      sameSite: 'Lax',
      maxAge,
      secure,
    }),
  };
}
