/**
 * The writes of one tool call, in as few commits as its guarantees allow: one before the tool runs
 * (claim the Idempotency-Key and bill the quota), one after (the key's outcome, a refund, budget
 * added without a limit, the usage history and the audit record). On SQLite each is one IMMEDIATE
 * transaction of prepared statements, run synchronously; on PostgreSQL each is one statement
 * (data-modifying CTEs), so one round trip.
 * Either way each is atomic: a refused bill leaves the key free, and a call's outcome, history and
 * audit record are stored together or not at all.
 */
import type { AuditRecord } from './audit-log.js';
import type { Db } from './db.js';
import { CLAIM_SQL, type ClaimRow, claimParams } from './idempotency.js';
import type { Params, PostgresHotSql, SqliteHotSql, SqliteStatement, Value } from './prepared.js';
import { ADD_PAIR_SQL, additionParams, type SpendAddition } from './spend.js';
import { BILL_SQL, type Period, REFUND_SQL } from './usage.js';

export interface BillRequest extends Period {
  /** The period's allowance (at least 1). */
  limit: number;
}

export interface BeginRequest {
  /** The Idempotency-Key to claim, when the call has one. */
  claim?: ClaimRow | undefined;
  /** The quota to bill, when the call is metered; only once the key is claimed. */
  bill?: BillRequest | undefined;
}

/**
 * - `taken`: the key has a record already (someone holds it, or finished with it); nothing billed.
 * - `refused`: the quota is used up; nothing billed, and the key (if any) is not held.
 * - `started`: the key (if any) is held and the call billed (`used` after it, when billed).
 */
export type Begun = { kind: 'taken' } | { kind: 'refused' } | { kind: 'started'; used: number | undefined };

/** What becomes of the call's Idempotency-Key (core/idempotency.ts says when which). */
export type KeyOutcome =
  | { kind: 'complete'; status: number; body: string; requestId: string }
  | { kind: 'unknown' }
  | { kind: 'release' };

export interface UsageRow {
  organizationId: string;
  /** UTC day, `YYYY-MM-DD`. */
  day: string;
  tool: string;
  keyId: string;
  billed: boolean;
  error: boolean;
}

export interface FinishRequest {
  key?: { organizationId: string; key: string; holder: string; outcome: KeyOutcome } | undefined;
  /** A billed unit to give back: the call ended without a definitive answer from the platform. */
  refund?: Period | undefined;
  /** New daily budget that no limit had to check before the send (core/guardrails.ts). */
  spend?: SpendAddition | undefined;
  usage: UsageRow;
  /** Writes only. */
  audit?: AuditRecord | undefined;
}

const OUTCOME_SQL: Record<KeyOutcome['kind'], string> = {
  complete: `update idempotency_records set state = 'completed', lease_holder = null, lease_expires_at = null,
      response_status = @status, response_body = @body, response_request_id = @response_request_id
    where organization_id = @organization_id and "key" = @key and lease_holder = @holder`,
  // The write may have happened: the key is kept, and the next attempt reconciles.
  unknown: `update idempotency_records set state = 'outcome_unknown', lease_holder = null, lease_expires_at = null
    where organization_id = @organization_id and "key" = @key and lease_holder = @holder`,
  // Nothing worth replaying happened: the key is free for a corrected retry.
  release: `delete from idempotency_records
    where organization_id = @organization_id and "key" = @key and lease_holder = @holder`,
};

const USAGE_SQL = `insert into usage_daily (organization_id, day, tool, key_id, calls, billed, errors)
  values (@organization_id, @day, @tool, @key_id, 1, @billed, @errors)
  on conflict (organization_id, day, tool, key_id) do update set calls = usage_daily.calls + 1,
    billed = usage_daily.billed + excluded.billed, errors = usage_daily.errors + excluded.errors`;

const AUDIT_SQL = `insert into audit_log (id, at, organization_id, key_id, key_name, transport, tool, arguments,
    advertiser_id, tiktok_ids, outcome, status, error_code, request_id, tiktok_request_id, replayed)
  values (@audit_id, @at, @organization_id, @key_id, @key_name, @transport, @tool, @arguments,
    @advertiser_id, @tiktok_ids, @audit_outcome, @status, @error_code, @request_id, @tiktok_request_id, @replayed)`;

/** PostgreSQL: claim and bill in one statement; the bill runs only when the claim inserted. */
const CLAIM_AND_BILL_SQL = `with claim as (${CLAIM_SQL}),
  bill as (
    insert into usage_periods (organization_id, period_start, used)
    select cast(@organization_id as text), cast(@period_start as text), 1 where exists (select 1 from claim)
    on conflict (organization_id, period_start) do update set used = usage_periods.used + 1
    where usage_periods.used < @limit
    returning used)
  select (select count(*) from claim) as claimed, (select used from bill) as used`;

/**
 * One parameter object for several statements that share names (`organization_id`, `tool`, ...):
 * a name given two different values is a bug, refused here rather than bound to the wrong one.
 */
function merged(...parts: Array<Params | undefined>): Params {
  const out: Params = {};
  for (const part of parts) {
    if (!part) continue;
    // for...in rather than Object.entries: no array of pairs per part on every call.
    for (const name in part) {
      const value = part[name] as Value;
      if (name in out && out[name] !== value) throw new Error(`parameter "${name}" given two values`);
      out[name] = value;
    }
  }
  return out;
}

function billParams(bill: BillRequest): Params {
  return { organization_id: bill.organization_id, period_start: bill.period_start, limit: bill.limit };
}

function keyParams(key: NonNullable<FinishRequest['key']>): Params {
  const { outcome } = key;
  return {
    organization_id: key.organizationId,
    key: key.key,
    holder: key.holder,
    ...(outcome.kind === 'complete'
      ? { status: outcome.status, body: outcome.body, response_request_id: outcome.requestId }
      : {}),
  };
}

function usageParams(row: UsageRow): Params {
  return {
    organization_id: row.organizationId,
    day: row.day,
    tool: row.tool,
    key_id: row.keyId,
    billed: row.billed ? 1 : 0,
    errors: row.error ? 1 : 0,
  };
}

function auditParams(record: AuditRecord): Params {
  const { id, outcome, ...rest } = record;
  return { ...(rest as Record<string, Value>), audit_id: id, audit_outcome: outcome };
}

/**
 * The statements of a finish, in order (the key's outcome, the refund, the added budget, the
 * history, the audit record), each with its parameters.
 */
function finishSteps(request: FinishRequest): Array<{ sql: string; params: Params }> {
  const { key, refund, spend, audit } = request;
  return [
    ...(key ? [{ sql: OUTCOME_SQL[key.outcome.kind], params: keyParams(key) }] : []),
    ...(refund
      ? [
          {
            sql: REFUND_SQL,
            params: { organization_id: refund.organization_id, period_start: refund.period_start },
          },
        ]
      : []),
    ...(spend ? [{ sql: ADD_PAIR_SQL, params: additionParams(spend) }] : []),
    { sql: USAGE_SQL, params: usageParams(request.usage) },
    ...(audit ? [{ sql: AUDIT_SQL, params: auditParams(audit) }] : []),
  ];
}

export interface CallStore {
  begin(request: BeginRequest): Promise<Begun>;
  finish(request: FinishRequest): Promise<void>;
}

/** Thrown inside a transaction to roll it back: the bill was refused. */
class Refused extends Error {}

class SqliteCallStore implements CallStore {
  private readonly statements = new Map<string, SqliteStatement<Params, Record<string, Value>>>();

  constructor(private readonly hot: SqliteHotSql) {}

  private statement(sql: string) {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.hot.statement(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async begin({ claim, bill }: BeginRequest): Promise<Begun> {
    try {
      return await this.hot.transaction((): Begun => {
        if (claim && this.statement(CLAIM_SQL).run(claimParams(claim)).count === 0) return { kind: 'taken' };
        if (!bill) return { kind: 'started', used: undefined };
        const [row] = this.statement(BILL_SQL).run(billParams(bill)).rows;
        // Rolls the claim back with the bill: the key stays free for a later retry.
        if (row === undefined) throw new Refused();
        return { kind: 'started', used: Number(row.used) };
      });
    } catch (error) {
      if (error instanceof Refused) return { kind: 'refused' };
      throw error;
    }
  }

  async finish(request: FinishRequest): Promise<void> {
    // Each statement binds its own small parameter object: one merged object of some thirty
    // names is a slow (dictionary) object that every binding searches.
    const steps = finishSteps(request).map(({ sql, params }) => ({ statement: this.statement(sql), params }));
    await this.hot.transaction(() => {
      for (const { statement, params } of steps) statement.run(params);
    });
  }
}

class PostgresCallStore implements CallStore {
  private readonly claimOnly;
  private readonly billOnly;
  private readonly claimAndBill;
  private readonly release;
  private readonly finishes = new Map<string, ReturnType<PostgresHotSql['query']>>();

  constructor(private readonly hot: PostgresHotSql) {
    this.claimOnly = hot.query<Params, { key: string }>('adgate_claim', CLAIM_SQL);
    this.billOnly = hot.query<Params, { used: number | string }>('adgate_bill', BILL_SQL);
    this.claimAndBill = hot.query<Params, { claimed: number | string; used: number | string | null }>(
      'adgate_claim_and_bill',
      CLAIM_AND_BILL_SQL,
    );
    this.release = hot.query<Params, never>('adgate_release', OUTCOME_SQL.release);
  }

  async begin({ claim, bill }: BeginRequest): Promise<Begun> {
    if (claim && !bill) {
      const { count } = await this.claimOnly.run(claimParams(claim));
      return count === 0 ? { kind: 'taken' } : { kind: 'started', used: undefined };
    }
    if (!bill) return { kind: 'started', used: undefined };
    if (!claim) {
      const [row] = (await this.billOnly.run(billParams(bill))).rows;
      return row === undefined ? { kind: 'refused' } : { kind: 'started', used: Number(row.used) };
    }
    const params = merged(claimParams(claim), billParams(bill));
    const [row] = (await this.claimAndBill.run(params)).rows;
    if (Number(row?.claimed ?? 0) === 0) return { kind: 'taken' };
    if (row?.used !== null && row?.used !== undefined) return { kind: 'started', used: Number(row.used) };
    // Claimed but refused: free the key again, as a claim that was never made.
    await this.release.run({
      organization_id: claim.organization_id,
      key: claim.key,
      holder: claim.lease_holder,
    });
    return { kind: 'refused' };
  }

  async finish(request: FinishRequest): Promise<void> {
    const steps = finishSteps(request);
    const statements = steps.map((step) => step.sql);
    const variant = `adgate_finish_${request.key?.outcome.kind ?? 'none'}${request.refund ? '_refund' : ''}${request.spend ? '_spend' : ''}${request.audit ? '_audit' : ''}`;
    let query = this.finishes.get(variant);
    if (!query) {
      // Every part but the last as a data-modifying CTE, which PostgreSQL runs exactly once each.
      const last = statements.length - 1;
      const ctes = statements.slice(0, last).map((sql, i) => `w${i} as (${sql})`);
      const text = ctes.length === 0 ? statements[last] : `with ${ctes.join(', ')} ${statements[last]}`;
      query = this.hot.query(variant, text as string);
      this.finishes.set(variant, query);
    }
    // One statement: the steps' parameters as one object (names they share hold one value).
    await query.run(merged(...steps.map((step) => step.params)));
  }
}

export function callStore(db: Db): CallStore {
  return db.hot.dialect === 'sqlite' ? new SqliteCallStore(db.hot) : new PostgresCallStore(db.hot);
}
