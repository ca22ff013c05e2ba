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

/** Points to add to each quality and point meter; 0 leaves it as it is. */
export type Changes = Record<QualityId | PointMeter, number>;

/**
 * Applies changes to distinct targets, each within its bounds (so their order does not matter). A test
 * per target costs less than a dispatch per change, and most targets are left as they are.
 */
export function applyChanges(state: RunState, c: Readonly<Changes>, cause: Cause): void {
  const q = state.qualities;
  if (c.technical !== 0) q.technical = clampQuality(q.technical + c.technical);
  if (c.influence !== 0) q.influence = clampQuality(q.influence + c.influence);
  if (c.repEngineers !== 0) q.repEngineers = clampQuality(q.repEngineers + c.repEngineers);
  if (c.repManagers !== 0) q.repManagers = clampQuality(q.repManagers + c.repManagers);
  if (c.network !== 0) q.network = clampQuality(q.network + c.network);
  if (c.initiative !== 0) q.initiative = clampQuality(q.initiative + c.initiative);
  if (c.glue !== 0) q.glue = clampQuality(q.glue + c.glue);
  if (c.satisfaction !== 0) changeMeter(state, 'satisfaction', c.satisfaction, cause);
  if (c.burnout !== 0) changeMeter(state, 'burnout', c.burnout, cause);
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
