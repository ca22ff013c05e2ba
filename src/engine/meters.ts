// Every meter and quality stays within its bounds and is never NaN: all changes pass through here,
// and the ledger records the change that actually happened after clamping.
import type { PointMeter, QualityId } from './ids';
import { attribute, type Cause } from './ledger';
import type { RunState } from './state';

export const METER_MAX = 100;

/**
 * Within [0, METER_MAX], the bounds of every meter and quality. The bound is written as a number: a
 * module constant is loaded from the module's context at each use, and this is inlined many times
 * into the effect interpreter's loop, within the compiler's inlining budget.
 */
export function bounded(value: number): number {
  return value < 0 ? 0 : value > 100 ? 100 : value;
}

// Meters and qualities are read and written by name below, not by a key held in a variable: a field
// whose name is in the code is the fastest access JavaScript engines have, and this runs many times
// every half-year.

export function changeMeter(state: RunState, meter: PointMeter, delta: number, cause: Cause): void {
  attribute(state, cause, meter, moveMeter(state, meter, delta));
}

/** Adds `delta` to a point meter, within its bounds, for a caller that attributes the change itself; the change made. */
export function moveMeter(state: RunState, meter: PointMeter, delta: number): number {
  // The check-in's pull rounds to -0 now and then: added to a meter, it would make the JavaScript
  // engine keep that meter as a boxed double, and do the arithmetic of every meter in doubles.
  if (delta === 0) return 0;
  const burnout = meter === 'burnout';
  const before = burnout ? state.burnout : state.satisfaction;
  const after = bounded(before + delta);
  if (burnout) state.burnout = after;
  else state.satisfaction = after;
  return after - before;
}

/** Points to add to each quality and point meter; 0 leaves it as it is. */
export type Changes = Record<QualityId | PointMeter, number>;

/**
 * Applies changes to distinct targets, each within its bounds (so their order does not matter). A test
 * per target costs less than a dispatch per change, and most targets are left as they are.
 */
export function applyChanges(state: RunState, c: Readonly<Changes>, cause: Cause): void {
  const q = state.qualities;
  if (c.technical !== 0) q.technical = bounded(q.technical + c.technical);
  if (c.influence !== 0) q.influence = bounded(q.influence + c.influence);
  if (c.repEngineers !== 0) q.repEngineers = bounded(q.repEngineers + c.repEngineers);
  if (c.repManagers !== 0) q.repManagers = bounded(q.repManagers + c.repManagers);
  if (c.network !== 0) q.network = bounded(q.network + c.network);
  if (c.initiative !== 0) q.initiative = bounded(q.initiative + c.initiative);
  if (c.glue !== 0) q.glue = bounded(q.glue + c.glue);
  if (c.satisfaction !== 0) changeMeter(state, 'satisfaction', c.satisfaction, cause);
  if (c.burnout !== 0) changeMeter(state, 'burnout', c.burnout, cause);
}

/** Sets pay, in thousands of USD a year, rounded to a whole thousand, never below 1. */
export function setPay(state: RunState, pay: number, cause: Cause): void {
  const before = state.compensation;
  const after = Math.max(1, Math.round(pay));
  state.compensation = after;
  attribute(state, cause, 'compensation', after - before);
}
