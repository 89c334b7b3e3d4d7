/**
 * `search_tiktok_targeting`: finds the targeting ids add_tiktok_ad_group takes (regions, interest
 * categories and keywords, languages, carriers, device models), and TikTok's behaviour categories.
 * TikTok answers these look-ups whole; a `keyword` narrows them by name, and long answers are
 * bounded like every look-up (paging.ts).
 */
import type { ToolDefinition } from '../../../core/tool.js';
import type { ToolServices } from '../../services.js';
import { onAccount } from '../account-calls.js';
import { listFacts, listTable } from '../markdown.js';
import { bounded } from '../paging.js';
import { KINDS, type TargetingRow } from './kinds.js';
import {
  type OptionalArgument,
  type SearchTikTokTargetingArgs,
  searchTikTokTargetingRules,
  searchTikTokTargetingSchema,
} from './schema.js';

function matches(row: TargetingRow, keyword: string): boolean {
  const needle = keyword.toLowerCase();
  return row.name.toLowerCase().includes(needle) || row.id === keyword;
}

/** Arguments given that the chosen type does not use (said in the answer, not refused). */
function ignoredArguments(args: SearchTikTokTargetingArgs, uses: readonly OptionalArgument[]): string[] {
  return Object.keys(args).filter(
    (name) =>
      name !== 'targeting_type' && name !== 'advertiser_id' && !uses.includes(name as OptionalArgument),
  );
}

export const searchTikTokTargeting: ToolDefinition<typeof searchTikTokTargetingSchema, ToolServices> = {
  name: 'search_tiktok_targeting',
  category: 'TikTok Ads Read',
  summary: 'Search TikTok targeting options for campaign creation and ad group management',
  description: [
    'Finds the targeting ids to paste into add_tiktok_ad_group, by `targeting_type`:',
    '',
    '- `regions` → `location_ids` (countries, provinces, cities; `level_range` sets how deep),',
    '- `interest_categories` → `interest_category_ids`,',
    '- `interest_keywords` → `interest_keyword_ids`, or `purchase_intention_keyword_ids` with',
    "  `audience_type: 'PURCHASE_INTENTION'` (`keyword` is required: the seed TikTok recommends keywords for),",
    '- `languages` → `languages`, `carriers` → `carrier_ids`, `device_models` → `device_model_ids`,',
    "- `action_categories`: TikTok's behaviour categories (add_tiktok_ad_group does not set behaviour targeting).",
    '',
    'For every type but interest_keywords, `keyword` filters the results by name: `{"targeting_type": "regions",',
    '"keyword": "germany"}` finds Germany\'s location_id. Run it before add_tiktok_ad_group to find valid ids.',
    'Answers list at most 1,000 results (100 in the text) and say when more exist. Counts as one tool call.',
  ].join('\n'),
  readOnly: true,
  billable: true,
  schema: searchTikTokTargetingSchema,
  rules: searchTikTokTargetingRules,
  example: { targeting_type: 'regions', keyword: 'united' },

  async run(args, ctx) {
    const account = await ctx.accounts.resolve(args.advertiser_id);
    const kind = KINDS[args.targeting_type];
    const all = await onAccount(ctx, account, () =>
      kind.fetch({
        client: ctx.services.tiktok,
        accessToken: account.accessToken,
        advertiserId: account.advertiserId,
        args,
      }),
    );
    const filtered =
      args.keyword !== undefined && !kind.keywordIsSeed
        ? all.filter((r) => matches(r, args.keyword as string))
        : all;
    const collected = bounded(filtered);
    const argument = kind.argument(args);
    const ignored = ignoredArguments(args, kind.uses);

    const what =
      args.keyword === undefined
        ? ''
        : kind.keywordIsSeed
          ? ` related to "${args.keyword}"`
          : ` matching "${args.keyword}"`;
    const intro = `${collected.total} ${kind.noun}${what} for **${account.name}** (advertiser_id ${account.advertiserId}).`;
    const table = listTable(collected, {
      noun: kind.noun,
      headers: kind.headers,
      row: kind.row,
      narrow: kind.keywordIsSeed ? undefined : 'Pass `keyword` to narrow the list by name.',
    });
    const usable = kind.usable;
    const example = collected.items
      .filter((r) => !usable || usable(r))
      .slice(0, 2)
      .map((r) => r.id);
    const parts = [intro, table];
    if (collected.items.length > 0) {
      parts.push(
        argument && example.length > 0
          ? `${kind.advice(args)} For example: \`"${argument}": ${JSON.stringify(example)}\`.`
          : kind.advice(args),
      );
    }
    if (ignored.length > 0) {
      parts.push(
        `Not used for ${kind.noun}, so ignored: ${ignored.map((name) => `\`${name}\``).join(', ')}.`,
      );
    }
    return {
      text: parts.join('\n\n'),
      structured: {
        advertiser_id: account.advertiserId,
        targeting_type: args.targeting_type,
        add_tiktok_ad_group_argument: argument,
        ...listFacts(collected),
        ignored_arguments: ignored,
        results: collected.items,
      },
    };
  },
};
