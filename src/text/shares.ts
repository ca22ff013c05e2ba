// Shares of a whole as percentages rounded so that they add up to exactly 100: each share is rounded
// down at the given digits, and the units left over go to the largest remainders (the earliest first,
// on a tie). Rounding each share on its own can make a table read 102% or 99%, which a room notices.

/** The percentage of the total each count is, at `digits` decimals, as text ("33.3%"); the shares add up to 100. */
export function percentShares(counts: readonly number[], digits: number): string[] {
  const total = counts.reduce((sum, c) => sum + c, 0);
  if (total <= 0) return counts.map(() => `${(0).toFixed(digits)}%`);
  const units = 100 * 10 ** digits;
  const exact = counts.map((c) => (c * units) / total);
  const floors = exact.map(Math.floor);
  let left = units - floors.reduce((sum, f) => sum + f, 0);
  const byRemainder = exact.map((_, i) => i).sort((a, b) => (exact[b] as number) - (floors[b] as number) - ((exact[a] as number) - (floors[a] as number)) || a - b);
  for (const i of byRemainder) {
    if (left <= 0) break;
    floors[i] = (floors[i] as number) + 1;
    left--;
  }
  return floors.map((f) => `${(f / 10 ** digits).toFixed(digits)}%`);
}
