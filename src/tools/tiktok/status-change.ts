/**
 * The pause, resume and delete tools of campaigns, ad groups and ads: one definition per level and
 * action, built here. Each takes one id (the hosted product's argument) or up to 20 (TikTok's limit
 * per status call), reads the objects first, changes only those not already in the wanted state,
 * and reports per id what happened. A delete also reads, before deleting, what TikTok deletes with
 * it (a campaign's ad groups and ads, an ad group's ads) and names it.
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../core/tool.js';
import type { ArgumentIssue } from '../../errors.js';
import { type Level, MAX_STATUS_IDS } from '../../tiktok/delivery.js';
import type { ToolServices } from '../services.js';
import { advertiserIdField } from './advertiser-field.js';
import { enumField, idList, idString } from './fields/index.js';
import { runStatusChange } from './status-apply.js';

import {
  ACTIONS,
  LEVELS,
  STATUS_VALUES,
  type StatusAction,
  type StatusArgs,
  type StatusSpec,
  toolName,
} from './status-spec.js';

function schemaOf(spec: StatusSpec) {
  const { info, action } = spec;
  const wanted = ACTIONS[action].status;
  const fields: Record<string, z.ZodType> = {
    [info.idField]: idString(info.idField)
      .optional()
      .describe(
        `TikTok ${info.noun} ID (a string of digits); ${info.lister} lists them. Give this or \`${info.idsField}\`.`,
      ),
    [info.idsField]: idList(info.idsField, { min: 1, max: MAX_STATUS_IDS })
      .optional()
      .describe(
        `Several ${info.plural} at once: 1 to ${MAX_STATUS_IDS} IDs (TikTok's limit per call). Give this or \`${info.idField}\`.`,
      ),
  };
  if (action !== 'delete') {
    fields.status = enumField('status', STATUS_VALUES)
      .optional()
      .meta({ default: wanted })
      .describe(
        `Kept for compatibility: this tool always sets ${wanted}, which is also the default. Another value is refused ` +
          `(use ${action === 'pause' ? 'resume' : 'pause'}_${info.suffix} or delete_${info.suffix}).`,
      );
  }
  fields.advertiser_id = advertiserIdField();
  fields.dry_run = z
    .boolean({ error: 'dry_run must be true or false.' })
    .optional()
    .meta({ default: false })
    .describe(
      `true: read the ${info.plural} and say what would change${action === 'delete' ? ' and what the delete would remove with them' : ''}, without changing anything or using quota.`,
    );
  return z.strictObject(fields);
}

/** Exactly one of the id field and the ids field. */
function idIssue(spec: StatusSpec, args: Partial<StatusArgs>): ArgumentIssue | undefined {
  const { info } = spec;
  const one = args[info.idField] !== undefined;
  const many = args[info.idsField] !== undefined;
  if (one !== many) return undefined;
  return {
    path: info.idField,
    code: one ? 'conflict' : 'required',
    message: one
      ? `Give either ${info.idField} or ${info.idsField}, not both.`
      : `${info.idField} is required: the TikTok ${info.noun} ID (or ${info.idsField} for several); ${info.lister} lists them.`,
  };
}

/** `status`, when given, must be the one this tool sets. */
function statusIssue(spec: StatusSpec, args: Partial<StatusArgs>): ArgumentIssue | undefined {
  const { info, action } = spec;
  const wanted = ACTIONS[action].status;
  if (args.status === undefined || args.status === wanted) return undefined;
  const other =
    args.status === 'DELETE'
      ? `delete_${info.suffix}`
      : `${action === 'pause' ? 'resume' : 'pause'}_${info.suffix}`;
  return {
    path: 'status',
    code: 'conflict',
    message: `${toolName(spec)} sets ${wanted}; status ${args.status} contradicts it. Leave status out, or call ${other}.`,
  };
}

function rulesOf(spec: StatusSpec) {
  return (args: Partial<StatusArgs>): ArgumentIssue[] =>
    [idIssue(spec, args), statusIssue(spec, args)].filter(
      (issue): issue is ArgumentIssue => issue !== undefined,
    );
}

function descriptionOf(spec: StatusSpec): string {
  const { info, action } = spec;
  const name = toolName(spec);
  const lines =
    action === 'pause'
      ? [
          `Pauses a TikTok ${info.noun} (operation_status DISABLE): it stops delivering and spending until resumed with resume_${info.suffix}.`,
        ]
      : action === 'resume'
        ? [
            `Resumes a paused TikTok ${info.noun} (operation_status ENABLE). It delivers only if its campaign and ad group are enabled too.`,
          ]
        : [
            `Deletes a TikTok ${info.noun} (operation_status DELETE). **Deleting is final at TikTok**: a deleted ${info.noun} cannot be resumed or changed.`,
            info.level === 'campaign'
              ? 'It cascades: the campaign’s ad groups and ads are deleted with it.'
              : info.level === 'adgroup'
                ? 'It cascades: the ad group’s ads are deleted with it.'
                : '',
            info.level === 'ad'
              ? ''
              : 'Before deleting, the tool reads what the delete removes and names it in the answer (names and counts); `dry_run: true` shows that without deleting.',
          ];
  return [
    ...lines.filter(Boolean),
    '',
    `Give \`${info.idField}\`, or \`${info.idsField}\` for up to ${MAX_STATUS_IDS} at once; the answer says per id what happened`,
    `(changed, already so, not found, or why not). ${info.plural[0]?.toUpperCase()}${info.plural.slice(1)} already in that state are not sent again.`,
    action === 'delete'
      ? ''
      : `\`status\` is accepted for compatibility and must be ${ACTIONS[action].status} if given.`,
    'With an Idempotency-Key a retry never applies the change twice; if TikTok’s answer is lost, the tool reads the',
    `${info.plural} back to find out what happened. Counts as one tool call (${name}).`,
  ]
    .filter((line) => line !== '')
    .join('\n');
}

export function statusTool(level: Level, action: StatusAction): ToolDefinition<z.ZodObject, ToolServices> {
  const spec: StatusSpec = { info: LEVELS[level], action };
  const schema = schemaOf(spec);
  const example: Record<string, unknown> = {
    [spec.info.idField]: {
      campaign: '1800000000000101',
      adgroup: '1790000000900001',
      ad: '1780000000900001',
    }[level],
  };
  return {
    name: toolName(spec),
    category: 'TikTok Ads Write',
    summary:
      action === 'delete'
        ? `Delete a TikTok ${spec.info.noun}${level === 'ad' ? '' : ` (cascades to its ${level === 'campaign' ? 'ad groups and ads' : 'ads'})`}`
        : `${ACTIONS[action].verb} a ${action === 'resume' ? 'paused ' : ''}TikTok ${spec.info.noun}`,
    description: descriptionOf(spec),
    readOnly: false,
    destructive: action === 'delete',
    idempotent: true,
    billable: true,
    schema,
    rules: rulesOf(spec) as (args: Partial<Record<string, unknown>>) => ArgumentIssue[],
    isDryRun: (args) => (args as StatusArgs).dry_run === true,
    example,
    run: (args, ctx) => runStatusChange(spec, args as StatusArgs, ctx),
  };
}
