// Conditions are data; `compileCondition` is their only interpreter, used for storylets and outcomes
// alike. A scenario's conditions are compiled once (compile.ts), so the hot path calls a small test
// per condition instead of reading the condition's data each time.
import { contains } from './ids';
import type { RunState } from './state';
import { hasFlag } from './state';
import type { Condition } from './schema';

/** A compiled test on the run state. */
export type Predicate = (state: RunState) => boolean;

export function within(value: number, min: number | undefined, max: number | undefined): boolean {
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

export function compileCondition(condition: Condition): Predicate {
  switch (condition.kind) {
    case 'role': {
      const list = condition.in;
      return (s) => contains(list, s.role);
    }
    case 'region': {
      const list = condition.in;
      return (s) => contains(list, s.region);
    }
    case 'move': {
      const list = condition.in;
      return (s) => s.move !== null && contains(list, s.move.move);
    }
    case 'quality': {
      const { quality, min, max } = condition;
      return (s) => within(s.qualities[quality], min, max);
    }
    case 'meter': {
      const { min, max } = condition;
      return condition.meter === 'burnout' ? (s) => within(s.burnout, min, max) : (s) => within(s.satisfaction, min, max);
    }
    case 'pay': {
      const { min, max } = condition;
      return (s) => within(s.compensation, min, max);
    }
    case 'flag': {
      const { flag, is } = condition;
      return (s) => hasFlag(s, flag) === is;
    }
    case 'company': {
      const list = condition.in;
      return (s) => contains(list, s.company);
    }
    case 'turn': {
      const { min, max } = condition;
      return (s) => within(s.turn, min, max);
    }
    case 'turns-in-role': {
      const { min, max } = condition;
      return (s) => within(s.turnsInRole, min, max);
    }
    case 'turns-at-employer': {
      const { min, max } = condition;
      return (s) => within(s.turnsAtEmployer, min, max);
    }
    case 'job-changes': {
      const { min, max } = condition;
      return (s) => within(s.employer, min, max);
    }
  }
}

/** One test for a list of them: true when every one holds (and for an empty list). */
export function allOf(predicates: readonly Predicate[]): Predicate {
  if (predicates.length === 1) return predicates[0] as Predicate;
  return (s) => {
    for (let i = 0; i < predicates.length; i++) if (!(predicates[i] as Predicate)(s)) return false;
    return true;
  };
}

export function holds(condition: Condition, state: RunState): boolean {
  return compileCondition(condition)(state);
}
