// Every meter and quality stays within its bounds and is never NaN: all changes pass through here,
// and the ledger records the change that actually happened after clamping.
import type { PointMeter, QualityId } from './ids';
import { attribute, type Cause } from './ledger';
import type { RunState } from './state';

export const METER_MAX = 100;

function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

export function changeMeter(state: RunState, meter: PointMeter, delta: number, cause: Cause): void {
  const before = state[meter];
  const after = clamp(before + delta, 0, METER_MAX);
  state[meter] = after;
  attribute(state, cause, meter, after - before);
}

export function changeQuality(state: RunState, quality: QualityId, delta: number): void {
  state.qualities[quality] = clamp(state.qualities[quality] + delta, 0, 100);
}

/** Sets pay, in thousands of USD a year, rounded to a whole thousand, never below 1. */
export function setPay(state: RunState, pay: number, cause: Cause): void {
  const before = state.compensation;
  const after = Math.max(1, Math.round(pay));
  state.compensation = after;
  attribute(state, cause, 'compensation', after - before);
}
