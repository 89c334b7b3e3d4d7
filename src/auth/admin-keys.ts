/**
 * Admin keys, for the admin API and the console: `sk_admin_` and 32 URL-safe random characters,
 * stored as a SHA-256 like API keys (see api-keys.ts for why a fast hash is right). An admin key
 * can manage every organisation; it can never call a tool, and an API key is never an admin key.
 */
import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../core/canonical-json.js';
import type { Clock } from '../core/clock.js';
import { newId } from '../core/ids.js';
import { AppError } from '../errors.js';
import type { AdminKeyRecord } from '../store/admin-keys.js';
import type { Store } from '../store/index.js';
import { ADMIN_KEY_PATTERN, KEY_PATTERN } from './api-keys.js';

const PREFIX_LENGTH = 'sk_admin_'.length + 4;
const HELP =
  'Send an admin key as `Authorization: Bearer sk_admin_...`; an operator creates one with `adgate admin-keys create`.';

export interface Admin {
  adminKeyId: string;
  name: string;
}

export class AdminKeyService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async create(name = 'admin'): Promise<{ key: string; record: AdminKeyRecord }> {
    const key = `sk_admin_${randomBytes(24).toString('base64url')}`;
    const record: AdminKeyRecord = {
      id: newId('adm'),
      name: name.trim() || 'admin',
      prefix: key.slice(0, PREFIX_LENGTH),
      key_hash: sha256Hex(key),
      created_at: this.clock.now().toISOString(),
      revoked_at: null,
      last_used_at: null,
    };
    await this.store.adminKeys.insert(record);
    return { key, record };
  }

  /** The admin behind a bearer header, or a 401 that says what was wrong. */
  async authenticate(authorization: string | undefined): Promise<Admin> {
    if (!authorization) throw new AppError('unauthenticated', `No admin key was sent. ${HELP}`);
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    return this.verify(match?.[1]);
  }

  /** The admin a raw key belongs to (the console's sign-in form sends the key itself). */
  async verify(key: string | undefined): Promise<Admin> {
    if (key !== undefined && KEY_PATTERN.test(key)) {
      throw new AppError(
        'unauthenticated',
        `This is an API key for tools (sk_live_...); the admin API and the console take an admin key. ${HELP}`,
      );
    }
    if (key === undefined || !ADMIN_KEY_PATTERN.test(key)) {
      throw new AppError('unauthenticated', `This is not a valid admin key. ${HELP}`);
    }
    const record = await this.store.adminKeys.findByHash(sha256Hex(key));
    if (!record) throw new AppError('unauthenticated', `This admin key is not known. ${HELP}`);
    if (record.revoked_at) throw new AppError('unauthenticated', `This admin key was revoked. ${HELP}`);
    const now = this.clock.now();
    if (!record.last_used_at || now.getTime() - Date.parse(record.last_used_at) > 60_000) {
      await this.store.adminKeys.touch(record.id, now.toISOString());
    }
    return { adminKeyId: record.id, name: record.name };
  }
}
