/**
 * The tool page's `audience_rule`: `{audience_op, audience_ids, lookalike_audience_ids}`. TikTok's
 * field of that name has another shape (`{inclusions, exclusions}` over event sources, SDK
 * `AdgroupcreateAudienceRule`), so the page's rule is never forwarded: a union of audiences is what
 * TikTok's `audience_ids` already targets ("people in any of these audiences").
 */

const PAGE_KEYS = new Set(['audience_op', 'audience_ids', 'lookalike_audience_ids']);
const UNION_OPS = new Set(['union', 'or', 'any']);

function ids(value: unknown): string[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  const strings = value.map((id) => (typeof id === 'number' && Number.isSafeInteger(id) ? String(id) : id));
  return strings.every((id) => typeof id === 'string' && /^[0-9]+$/.test(id))
    ? (strings as string[])
    : undefined;
}

/**
 * The audience IDs a page-shaped union rule stands for, or undefined when the rule is not a union
 * of audience IDs in the page's shape (then it cannot be sent).
 */
export function audienceRuleIds(rule: Record<string, unknown> | undefined): string[] | undefined {
  if (rule === undefined) return undefined;
  if (Object.keys(rule).some((key) => !PAGE_KEYS.has(key))) return undefined;
  const op = rule.audience_op ?? 'union';
  if (typeof op !== 'string' || !UNION_OPS.has(op.toLowerCase())) return undefined;
  const direct = ids(rule.audience_ids);
  const lookalike = ids(rule.lookalike_audience_ids);
  if (!direct || !lookalike || direct.length + lookalike.length === 0) return undefined;
  return [...new Set([...direct, ...lookalike])];
}
