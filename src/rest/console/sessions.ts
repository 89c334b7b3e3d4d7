/**
 * Console sign-ins. The session id is 256 random bits in an HttpOnly, SameSite=Strict cookie; only
 * its SHA-256 is stored, with a CSRF token that every form must send back. Sessions end at a fixed
 * time after sign-in (ADGATE_CONSOLE_SESSION_MINUTES), at sign-out, and when the admin key is revoked.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { sha256Hex } from '../../core/canonical-json.js';
import type { Clock } from '../../core/clock.js';
import type { Store } from '../../store/index.js';

export const SESSION_COOKIE = 'adgate_console';

export interface ConsoleSession {
  idHash: string;
  adminKeyId: string;
  csrfToken: string;
  expiresAt: string;
}

export function sameToken(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export class ConsoleSessions {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly lifetimeMs: number,
  ) {}

  async start(adminKeyId: string): Promise<{ id: string; session: ConsoleSession }> {
    const now = this.clock.now();
    await this.store.consoleSessions.deleteExpired(now.toISOString());
    const id = randomBytes(32).toString('base64url');
    const session: ConsoleSession = {
      idHash: sha256Hex(id),
      adminKeyId,
      csrfToken: randomBytes(32).toString('base64url'),
      expiresAt: new Date(now.getTime() + this.lifetimeMs).toISOString(),
    };
    await this.store.consoleSessions.insert({
      id_hash: session.idHash,
      admin_key_id: adminKeyId,
      csrf_token: session.csrfToken,
      created_at: now.toISOString(),
      expires_at: session.expiresAt,
    });
    return { id, session };
  }

  async find(id: string | undefined): Promise<ConsoleSession | undefined> {
    if (!id) return undefined;
    const record = await this.store.consoleSessions.findLive(sha256Hex(id), this.clock.now().toISOString());
    if (!record) return undefined;
    return {
      idHash: record.id_hash,
      adminKeyId: record.admin_key_id,
      csrfToken: record.csrf_token,
      expiresAt: record.expires_at,
    };
  }

  end(session: ConsoleSession): Promise<void> {
    return this.store.consoleSessions.delete(session.idHash);
  }

  get lifetimeSeconds(): number {
    return Math.floor(this.lifetimeMs / 1000);
  }
}
