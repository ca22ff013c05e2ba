// Today's daily seed, counted in UTC days from the engine's epoch, so it is identical worldwide.
import { DAILY_EPOCH_UTC, dailySeed } from '../engine/daily';

const DAY_MS = 86_400_000;

export function daysSinceEpoch(now: Date): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const epoch = Date.UTC(DAILY_EPOCH_UTC.year, DAILY_EPOCH_UTC.month - 1, DAILY_EPOCH_UTC.day);
  return Math.round((today - epoch) / DAY_MS);
}

export function todaysSeed(now: Date = new Date()): string {
  return dailySeed(daysSinceEpoch(now));
}
