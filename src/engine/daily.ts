// The daily seed: the same for everyone on the same UTC day. The caller counts the days (the engine
// has no clock); this only names the seed, so every build derives it identically.

/** Day 0 of the daily seeds: 2026-01-01 (UTC). */
export const DAILY_EPOCH_UTC = { year: 2026, month: 1, day: 1 } as const;

export function dailySeed(daysSinceEpoch: number): string {
  if (!Number.isInteger(daysSinceEpoch)) throw new RangeError('a daily seed needs a whole number of days');
  return `daily-${daysSinceEpoch}`;
}
