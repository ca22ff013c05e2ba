// Every meter and quality stays within its bounds and is never NaN: all changes pass through here,
// and the ledger records the change that actually happened after clamping.
import { QUALITIES, type PointMeter, type QualityId } from './ids';
import { attribute, type Cause } from './ledger';
import type { RunState } from './state';

export const METER_MAX = 100;

function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

// Meters and qualities are read and written by name below, not by a key held in a variable: a field
// whose name is in the code is the fastest access JavaScript engines have, and this runs many times
// every half-year.

export function changeMeter(state: RunState, meter: PointMeter, delta: number, cause: Cause): void {
  const burnout = meter === 'burnout';
  const before = burnout ? state.burnout : state.satisfaction;
  const after = clamp(before + delta, 0, METER_MAX);
  if (burnout) state.burnout = after;
  else state.satisfaction = after;
  attribute(state, cause, meter, after - before);
}

const clampQuality = (value: number): number => clamp(value, 0, 100);

/** Adds `delta` to the quality at `index` in QUALITIES, within its bounds. */
export function changeQualityAt(q: Record<QualityId, number>, index: number, delta: number): void {
  switch (index) {
    case 0:
      q.technical = clampQuality(q.technical + delta);
      return;
    case 1:
      q.influence = clampQuality(q.influence + delta);
      return;
    case 2:
      q.repEngineers = clampQuality(q.repEngineers + delta);
      return;
    case 3:
      q.repManagers = clampQuality(q.repManagers + delta);
      return;
    case 4:
      q.network = clampQuality(q.network + delta);
      return;
    case 5:
      q.initiative = clampQuality(q.initiative + delta);
      return;
    case 6:
      q.glue = clampQuality(q.glue + delta);
      return;
  }
}

export function changeQuality(state: RunState, quality: QualityId, delta: number): void {
  changeQualityAt(state.qualities, QUALITIES.indexOf(quality), delta);
}

/** Sets pay, in thousands of USD a year, rounded to a whole thousand, never below 1. */
export function setPay(state: RunState, pay: number, cause: Cause): void {
  const before = state.compensation;
  const after = Math.max(1, Math.round(pay));
  state.compensation = after;
  attribute(state, cause, 'compensation', after - before);
}
