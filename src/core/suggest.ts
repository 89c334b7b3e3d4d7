/** "Did you mean" suggestions for field names, tool names and enum values. */

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] as number;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] as number;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, (previous[j - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length] as number;
}

/**
 * The candidates closest to `input`, best first. A candidate counts as close when few edits
 * separate them (relative to the length) or when one contains the other (`keyword` → `interest_keyword_ids`).
 */
export function closestMatches(input: string, candidates: readonly string[], max = 3): string[] {
  const needle = input.toLowerCase();
  const scored: Array<{ candidate: string; score: number }> = [];
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    const distance = editDistance(needle, hay);
    const allowed = Math.max(2, Math.floor(Math.max(needle.length, hay.length) / 3));
    const contains = needle.length >= 4 && (hay.includes(needle) || needle.includes(hay));
    if (distance <= allowed || contains)
      scored.push({ candidate, score: contains ? Math.min(distance, 1.5) : distance });
  }
  scored.sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate));
  return scored.slice(0, max).map((s) => s.candidate);
}

export function didYouMean(input: string, candidates: readonly string[]): string {
  const [best] = closestMatches(input, candidates, 1);
  return best === undefined ? '' : ` Did you mean \`${best}\`?`;
}
