// Conditions are data; `holds` is their only interpreter, used for storylets and outcomes alike.
import type { RunState } from './state';
import { hasFlag } from './state';
import type { Condition } from './schema';

export function within(value: number, min: number | undefined, max: number | undefined): boolean {
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

function contains(list: readonly string[], value: string): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === value) return true;
  return false;
}

export function holds(condition: Condition, state: RunState): boolean {
  switch (condition.kind) {
    case 'role':
      return contains(condition.in, state.role);
    case 'region':
      return contains(condition.in, state.region);
    case 'move':
      return state.move !== null && contains(condition.in, state.move.move);
    case 'quality':
      return within(state.qualities[condition.quality], condition.min, condition.max);
    case 'meter':
      return within(state[condition.meter], condition.min, condition.max);
    case 'pay':
      return within(state.compensation, condition.min, condition.max);
    case 'flag':
      return hasFlag(state, condition.flag) === condition.is;
    case 'company':
      return contains(condition.in, state.company);
    case 'turn':
      return within(state.turn, condition.min, condition.max);
    case 'turns-in-role':
      return within(state.turnsInRole, condition.min, condition.max);
    case 'job-changes':
      return within(state.employer, condition.min, condition.max);
  }
}

export function allHold(conditions: readonly Condition[], state: RunState): boolean {
  for (const c of conditions) if (!holds(c, state)) return false;
  return true;
}
