// What the room's runs add up to: how they ended, where their meters finished, and the runs of each
// scenario kept apart (runs of different scenarios are never counted together).
import { METERS, OUTCOMES, type MeterId, type OutcomeId } from '../engine';
import type { RoomRun } from './room-run';

export interface OutcomeCount {
  readonly outcome: OutcomeId;
  readonly title: string;
  readonly count: number;
}

/** The outcomes the runs reached, most frequent first (ties in the game's outcome order). */
export function outcomeDistribution(runs: readonly RoomRun[]): OutcomeCount[] {
  const counts = new Map<OutcomeId, OutcomeCount>();
  for (const run of runs) {
    const seen = counts.get(run.outcome);
    counts.set(run.outcome, { outcome: run.outcome, title: run.outcomeTitle, count: (seen?.count ?? 0) + 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || OUTCOMES.indexOf(a.outcome) - OUTCOMES.indexOf(b.outcome));
}

export interface MeterSummary {
  readonly meter: MeterId;
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
  readonly mean: number;
}

/** The p-quantile of sorted values, interpolated linearly (as box plots draw it). */
export function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const below = sorted[Math.floor(at)] as number;
  const above = sorted[Math.ceil(at)] as number;
  return below + (above - below) * (at - Math.floor(at));
}

/** Each meter's spread at the end of the runs; empty when there are no runs. */
export function meterSummaries(runs: readonly RoomRun[]): MeterSummary[] {
  if (runs.length === 0) return [];
  return METERS.map((meter) => {
    const values = runs.map((r) => r.final[meter]).sort((a, b) => a - b);
    return {
      meter,
      min: values[0] as number,
      q1: quantile(values, 0.25),
      median: quantile(values, 0.5),
      q3: quantile(values, 0.75),
      max: values[values.length - 1] as number,
      mean: values.reduce((s, x) => s + x, 0) / values.length,
    };
  });
}

export interface ScenarioSection {
  readonly scenario: string;
  readonly name: string;
  readonly runs: readonly RoomRun[];
}

/** The runs of each scenario, in the order the scenarios first appear in the room. */
export function byScenario(runs: readonly RoomRun[]): ScenarioSection[] {
  const sections = new Map<string, { scenario: string; name: string; runs: RoomRun[] }>();
  for (const run of runs) {
    const section = sections.get(run.scenario) ?? { scenario: run.scenario, name: run.scenarioName, runs: [] };
    section.runs.push(run);
    sections.set(run.scenario, section);
  }
  return [...sections.values()];
}
