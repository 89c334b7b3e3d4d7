/** The answer of a pause, resume or delete: per id what happened, and what a delete removed with it. */
import type { ResolvedAccount, ToolResult } from '../../core/tool.js';
import { markdownTable } from './markdown.js';
import { ACTIONS, type StatusSpec, toolName } from './status-spec.js';

export interface IdOutcome {
  id: string;
  name: string | null;
  before: string | null;
  after: string | null;
  outcome: 'change' | 'changed' | 'would_change' | 'unchanged' | 'not_found' | 'refused' | 'unconfirmed';
  message: string;
}

interface Named {
  total: number;
  truncated: boolean;
  items: { id: string; name: string }[];
}

export interface Cascade {
  adgroups: Named | undefined;
  ads: Named;
}

const NAMES_SHOWN = 20;

function names(list: Named, noun: string, plural: string): string {
  const shown = list.items.slice(0, NAMES_SHOWN).map((item) => `${item.name || item.id} (${item.id})`);
  const more = list.total - shown.length;
  return `${list.total} ${list.total === 1 ? noun : plural}${shown.length ? `: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}` : ''}`;
}

function cascadeText(cascade: Cascade, dryRun: boolean): string {
  const parts = [
    cascade.adgroups ? names(cascade.adgroups, 'ad group', 'ad groups') : undefined,
    names(cascade.ads, 'ad', 'ads'),
  ].filter(Boolean);
  return `**${dryRun ? 'Would also delete' : 'Also deleted with it'}** (read before deleting): ${parts.join('; and ')}.`;
}

export interface ReportInput {
  spec: StatusSpec;
  account: ResolvedAccount;
  outcomes: IdOutcome[];
  cascade: Cascade | undefined;
  dryRun: boolean;
  requestId: string | null;
  readBack: boolean;
}

function headline(input: ReportInput): string {
  const { spec, account, outcomes, dryRun } = input;
  const { info, action } = spec;
  const done = outcomes.filter((o) => o.outcome === (dryRun ? 'would_change' : 'changed')).length;
  const n = outcomes.length;
  const what = `${done} of ${n} ${n === 1 ? info.noun : info.plural}`;
  const where = `in **${account.name}** (advertiser_id ${account.advertiserId})`;
  return dryRun
    ? `Dry run: ${what} would be ${ACTIONS[action].past} ${where}. Nothing was changed.`
    : `${ACTIONS[action].past[0]?.toUpperCase()}${ACTIONS[action].past.slice(1)} ${what} ${where}.`;
}

function nextStep(spec: StatusSpec): string {
  const { info, action } = spec;
  if (action === 'pause')
    return `resume_${info.suffix} resumes ${info.noun === 'ad' ? 'an ad' : `a ${info.noun}`}; ${info.lister} shows the status.`;
  if (action === 'resume')
    return `It delivers when its campaign${info.level === 'ad' ? ' and ad group are' : ' is'} enabled too; ${info.lister} shows the status.`;
  return `Deleting is final at TikTok. ${info.lister} with \`status: "DELETED"\` lists what was deleted.`;
}

export function statusReport(input: ReportInput): ToolResult {
  const { spec, account, outcomes, cascade, dryRun } = input;
  const { info } = spec;
  const title = `${info.noun[0]?.toUpperCase()}${info.noun.slice(1)}`;
  const table = markdownTable(
    [title, info.idField, 'Before', 'After', 'Result'],
    outcomes.map((o) => [o.name, o.id, o.before, o.after, o.message]),
  );
  const notes: string[] = [];
  if (cascade) notes.push(cascadeText(cascade, dryRun));
  if (input.readBack) {
    notes.push("TikTok's answer to the change was lost; reading the objects back shows it was applied.");
  }
  return {
    text: [headline(input), table, ...notes, nextStep(spec)].join('\n\n'),
    structured: {
      advertiser_id: account.advertiserId,
      tool: toolName(spec),
      operation_status: ACTIONS[spec.action].status,
      dry_run: dryRun,
      results: outcomes.map((o) => ({
        [info.idField]: o.id,
        name: o.name,
        before: o.before,
        after: o.after,
        outcome: o.outcome,
        message: o.message,
      })),
      ...(cascade
        ? {
            cascade: {
              adgroups: cascade.adgroups ?? null,
              ads: cascade.ads,
            },
          }
        : {}),
      confirmed_by_read_back: input.readBack,
      tiktok_request_id: input.requestId,
    },
  };
}
