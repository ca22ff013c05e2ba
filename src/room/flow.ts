// The room's flow through the map: at the end of each year, how many runs stand in each region, and
// how many have already ended (burnt out or left), so every year counts every run.
import { REGIONS, type RegionId } from '../engine';
import type { RoomRun } from './room-run';

export const ENDED = 'ended';
export type FlowPlace = RegionId | typeof ENDED;
export const FLOW_PLACES: readonly FlowPlace[] = [...REGIONS, ENDED];

export interface FlowCell {
  /** Counting from 1. */
  readonly year: number;
  readonly place: FlowPlace;
  readonly count: number;
}

/** Where each run stands at the end of each year, one cell per (year, place), zeros included. */
export function regionFlow(runs: readonly RoomRun[]): FlowCell[] {
  const halfYears = Math.max(0, ...runs.map((r) => r.scenarioTurns));
  const cells: FlowCell[] = [];
  for (let year = 1; year <= Math.ceil(halfYears / 2); year++) {
    const counts = new Map<FlowPlace, number>(FLOW_PLACES.map((p) => [p, 0]));
    for (const run of runs) {
      const turn = run.history[Math.min(2 * year, run.scenarioTurns) - 1];
      const where: FlowPlace = turn?.region ?? ENDED;
      counts.set(where, (counts.get(where) as number) + 1);
    }
    for (const place of FLOW_PLACES) cells.push({ year, place, count: counts.get(place) as number });
  }
  return cells;
}
