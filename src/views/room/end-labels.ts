// Where the names at the ends of a chart's lines go: each as close to its line's end as it can be,
// at least a line of text from the next, and all within the chart. Pure, in the chart's own units.

/**
 * Positions for labels wanted at `wanted` (any order), each at least `gap` from the others and within
 * [low, high] when they fit there (when they do not, the highest rise above `high`); by index of
 * `wanted`. Labels keep their order: a higher end gets the higher label.
 */
export function spreadLabels(wanted: readonly number[], gap: number, low: number, high: number): number[] {
  const order = wanted.map((_, i) => i).sort((a, b) => (wanted[b] as number) - (wanted[a] as number) || a - b);
  const placed = order.map((i) => Math.min(high, Math.max(low, wanted[i] as number)));
  // Down from the top, each at least a gap below the one above; then up from the bottom, so none falls out.
  for (let k = 1; k < placed.length; k++) placed[k] = Math.min(placed[k] as number, (placed[k - 1] as number) - gap);
  placed[placed.length - 1] = Math.max(placed[placed.length - 1] as number, low);
  for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.max(placed[k] as number, (placed[k + 1] as number) + gap);
  const at = new Array<number>(wanted.length);
  order.forEach((i, k) => (at[i] = placed[k] as number));
  return at;
}
