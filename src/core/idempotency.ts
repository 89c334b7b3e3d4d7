/**
 * Idempotency-Key handling (API contract, section 6). The first request claims the key; a repeat
 * after completion is answered with the stored response; a repeat while it runs, or with other
 * arguments, is refused with 409. A holder that died loses the key after its lease, and the next
 * attempt takes over with `reconcile` set, because the dead holder may have written upstream.
 */
import { AppError } from '../errors.js';
import type { IdempotencyRecord } from '../store/idempotency.js';
import type { Store } from '../store/index.js';
import type { Clock } from './clock.js';

function inUse(): AppError {
  return new AppError(
    'idempotency_key_in_use',
    'A request with this Idempotency-Key is still being processed. Retry in a moment to get its result.',
    { retryAfterSeconds: 1 },
  );
}

export type Claim =
  | { kind: 'claimed'; reconcile: boolean }
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

export class IdempotencyService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly retentionMs: number,
    private readonly leaseMs: number,
  ) {}

  async claim(
    organizationId: string,
    key: string,
    tool: string,
    fingerprint: string,
    holder: string,
  ): Promise<Claim> {
    // A few rounds at most: each lost race means someone else now holds or has finished the key.
    for (let round = 0; round < 4; round++) {
      const now = this.clock.now();
      const nowIso = now.toISOString();
      const leaseExpiresAt = new Date(now.getTime() + this.leaseMs).toISOString();
      const inserted = await this.store.idempotency.insertIfAbsent({
        organization_id: organizationId,
        key,
        fingerprint,
        tool,
        state: 'in_flight',
        lease_expires_at: leaseExpiresAt,
        lease_holder: holder,
        response_status: null,
        response_body: null,
        response_request_id: null,
        created_at: nowIso,
        expires_at: new Date(now.getTime() + this.retentionMs).toISOString(),
      });
      if (inserted) return { kind: 'claimed', reconcile: false };

      const seen = await this.store.idempotency.get(organizationId, key);
      const settled = seen
        ? await this.settle(seen, { tool, fingerprint, holder, nowIso, leaseExpiresAt })
        : undefined;
      if (settled) return settled;
    }
    throw inUse();
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
      throw inUse();
    }
    const taken = await this.store.idempotency.takeOver(seen, claim.holder, claim.leaseExpiresAt);
    return taken ? { kind: 'claimed', reconcile: true } : undefined;
  }

  complete(
    organizationId: string,
    key: string,
    holder: string,
    response: { status: number; body: string; requestId: string },
  ) {
    return this.store.idempotency.complete(organizationId, key, holder, response);
  }

  markOutcomeUnknown(organizationId: string, key: string, holder: string) {
    return this.store.idempotency.markOutcomeUnknown(organizationId, key, holder);
  }

  release(organizationId: string, key: string, holder: string) {
    return this.store.idempotency.release(organizationId, key, holder);
  }

  purgeExpired() {
    return this.store.idempotency.purgeExpired(this.clock.now().toISOString());
  }
}
