/**
 * The audit log: one record per write call, whatever its outcome (reads are not recorded). A record
 * says who (organisation, key id and name), how (transport), what (tool, a summary of the
 * arguments, the TikTok objects created or changed, the advertiser), and what came of it (outcome,
 * status, error code, request ids). It never holds a token, key or secret: the arguments are
 * summarised and anything that looks like a credential is removed first.
 */
import type { Logger } from 'pino';
import type { AuditRecord } from '../store/audit-log.js';
import type { Store } from '../store/index.js';
import type { AuditOutcome } from '../store/schema.js';
import { newId } from './ids.js';
import type { AffectedObject, AnyTool, Caller } from './tool.js';

const MAX_STRING = 200;
const MAX_ITEMS = 25;
const MAX_DEPTH = 6;
const MAX_SUMMARY_BYTES = 8_000;
const REDACTED = '[redacted]';
const SECRET_FIELD = /token|secret|password|authori[sz]ation|api[_-]?key|credential/i;
const SECRET_VALUE = /sk_(live|admin)_[A-Za-z0-9_-]+|Bearer\s+\S+/gi;
const PRUNE_EVERY_MS = 3_600_000;

function summarizeString(value: string): string {
  const clean = value.replace(SECRET_VALUE, REDACTED);
  return clean.length > MAX_STRING ? `${clean.slice(0, MAX_STRING)}… (${clean.length} characters)` : clean;
}

/**
 * Plain loops into plain objects: every write call is summarised, and the version built with
 * `Object.fromEntries(Object.entries(...).map(...))` showed at 1.6 % of a billable call in the
 * profile (the entry arrays, and a slow object to stringify).
 */
function summarize(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return summarizeString(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '…';
  if (Array.isArray(value)) {
    const head: unknown[] = [];
    for (let i = 0; i < Math.min(value.length, MAX_ITEMS); i++) head.push(summarize(value[i], depth + 1));
    if (value.length > MAX_ITEMS) head.push(`… ${value.length - MAX_ITEMS} more`);
    return head;
  }
  const summary: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = SECRET_FIELD.test(key)
      ? REDACTED
      : summarize((value as Record<string, unknown>)[key], depth + 1);
    // An own `__proto__` (JSON.parse makes one) must stay a field, not become the prototype.
    if (key === '__proto__') Object.defineProperty(summary, key, { value: item, enumerable: true });
    else summary[key] = item;
  }
  return summary;
}

/** The arguments as the audit log keeps them: cut to a readable size, with no credential in them. */
export function summarizeArguments(args: unknown): string {
  const json = JSON.stringify(summarize(args ?? {}, 0));
  if (json.length <= MAX_SUMMARY_BYTES) return json;
  const keys = args !== null && typeof args === 'object' ? Object.keys(args) : [];
  return JSON.stringify({ _summary: `arguments too large to keep (${json.length} bytes)`, fields: keys });
}

export interface FinishedCall {
  tool: AnyTool;
  caller: Caller;
  transport: string;
  /** The arguments as sent (validated or not). */
  args: unknown;
  status: number;
  errorCode: string | undefined;
  requestId: string;
  replayed: boolean;
  billed: boolean;
  advertiserId: string | undefined;
  affected: AffectedObject[];
  tiktokRequestId: string | undefined;
}

/** Refused by the gateway (nothing reached TikTok), or failed at or after TikTok. */
function outcomeOf(status: number, errorCode: string | undefined): AuditOutcome {
  if (status < 400) return 'success';
  if (errorCode === undefined) return 'failed';
  return errorCode.startsWith('platform_') || errorCode === 'internal_error' ? 'failed' : 'refused';
}

/**
 * Ids sort like the records were written: the time, a per-process sequence for records of the same
 * millisecond, and a random tail so that instances never collide.
 */
let sequence = 0;
function auditId(now: Date): string {
  sequence = (sequence + 1) % 1_000_000;
  return `aud_${now.getTime().toString(36).padStart(9, '0')}${sequence.toString(36).padStart(4, '0')}_${newId('', 6).slice(1)}`;
}

export class AuditService {
  private lastPrune = 0;

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly retentionMs: number,
  ) {}

  /** The record of a finished call, written by the store with the call's other last writes. */
  recordOf(call: FinishedCall, now: Date): AuditRecord {
    return {
      id: auditId(now),
      at: now.toISOString(),
      organization_id: call.caller.organizationId,
      key_id: call.caller.keyId,
      key_name: call.caller.keyName,
      transport: call.transport,
      tool: call.tool.name,
      arguments: summarizeArguments(call.args),
      advertiser_id: call.advertiserId ?? null,
      tiktok_ids: JSON.stringify(call.affected),
      outcome: outcomeOf(call.status, call.errorCode),
      status: call.status,
      error_code: call.errorCode ?? null,
      request_id: call.requestId,
      tiktok_request_id: call.tiktokRequestId ?? null,
      replayed: call.replayed ? 1 : 0,
    };
  }

  /** Drops records past their retention, at most once an hour per instance. */
  async pruneIfDue(now: Date): Promise<void> {
    if (now.getTime() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now.getTime();
    const removed = await this.store.audit.deleteBefore(
      new Date(now.getTime() - this.retentionMs).toISOString(),
    );
    // Daily spend totals matter for their own day only; a week is kept for looking back.
    await this.store.spend.deleteBefore(new Date(now.getTime() - 7 * 86_400_000).toISOString().slice(0, 10));
    if (removed > 0) this.logger.info({ removed }, 'audit records past their retention removed');
  }
}
