// Aggregating bot careers into outcome counts and meter percentiles. Pure: the sim CLI and the
// strategy lab read the same numbers from the same seeds, however the careers were split into chunks.
import { METERS, type MeterId, type StrategyId } from '../engine/ids';
import { seedProblem } from '../engine/run-code';
import type { RunState } from '../engine/state';
import { quoted } from '../text/shortened';

/** The seed of run i of n: exactly the base seed for a single run, `base-i` otherwise. */
export function seedOf(base: string, i: number, runs: number): string {
  return runs === 1 ? base : `${base}-${i}`;
}

/** Why `base` cannot number `runs` careers (see seedOf): a seed no run code carries, or one too long once numbered. */
export function seedsProblem(seed: string, runs: number): string | null {
  const own = seedProblem(seed);
  if (own !== null) return own;
  const last = seedOf(seed, runs - 1, runs);
  return seedProblem(last) === null ? null : `the seed is too long for ${runs.toLocaleString('en-US')} careers: the last one, ${quoted(last, 70)}, must fit in 64 characters`;
}

export const PERCENTILES = [10, 25, 50, 75, 90] as const;
export type Percentile = (typeof PERCENTILES)[number];

/** The nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** How a career that reached no outcome is counted. */
export const UNFINISHED = '(unfinished)';

export interface OutcomeCount {
  readonly outcome: string;
  readonly count: number;
}

/** Outcomes by count, most common first; ties in outcome-id order so the table is stable. */
function rankOutcomes(counts: Readonly<Record<string, number>>): OutcomeCount[] {
  return Object.entries(counts)
    .map(([outcome, count]) => ({ outcome, count }))
    .sort((a, b) => b.count - a.count || (a.outcome < b.outcome ? -1 : a.outcome > b.outcome ? 1 : 0));
}

export function countOutcomes(outcomes: readonly (string | null)[]): OutcomeCount[] {
  const counts: Record<string, number> = {};
  for (const o of outcomes) counts[o ?? UNFINISHED] = (counts[o ?? UNFINISHED] ?? 0) + 1;
  return rankOutcomes(counts);
}

export type FinalMeters = Readonly<Record<MeterId, number>>;

export function finalsOf(state: RunState): FinalMeters {
  return { satisfaction: state.satisfaction, burnout: state.burnout, compensation: state.compensation };
}

/** What a batch of one strategy's careers came to: plain data, so it crosses a worker boundary. */
export interface Tally {
  readonly strategy: StrategyId;
  careers: number;
  readonly outcomes: Record<string, number>;
  /** Every career's final meters, in no particular order. */
  readonly meters: Record<MeterId, number[]>;
}

export function emptyTally(strategy: StrategyId): Tally {
  return { strategy, careers: 0, outcomes: {}, meters: { satisfaction: [], burnout: [], compensation: [] } };
}

export function addCareer(tally: Tally, outcome: string | null, finals: FinalMeters): void {
  const key = outcome ?? UNFINISHED;
  tally.careers++;
  tally.outcomes[key] = (tally.outcomes[key] ?? 0) + 1;
  for (const meter of METERS) tally.meters[meter].push(finals[meter]);
}

/** Adds `from` into `into`; both must count the same strategy. */
export function mergeTally(into: Tally, from: Tally): void {
  if (into.strategy !== from.strategy) throw new RangeError(`cannot merge a ${from.strategy} tally into a ${into.strategy} one`);
  into.careers += from.careers;
  for (const [outcome, count] of Object.entries(from.outcomes)) into.outcomes[outcome] = (into.outcomes[outcome] ?? 0) + count;
  for (const meter of METERS) for (const value of from.meters[meter]) into.meters[meter].push(value);
}

export interface MeterSpread {
  /** Every final value, ascending. */
  readonly sorted: readonly number[];
  readonly min: number;
  readonly max: number;
  readonly percentiles: Readonly<Record<Percentile, number>>;
}

export interface StrategySummary {
  readonly strategy: StrategyId;
  readonly careers: number;
  readonly outcomes: readonly OutcomeCount[];
  readonly meters: Readonly<Record<MeterId, MeterSpread>>;
}

function spreadOf(values: readonly number[]): MeterSpread {
  const sorted = [...values].sort((a, b) => a - b);
  const percentiles = {} as Record<Percentile, number>;
  for (const p of PERCENTILES) percentiles[p] = percentile(sorted, p);
  return { sorted, min: sorted[0] ?? Number.NaN, max: sorted[sorted.length - 1] ?? Number.NaN, percentiles };
}

export function summarize(tally: Tally): StrategySummary {
  const meters = {} as Record<MeterId, MeterSpread>;
  for (const meter of METERS) meters[meter] = spreadOf(tally.meters[meter]);
  return { strategy: tally.strategy, careers: tally.careers, outcomes: rankOutcomes(tally.outcomes), meters };
}

/**
 * Where `value` stands among `sorted` values, as the percent of them it beats (ties count half):
 * 0 below every one, 100 above every one, 50 at the median of a spread.
 */
export function standing(sorted: readonly number[], value: number): number {
  if (sorted.length === 0) return Number.NaN;
  const below = countBelow(sorted, value, false);
  const atOrBelow = countBelow(sorted, value, true);
  return (100 * (below + (atOrBelow - below) / 2)) / sorted.length;
}

/** How many of the ascending `sorted` values are below `value` (or equal to it, with `orEqual`). */
function countBelow(sorted: readonly number[], value: number, orEqual: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] as number;
    if (v < value || (orEqual && v === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The share, in percent, of a summary's careers that ended in `outcome`. */
export function outcomeShare(summary: StrategySummary, outcome: string): number {
  const found = summary.outcomes.find((o) => o.outcome === outcome);
  return summary.careers === 0 ? 0 : (100 * (found?.count ?? 0)) / summary.careers;
}
