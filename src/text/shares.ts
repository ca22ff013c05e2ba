// Shares of a whole as percentages, rounded so that they read true together: equal counts always
// show equal shares, each share is within one unit of its exact value, and the shares add up to 100
// whenever equal counts allow it. Each share is rounded down at the given digits, and the units left
// over go to the largest remainders, a whole group of equal counts at a time, while a group still
// fits. Rounding each share alone can make a table read 102% or 99% where it need not.

/** The percentage of the total each count is, at `digits` decimals, as text ("33.3%"). */
export function percentShares(counts: readonly number[], digits: number): string[] {
  const total = counts.reduce((sum, c) => sum + c, 0);
  if (total <= 0) return counts.map(() => `${(0).toFixed(digits)}%`);
  const units = 100 * 10 ** digits;
  const floors = counts.map((c) => Math.floor((c * units) / total));
  const remainder = (c: number): number => (c * units) % total;
  let left = units - floors.reduce((sum, f) => sum + f, 0);
  // Equal counts have equal remainders: the groups of equal counts, largest remainder first.
  const groups = [...new Set(counts)].filter((c) => remainder(c) > 0).sort((a, b) => remainder(b) - remainder(a));
  for (const count of groups) {
    const members = counts.flatMap((c, i) => (c === count ? [i] : []));
    if (members.length > left) break;
    for (const i of members) floors[i] = (floors[i] as number) + 1;
    left -= members.length;
  }
  return floors.map((f) => `${(f / 10 ** digits).toFixed(digits)}%`);
}
