/**
 * Running a pause, resume or delete: read the objects, decide per id, read what a delete takes
 * with it, send one status call for the ids that change, and when TikTok's answer is lost, read the
 * objects back to learn what happened (TikTok's status calls carry no idempotency key, so the
 * client never re-sends them itself).
 */
import type { ResolvedAccount, ToolContext, ToolResult } from '../../core/tool.js';
import { AppError, invalidArguments } from '../../errors.js';
import { updateStatus } from '../../tiktok/delivery.js';
import type { ToolServices } from '../services.js';
import { onAccount } from './account-calls.js';
import { writeCampaign } from './campaign-writes.js';
import { collectAdGroups, collectAds } from './delivery-lists.js';
import { notFoundMessage, readByIds } from './delivery-reads.js';
import { isDeleted, statusText } from './delivery-summary.js';
import { type Cascade, type IdOutcome, statusReport } from './status-report.js';
import { ACTIONS, type StatusArgs, type StatusSpec } from './status-spec.js';

type Row = Record<string, unknown>;

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function targetIds(spec: StatusSpec, args: StatusArgs): string[] {
  const many = args[spec.info.idsField];
  const ids = Array.isArray(many) ? many : [String(args[spec.info.idField])];
  return [...new Set(ids)];
}

/** What to do with one id, from what TikTok has now. */
function decide(spec: StatusSpec, id: string, row: Row | undefined, account: ResolvedAccount): IdOutcome {
  const { info, action } = spec;
  if (!row)
    return {
      id,
      name: null,
      before: null,
      after: null,
      outcome: 'not_found',
      message: notFoundMessage(info.level, id, account),
    };
  const operation = str(row.operation_status);
  const secondary = str(row.secondary_status);
  const before = statusText(operation, secondary);
  const base = { id, name: str(row[info.nameField]), before };
  if (isDeleted(operation, secondary)) {
    return action === 'delete'
      ? { ...base, after: before, outcome: 'unchanged', message: `Already ${before}.` }
      : {
          ...base,
          after: before,
          outcome: 'refused',
          message: `It is ${before}; a deleted ${info.noun} cannot be changed.`,
        };
  }
  if (operation === ACTIONS[action].status) {
    return { ...base, after: before, outcome: 'unchanged', message: `Already ${ACTIONS[action].past}.` };
  }
  return { ...base, after: null, outcome: 'change', message: '' };
}

/** What TikTok deletes with these campaigns or ad groups, read before deleting. */
async function readCascade(
  ctx: ToolContext<ToolServices>,
  account: ResolvedAccount,
  spec: StatusSpec,
  ids: string[],
): Promise<Cascade | undefined> {
  if (spec.action !== 'delete' || spec.info.level === 'ad' || ids.length === 0) return undefined;
  const filter = spec.info.level === 'campaign' ? { campaignIds: ids } : { adgroupIds: ids };
  const adgroups =
    spec.info.level === 'campaign'
      ? await collectAdGroups(ctx, account, { ...filter, primaryStatus: 'STATUS_NOT_DELETE' })
      : undefined;
  const ads = await collectAds(ctx, account, { ...filter, primaryStatus: 'STATUS_NOT_DELETE' });
  return {
    adgroups: adgroups && {
      total: adgroups.total,
      truncated: adgroups.truncated,
      items: adgroups.items.map((g) => ({ id: String(g.adgroup_id), name: str(g.adgroup_name) ?? '' })),
    },
    ads: {
      total: ads.total,
      truncated: ads.truncated,
      items: ads.items.map((a) => ({ id: String(a.ad_id), name: str(a.ad_name) ?? '' })),
    },
  };
}

async function send(
  ctx: ToolContext<ToolServices>,
  account: ResolvedAccount,
  spec: StatusSpec,
  ids: string[],
) {
  const { tiktok } = ctx.services;
  const status = ACTIONS[spec.action].status;
  const call = () =>
    updateStatus(tiktok, account.accessToken, account.advertiserId, spec.info.level, ids, status);
  return spec.info.level === 'campaign'
    ? writeCampaign(ctx, account, { campaignIds: ids }, call)
    : onAccount(ctx, account, call);
}

/** After a lost answer: which ids TikTok now shows in the wanted state. */
async function readBack(
  ctx: ToolContext<ToolServices>,
  account: ResolvedAccount,
  spec: StatusSpec,
  ids: string[],
): Promise<Set<string>> {
  const rows = await readByIds<Row>(ctx, account, spec.info.level, ids);
  const wanted = ACTIONS[spec.action].status;
  return new Set(ids.filter((id) => str(rows.get(id)?.operation_status) === wanted));
}

/** Nothing this call could act on: a refusal, not a report of nothing done. */
function refuseIfNothingToDo(spec: StatusSpec, args: StatusArgs, outcomes: IdOutcome[]): void {
  const { info } = spec;
  if (!outcomes.every((o) => o.outcome === 'not_found' || o.outcome === 'refused')) return;
  throw invalidArguments(
    outcomes.map((o, i) => ({
      path: Array.isArray(args[info.idsField]) ? `${info.idsField}.${i}` : info.idField,
      code: o.outcome === 'not_found' ? 'not_found' : 'deleted',
      message: o.outcome === 'not_found' ? o.message : `${info.noun} ${o.id}: ${o.message}`,
    })),
  );
}

/** Sends the change; after a lost answer, reads back and accepts it only if every id shows it. */
async function sendOrConfirm(
  ctx: ToolContext<ToolServices>,
  account: ResolvedAccount,
  spec: StatusSpec,
  changingIds: string[],
): Promise<{ confirmed: Set<string>; requestId: string | null; readBack: boolean }> {
  try {
    const result = await send(ctx, account, spec, changingIds);
    const confirmed = new Set(result.changed.length > 0 ? result.changed : changingIds);
    return { confirmed, requestId: result.requestId, readBack: false };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'platform_outcome_unknown') throw error;
    const confirmed = await readBack(ctx, account, spec, changingIds);
    if (confirmed.size < changingIds.length) throw error;
    return { confirmed, requestId: null, readBack: true };
  }
}

function markSent(spec: StatusSpec, changing: IdOutcome[], confirmed: Set<string>, after: unknown): void {
  const past = ACTIONS[spec.action].past;
  for (const o of changing) {
    Object.assign(
      o,
      confirmed.has(o.id)
        ? { outcome: 'changed', after, message: `${past[0]?.toUpperCase()}${past.slice(1)}.` }
        : {
            outcome: 'unconfirmed',
            after: null,
            message: 'TikTok did not list it as changed; check it with a read.',
          },
    );
  }
}

export async function runStatusChange(
  spec: StatusSpec,
  args: StatusArgs,
  ctx: ToolContext<ToolServices>,
): Promise<ToolResult> {
  const { info, action } = spec;
  const ids = targetIds(spec, args);
  const account = await ctx.accounts.resolve(args.advertiser_id);
  const rows = await readByIds<Row>(ctx, account, info.level, ids);
  const outcomes = ids.map((id) => decide(spec, id, rows.get(id), account));
  refuseIfNothingToDo(spec, args, outcomes);
  const changing = outcomes.filter((o) => o.outcome === 'change');
  const cascade = await readCascade(
    ctx,
    account,
    spec,
    changing.map((o) => o.id),
  );
  const after = statusText(ACTIONS[action].status, null);
  if (args.dry_run) {
    for (const o of changing)
      Object.assign(o, { outcome: 'would_change', after, message: `Would be ${ACTIONS[action].past}.` });
    return statusReport({ spec, account, outcomes, cascade, dryRun: true, requestId: null, readBack: false });
  }
  if (changing.length === 0) {
    return statusReport({
      spec,
      account,
      outcomes,
      cascade,
      dryRun: false,
      requestId: null,
      readBack: false,
    });
  }
  const sent = await sendOrConfirm(
    ctx,
    account,
    spec,
    changing.map((o) => o.id),
  );
  markSent(spec, changing, sent.confirmed, after);
  return statusReport({
    spec,
    account,
    outcomes,
    cascade,
    dryRun: false,
    requestId: sent.requestId,
    readBack: sent.readBack,
  });
}
