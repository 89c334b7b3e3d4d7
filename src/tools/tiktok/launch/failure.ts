/**
 * What a launch that stopped midway answers: the error of the step that failed, plus what exists
 * (ids, all paused: nothing spends) and the one call that finishes it, or removes it.
 */
import { toAppError } from '../../../core/envelope.js';
import { AppError } from '../../../errors.js';
import type { Launch } from './runner.js';

export interface Existing {
  campaign_id?: string | undefined;
  adgroup_id?: string | undefined;
  ad_ids?: string[] | undefined;
}

/** Failures after which the very same call, with the same key, can finish the launch. */
const RESUMABLE = new Set([
  'platform_unavailable',
  'platform_outcome_unknown',
  'platform_rate_limited',
  'internal_error',
]);

function describe(existing: Existing): string {
  const parts: string[] = [];
  if (existing.campaign_id) parts.push(`campaign ${existing.campaign_id}`);
  if (existing.adgroup_id) parts.push(`ad group ${existing.adgroup_id}`);
  if (existing.ad_ids?.length) parts.push(`ad ${existing.ad_ids.join(', ')}`);
  return parts.join(', ');
}

/** The calls that finish a launch that cannot resume; once the ad exists only enabling is left. */
function finishByHand(existing: Existing): string {
  const resume = `resume_tiktok_ad_group with adgroup_id "${existing.adgroup_id ?? '?'}" and resume_tiktok_campaign with campaign_id "${existing.campaign_id ?? '?'}"`;
  if (existing.ad_ids?.length) return `The ad exists. To finish it, fix the problem above, then ${resume}.`;
  return `To finish it, fix the problem above and add the ad with add_tiktok_ad to ad group ${existing.adgroup_id ?? '?'}, then ${resume}.`;
}

export function launchFailure(
  thrown: unknown,
  launch: Launch,
  existing: Existing,
  tool: string,
  requestId: string,
): AppError {
  const error = toAppError(thrown, requestId);
  const made = describe(existing);
  if (made === '') return error;
  const resumable = RESUMABLE.has(error.code);
  const finish = resumable
    ? { tool, idempotency_key: launch.key, arguments: 'the same arguments' }
    : undefined;
  const remove = existing.campaign_id
    ? { tool: 'delete_tiktok_campaign', arguments: { campaign_id: existing.campaign_id } }
    : undefined;
  const lines = [
    error.message,
    '',
    `The launch stopped at step "${launch.reports.at(-1)?.step ?? '?'}". What exists, paused (nothing spends): ${made}.`,
    resumable
      ? `To finish it, call ${tool} again with the same arguments and idempotency_key "${launch.key}": the steps done are not repeated.`
      : finishByHand(existing),
    remove ? `To remove it instead: delete_tiktok_campaign with campaign_id "${existing.campaign_id}".` : '',
  ].filter((line, index, all) => line !== '' || index < all.length - 1);
  return new AppError(error.code, lines.join('\n').trim(), {
    details: {
      ...error.details,
      launch: { existing: { ...existing, status: 'DISABLE' }, steps: launch.reports, finish, remove },
    },
    ...(error.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: error.retryAfterSeconds }),
    billable: error.billable,
    cause: thrown,
  });
}
