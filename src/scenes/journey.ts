// What a run has been, read off its history for drawing: the places it stopped at, the rungs it
// reached, and its meters over time. Pure data, no Phaser.
import type { RegionId, RoleId } from '../engine/ids';
import type { TurnRecord } from '../engine/state';
import { avatarSpot, flagSpot, type MapLayout, type Point } from './layout';

type Stop = Pick<TurnRecord, 'region' | 'role'>;

/** The stops of a run on the map: the valley, then each half-year's place, repeats merged. */
export function journeyStops(layout: MapLayout, history: readonly Stop[]): Point[] {
  const stops: Point[] = [avatarSpot(layout, 'interdell', 'intermediate')];
  for (const turn of history) {
    const p = avatarSpot(layout, turn.region, turn.role);
    const last = stops[stops.length - 1] as Point;
    if (Math.hypot(p.x - last.x, p.y - last.y) > 0.5) stops.push(p);
  }
  return stops;
}

/** Rungs above the first of each ladder: reaching one plants a flag. */
const FLAG_ROLES: readonly RoleId[] = ['senior', 'staff', 'principal', 'senior-manager', 'director', 'senior-pm'];

export interface Rung {
  readonly region: RegionId;
  readonly role: RoleId;
}

export const rungKey = (r: Rung): string => `${r.region}/${r.role}`;

/** Every flag-worthy place the run has held, in the order first reached, each once. */
export function reachedRungs(layout: MapLayout, stops: readonly Stop[]): Rung[] {
  const seen = new Map<string, Rung>();
  for (const { region, role } of stops) {
    const rung = { region, role };
    if (FLAG_ROLES.includes(role) && flagSpot(layout, region, role) && !seen.has(rungKey(rung))) seen.set(rungKey(rung), rung);
  }
  return [...seen.values()];
}

export interface MeterSeries {
  readonly satisfaction: readonly number[];
  readonly burnout: readonly number[];
  /** Compensation as a fraction of its highest value in the run. */
  readonly compensation: readonly number[];
  readonly peakCompensation: number;
}

/** The three meters per half-year, each scaled to 0..1 for a shared chart axis. */
export function meterSeries(history: readonly Pick<TurnRecord, 'satisfaction' | 'burnout' | 'compensation'>[]): MeterSeries {
  const peak = Math.max(0, ...history.map((h) => h.compensation));
  return {
    satisfaction: history.map((h) => h.satisfaction / 100),
    burnout: history.map((h) => h.burnout / 100),
    compensation: history.map((h) => (peak > 0 ? h.compensation / peak : 0)),
    peakCompensation: peak,
  };
}
