/** Reading the audit log: filters and pages, newest first (the cursor is the last record seen). */
import { AppError } from '../errors.js';
import type { Gateway } from '../gateway.js';
import type { AuditOutcome } from '../store/schema.js';
import { requireOrganization } from './organizations.js';
import { type AuditView, auditView } from './views.js';

const OUTCOMES: AuditOutcome[] = ['success', 'refused', 'failed'];
export const MAX_AUDIT_PAGE = 200;

export interface AuditFilters {
  org?: string | undefined;
  key_id?: string | undefined;
  tool?: string | undefined;
  outcome?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

function isoTime(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time))
    throw new AppError('invalid_request', `${name} must be a date or time (ISO 8601), not "${value}".`);
  return new Date(time).toISOString();
}

function decodeCursor(cursor: string | undefined): { at: string; id: string } | undefined {
  if (cursor === undefined) return undefined;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    if (typeof at === 'string' && typeof id === 'string') return { at, id };
  } catch {}
  throw new AppError(
    'invalid_request',
    'cursor is not one this gateway returned; pass next_cursor from the previous page.',
  );
}

export async function readAuditLog(
  gateway: Pick<Gateway, 'store'>,
  filters: AuditFilters,
): Promise<{ records: AuditView[]; next_cursor: string | null }> {
  const limit = filters.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_AUDIT_PAGE) {
    throw new AppError('invalid_request', `limit must be a whole number from 1 to ${MAX_AUDIT_PAGE}.`);
  }
  if (filters.outcome !== undefined && !OUTCOMES.includes(filters.outcome as AuditOutcome)) {
    throw new AppError('invalid_request', `outcome must be one of ${OUTCOMES.join(', ')}.`);
  }
  const organizationId =
    filters.org === undefined ? undefined : (await requireOrganization(gateway, filters.org)).id;
  const rows = await gateway.store.audit.query({
    organizationId,
    keyId: filters.key_id,
    tool: filters.tool,
    outcome: filters.outcome as AuditOutcome | undefined,
    since: isoTime('since', filters.since),
    until: isoTime('until', filters.until),
    after: decodeCursor(filters.cursor),
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const next =
    rows.length > limit && last
      ? Buffer.from(JSON.stringify([last.at, last.id])).toString('base64url')
      : null;
  return { records: page.map(auditView), next_cursor: next };
}
