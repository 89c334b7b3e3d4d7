/** What a launch answers: the ids made, live, the steps with their timings; or, for a dry run, every body in order. */
import type { ToolResult } from '../../../core/tool.js';
import type { ChosenIdentity } from './identity.js';
import type { Launch } from './runner.js';

export interface LaunchOutcome {
  campaignId?: string | undefined;
  adgroupId: string;
  adIds: string[];
  identity: ChosenIdentity;
  launch: Launch;
  name: string;
}

export function launchAnswer(outcome: LaunchOutcome): ToolResult {
  const { launch } = outcome;
  const steps = launch.reports;
  const resumed = steps.some((step) => step.status !== 'done');
  const lines = [
    `## ${outcome.name}: live`,
    '',
    outcome.campaignId ? `- Campaign: ${outcome.campaignId} (enabled)` : '',
    `- Ad group: ${outcome.adgroupId} (enabled)`,
    `- Ad: ${outcome.adIds.join(', ')}`,
    `- Identity: ${outcome.identity.display_name ?? outcome.identity.identity_id} (${outcome.identity.identity_type})`,
    '',
    resumed ? 'This call resumed an earlier attempt: the steps it had done were not repeated.' : '',
    '| Step | Status | ms |',
    '|---|---|---|',
    ...steps.map((step) => `| ${step.label} | ${step.status} | ${step.duration_ms} |`),
    '',
    'TikTok reviews new ads before they deliver (usually within 24 hours).',
  ].filter((line, index, all) => line !== '' || all[index - 1] !== '');
  return {
    text: lines.join('\n'),
    structured: {
      ...(outcome.campaignId ? { campaign_id: outcome.campaignId } : {}),
      adgroup_id: outcome.adgroupId,
      ad_ids: outcome.adIds,
      status: 'ENABLE',
      identity: outcome.identity,
      launch_key: launch.key,
      steps,
    },
  };
}

export interface PlannedCall {
  step: string;
  method: 'POST' | 'GET';
  path: string;
  body: Record<string, unknown>;
}

export function dryRunAnswer(tool: string, calls: PlannedCall[]): ToolResult {
  const lines = [
    `## ${tool}: dry run`,
    '',
    'Nothing was sent and no quota was used. These calls would be made, in this order (ids made by earlier steps shown as <...>):',
    '',
    ...calls.flatMap((call, index) => [
      `${index + 1}. ${call.step}: \`${call.method} ${call.path}\``,
      '```json',
      JSON.stringify(call.body, null, 2),
      '```',
    ]),
  ];
  return { text: lines.join('\n'), structured: { dry_run: true, calls } };
}
