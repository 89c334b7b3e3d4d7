/**
 * Idempotency-Key handling (API contract, section 6). The first request claims the key; a repeat
 * after completion is answered with the stored response; a repeat while it runs, or with other
 * arguments, is refused with 409. A live holder renews its lease every third of it (a heartbeat),
 * so the lease can be short: a holder that died loses the key within one lease, and the next
 * attempt takes over with `reconcile` set, because the dead holder may have written upstream.
 */
import { AppError } from '../errors.js';
import type { BillRequest } from '../store/calls.js';
import type { IdempotencyRecord } from '../store/idempotency.js';
import type { Store } from '../store/index.js';
import type { Clock } from './clock.js';

/**
 * - `claimed`: this call holds the key; `used` is the quota count after the bill made with the
 *   claim, undefined when none was (no bill asked, or the key was taken over from a dead holder).
 * - `refused`: the bill asked with the claim was refused; the key is not held.
 * - `replay`: the call was answered before: this is its stored answer.
 */
export type Claim =
  | { kind: 'claimed'; reconcile: boolean; used: number | undefined }
  | { kind: 'refused' }
  | { kind: 'replay'; status: number; body: string; requestId: string };

/** 1 to 255 printable ASCII characters; the RFC 8941 quoted form `"..."` is accepted too. */
export function parseIdempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (Array.isArray(header)) {
    throw new AppError(
      'invalid_request',
      'Send the Idempotency-Key header once; this request has it several times.',
    );
  }
  const value = /^"(.*)"$/.test(header) ? header.slice(1, -1) : header;
  if (!/^[\x21-\x7e][\x20-\x7e]{0,254}$/.test(value) || value.endsWith(' ')) {
    throw new AppError(
      'invalid_request',
      'The Idempotency-Key must be 1 to 255 printable ASCII characters without surrounding spaces; a UUID is recommended.',
    );
  }
  return value;
}

/**
 * 409 while another request holds the key. A live holder renews its lease every third of it, so
 * more than two thirds left means it is alive: retry in a second. Less means it missed a beat
 * (it probably died): `Retry-After` is when its lease ends and a retry takes over.
 */
function keyInUse(leaseLeftMs: number, leaseMs: number): AppError {
  const alive = leaseLeftMs >= (leaseMs * 2) / 3 - 1000;
  const seconds = alive ? 1 : Math.max(1, Math.ceil(leaseLeftMs / 1000));
  return new AppError(
    'idempotency_key_in_use',
    `A request with this Idempotency-Key is still being processed. Retry in ${seconds} s to get its result.`,
    { retryAfterSeconds: seconds },
  );
}

export class IdempotencyService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly retentionMs: number,
    private readonly leaseMs: number,
  ) {}

  /**
   * Claims the key for `holder`; with `bill`, bills the quota in the same write (store/calls.ts),
   * so that a new key costs one commit. A key met again goes the longer way: replay, refusal or
   * take-over, and a take-over is billed by the caller.
   */
  async claim(
    organizationId: string,
    key: string,
    tool: string,
    fingerprint: string,
    holder: string,
    bill?: BillRequest,
  ): Promise<Claim> {
    // A few rounds at most: each lost race means someone else now holds or has finished the key.
    for (let round = 0; round < 4; round++) {
      const now = this.clock.now();
      const nowIso = now.toISOString();
      const leaseExpiresAt = new Date(now.getTime() + this.leaseMs).toISOString();
      const row = {
        organization_id: organizationId,
        key,
        fingerprint,
        tool,
        lease_expires_at: leaseExpiresAt,
        lease_holder: holder,
        created_at: nowIso,
        expires_at: new Date(now.getTime() + this.retentionMs).toISOString(),
      };
      const begun = await this.store.calls.begin({ claim: row, bill });
      if (begun.kind === 'refused') return begun;
      if (begun.kind === 'started') return { kind: 'claimed', reconcile: false, used: begun.used };

      const seen = await this.store.idempotency.get(organizationId, key);
      const settled = seen
        ? await this.settle(seen, { tool, fingerprint, holder, nowIso, leaseExpiresAt })
        : undefined;
      if (settled) return settled;
    }
    throw keyInUse(this.leaseMs, this.leaseMs);
  }

  /**
   * What a record someone else wrote means for this claim: a refusal, a replay, or a takeover of an
   * expired lease; undefined when the record went away meanwhile, so the claim is tried again.
   */
  private async settle(
    seen: IdempotencyRecord,
    claim: { tool: string; fingerprint: string; holder: string; nowIso: string; leaseExpiresAt: string },
  ): Promise<Claim | undefined> {
    if (seen.expires_at <= claim.nowIso) {
      await this.store.idempotency.deleteIfExpired(seen, claim.nowIso);
      return undefined;
    }
    if (seen.fingerprint !== claim.fingerprint) {
      const what = seen.tool === claim.tool ? 'other arguments' : `another tool (${seen.tool})`;
      throw new AppError(
        'idempotency_key_reused',
        `This Idempotency-Key was already used with ${what}. Use a new key for a different request.`,
      );
    }
    if (seen.state === 'completed' && seen.response_status !== null && seen.response_body !== null) {
      return {
        kind: 'replay',
        status: seen.response_status,
        body: seen.response_body,
        requestId: seen.response_request_id ?? '',
      };
    }
    if (
      seen.state === 'in_flight' &&
      seen.lease_expires_at !== null &&
      seen.lease_expires_at > claim.nowIso
    ) {
      throw keyInUse(Date.parse(seen.lease_expires_at) - Date.parse(claim.nowIso), this.leaseMs);
    }
    const taken = await this.store.idempotency.takeOver(seen, claim.holder, claim.leaseExpiresAt);
    return taken ? { kind: 'claimed', reconcile: true, used: undefined } : undefined;
  }

  /**
   * Renews the lease every third of it while the holder works; returns the function that stops.
   * A renewal that fails (database away) is retried at the next beat; meanwhile the lease runs down.
   */
  keepAlive(organizationId: string, key: string, holder: string): () => void {
    const beat = setInterval(
      () => {
        this.renew(organizationId, key, holder).catch(() => {});
      },
      Math.max(250, Math.floor(this.leaseMs / 3)),
    );
    beat.unref();
    return () => clearInterval(beat);
  }

  /** Extends the holder's lease to a full lease from now; false when it no longer holds the key. */
  renew(organizationId: string, key: string, holder: string): Promise<boolean> {
    const until = new Date(this.clock.now().getTime() + this.leaseMs).toISOString();
    return this.store.idempotency.renew(organizationId, key, holder, until);
  }

  release(organizationId: string, key: string, holder: string) {
    return this.store.idempotency.release(organizationId, key, holder);
  }

  purgeExpired() {
    return this.store.idempotency.purgeExpired(this.clock.now().toISOString());
  }
}
