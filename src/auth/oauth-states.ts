/**
 * The `state` of TikTok's OAuth flow (reference §3.4): it names the organisation a connection is
 * for, and it must come back unaltered, at most once, within ten minutes.
 *
 * Format: `v1.<nonce>.<expiry, unix seconds>.<HMAC-SHA256>`. The signature (a key derived from the
 * gateway's secret key) refuses a forged or altered state before the database is touched, and the
 * expiry is part of what is signed. The organisation is not in the state: it is in the stored row,
 * found by the SHA-256 of the nonce, so the state never reveals it and a stolen database row cannot
 * be turned back into a usable state.
 */
import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../core/canonical-json.js';
import type { Clock } from '../core/clock.js';
import type { HmacSigner } from '../crypto/signer.js';
import type { Store } from '../store/index.js';

export const STATE_LIFETIME_MS = 10 * 60_000;
const VERSION = 'v1';
const MAX_STATE_LENGTH = 200;

/** Why a state was refused: not one this gateway issued, too old, or already used. */
export type StateProblem = 'invalid' | 'expired' | 'used';

export class StateRefusal extends Error {
  constructor(readonly problem: StateProblem) {
    super(`OAuth state refused: ${problem}`);
    this.name = 'StateRefusal';
  }
}

export interface IssuedState {
  state: string;
  expiresAt: Date;
}

/** A state a callback holds while it connects accounts. */
export interface ClaimedState {
  id: string;
  organizationId: string;
  claimedAt: string;
  expiresAt: Date;
  /** Set for a link started from the console: the browser binding the callback must match. */
  bindingHash: string | null;
}

export class OAuthStateService {
  constructor(
    private readonly store: Store,
    private readonly signer: HmacSigner,
    private readonly clock: Clock,
  ) {}

  /**
   * `bindingHash`: for a link started from the console, the SHA-256 of a secret held by that
   * browser only (a cookie); the callback then refuses any other browser.
   */
  async issue(organizationId: string, bindingHash: string | null = null): Promise<IssuedState> {
    const now = this.clock.now();
    // Whole seconds, so the signed expiry and the stored one are the same instant.
    const expirySeconds = Math.floor((now.getTime() + STATE_LIFETIME_MS) / 1000);
    const expiresAt = new Date(expirySeconds * 1000);
    await this.store.oauthStates.deleteExpired(now.toISOString());
    const nonce = randomBytes(24).toString('base64url');
    const body = `${VERSION}.${nonce}.${expirySeconds}`;
    await this.store.oauthStates.insert({
      id: sha256Hex(nonce),
      organization_id: organizationId,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      used_at: null,
      binding_hash: bindingHash,
    });
    return { state: `${body}.${this.signer.sign(body)}`, expiresAt };
  }

  /** The organisation a still usable state is for, without using it up. */
  async inspect(state: string): Promise<{ organizationId: string; expiresAt: Date }> {
    const { id, expiresAt } = this.verify(state);
    const record = await this.store.oauthStates.get(id);
    if (!record || record.used_at !== null) throw new StateRefusal('used');
    return { organizationId: record.organization_id, expiresAt };
  }

  /** Takes the state for one callback: a second claim is refused until this one is released. */
  async claim(state: string): Promise<ClaimedState> {
    const { id, expiresAt } = this.verify(state);
    const claimedAt = this.clock.now().toISOString();
    const record = await this.store.oauthStates.claim(id, claimedAt);
    if (!record) throw new StateRefusal('used');
    return {
      id,
      organizationId: record.organization_id,
      claimedAt,
      expiresAt,
      bindingHash: record.binding_hash,
    };
  }

  /** Gives a claimed state back after a failure, so the same link can be approved again. */
  release(claim: ClaimedState): Promise<void> {
    return this.store.oauthStates.release(claim.id, claim.claimedAt);
  }

  private verify(state: string): { id: string; expiresAt: Date } {
    if (state.length > MAX_STATE_LENGTH) throw new StateRefusal('invalid');
    const parts = state.split('.');
    const [version, nonce, expiry, signature] = parts;
    if (
      parts.length !== 4 ||
      version !== VERSION ||
      !nonce ||
      !expiry ||
      !signature ||
      !/^\d{1,12}$/.test(expiry)
    ) {
      throw new StateRefusal('invalid');
    }
    if (!this.signer.verify(`${version}.${nonce}.${expiry}`, signature)) throw new StateRefusal('invalid');
    const expiresAt = new Date(Number(expiry) * 1000);
    if (expiresAt.getTime() <= this.clock.now().getTime()) throw new StateRefusal('expired');
    return { id: sha256Hex(nonce), expiresAt };
  }
}
