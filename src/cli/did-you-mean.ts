/**
 * Edits between two words (insert, delete, replace, swap two neighbours: optimal string
 * alignment), so a typo like chrage is one edit from charge.
 */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/**
 * The candidate a mistyped word most likely meant: the closest, within two edits (one for a
 * word of four letters or fewer); none when nothing is that close.
 * @example didYouMean("chrage", ["charge", "breaches"]) //=> "charge"
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const limit = word.replace(/^-+/, "").length <= 4 ? 1 : 2;
  let best: { name: string; d: number } | undefined;
  for (const name of candidates) {
    const d = distance(word.toLowerCase(), name.toLowerCase());
    if (d <= limit && (!best || d < best.d)) best = { name, d };
  }
  return best?.name;
}
