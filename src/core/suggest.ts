/**
 * "Did you mean ...?" for enum values and field names. Agents make near misses (`GENDER_MALES`,
 * `male`, `18-24`, `interest_keyword_id`); the closest known value turns a refusal into a fix.
 * Used for tool names, argument names and enum values alike.
 */

/** Upper case, every run of non-alphanumerics becomes one `_`, no leading or trailing `_`. */
export function normalizeToken(value: string): string {
  return value
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Levenshtein distance (insert, delete, substitute: 1 each). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The prefix every candidate shares, cut back to its last `_` (e.g. `GENDER_`, `BID_TYPE_`). */
function sharedPrefix(candidates: readonly string[]): string {
  const first = candidates[0];
  if (first === undefined || candidates.length < 2) return '';
  let prefix = first;
  for (const candidate of candidates) {
    while (!candidate.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  const cut = prefix.lastIndexOf('_');
  return cut < 0 ? '' : prefix.slice(0, cut + 1);
}

/**
 * The candidate closest to `input`, or undefined when none is close or two are equally close.
 * Matching ignores case and separators, accepts a value without the shared prefix (`MALE` for
 * `GENDER_MALE`, `18-24` for `AGE_18_24`), then allows about one typo per three characters.
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const wanted = normalizeToken(input);
  if (wanted === '' || candidates.length === 0) return undefined;
  const normalized = candidates.map(normalizeToken);
  const prefix = sharedPrefix(normalized);

  const exact = normalized.indexOf(wanted);
  if (exact >= 0) return candidates[exact];
  if (prefix !== '') {
    const withPrefix = normalized.indexOf(prefix + wanted);
    if (withPrefix >= 0) return candidates[withPrefix];
  }
  // A unique candidate that ends with the input (`TIKTOK`) or, without its prefix, starts with it
  // (`55` for `AGE_55_100`).
  const bare = prefix !== '' && wanted.startsWith(prefix) ? wanted.slice(prefix.length) : wanted;
  const byPart = normalized.flatMap((value, index) =>
    value.endsWith(`_${wanted}`) || value.slice(prefix.length).startsWith(`${bare}_`) ? [index] : [],
  );
  if (byPart.length === 1 && byPart[0] !== undefined) return candidates[byPart[0]];

  let best: number | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tie = false;
  normalized.forEach((value, index) => {
    const distance = Math.min(
      editDistance(wanted, value),
      prefix !== '' ? editDistance(wanted, value.slice(prefix.length)) : Number.POSITIVE_INFINITY,
    );
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) {
      tie = true;
    }
  });
  if (best === undefined || tie) return undefined;
  const candidate = normalized[best] ?? '';
  const allowed = Math.max(1, Math.floor(Math.max(wanted.length, candidate.length - prefix.length) / 3));
  return bestDistance <= allowed ? candidates[best] : undefined;
}

/** ` Did you mean X?` when a candidate is close, else the empty string (ready to append). */
export function didYouMean(input: unknown, candidates: readonly string[]): string {
  if (typeof input !== 'string' && typeof input !== 'number') return '';
  const match = closestMatch(String(input), candidates);
  return match === undefined ? '' : ` Did you mean \`${match}\`?`;
}

/** Up to `max` candidates, closest first, within the same typo allowance (for "the nearest tools"). */
export function nearest(input: string, candidates: readonly string[], max = 3): string[] {
  const wanted = normalizeToken(input);
  const ranked = candidates
    .map((candidate) => {
      const value = normalizeToken(candidate);
      const contains = wanted.length >= 4 && (value.includes(wanted) || wanted.includes(value));
      return {
        candidate,
        // Containment counts as close, but a one-letter slip is closer (add_tiktok_adgroup is
        // add_tiktok_ad_group before it is add_tiktok_ad).
        distance: contains ? Math.min(editDistance(wanted, value), 1.5) : editDistance(wanted, value),
        allowed: Math.max(2, Math.floor(value.length / 3)),
      };
    })
    .filter((r) => r.distance <= r.allowed)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate));
  return ranked.slice(0, max).map((r) => r.candidate);
}
