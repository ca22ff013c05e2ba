// Whether a storylet's conditions hold, in the form the draw reads fastest. A draw tests some twenty
// storylets, nearly all of them on a number of the state (a quality, a meter, pay, the turn, time in
// role, job changes). So those tests are compiled into ranges over a vector of the state's numbers,
// read once per draw, and checked in a plain loop without a call; the few others (flags, company,
// region) stay compiled predicates. Role and move conditions are left out: the candidate lists of
// role-rules.ts have already applied them.
import { compileCondition, allOf, type Predicate } from './conditions';
import { QUALITIES } from './ids';
import type { Condition, StoryletDef } from './schema';
import type { RunState } from './state';

// The vector's layout: the run's counters and meters, then the qualities in QUALITIES order.
const TURN = 0;
const TURNS_IN_ROLE = 1;
const JOB_CHANGES = 2;
const SATISFACTION = 3;
const BURNOUT = 4;
const PAY = 5;
const FIRST_QUALITY = 6;
/** How many numbers `readNumbers` writes. */
export const NUMBER_COUNT = FIRST_QUALITY + QUALITIES.length;

/** Writes the state's numbers into `into`, in the layout above. */
export function readNumbers(state: RunState, into: Float64Array): void {
  const q = state.qualities;
  into[TURN] = state.turn;
  into[TURNS_IN_ROLE] = state.turnsInRole;
  into[JOB_CHANGES] = state.employer;
  into[SATISFACTION] = state.satisfaction;
  into[BURNOUT] = state.burnout;
  into[PAY] = state.compensation;
  into[FIRST_QUALITY + 0] = q.technical;
  into[FIRST_QUALITY + 1] = q.influence;
  into[FIRST_QUALITY + 2] = q.repEngineers;
  into[FIRST_QUALITY + 3] = q.repManagers;
  into[FIRST_QUALITY + 4] = q.network;
  into[FIRST_QUALITY + 5] = q.initiative;
  into[FIRST_QUALITY + 6] = q.glue;
}

/** Where in the vector a numeric condition looks, and the range it admits; null for other kinds. */
function rangeOf(c: Condition): { field: number; min: number | undefined; max: number | undefined } | null {
  switch (c.kind) {
    case 'quality':
      return { field: FIRST_QUALITY + QUALITIES.indexOf(c.quality), min: c.min, max: c.max };
    case 'meter':
      return { field: c.meter === 'burnout' ? BURNOUT : SATISFACTION, min: c.min, max: c.max };
    case 'pay':
      return { field: PAY, min: c.min, max: c.max };
    case 'turn':
      return { field: TURN, min: c.min, max: c.max };
    case 'turns-in-role':
      return { field: TURNS_IN_ROLE, min: c.min, max: c.max };
    case 'job-changes':
      return { field: JOB_CHANGES, min: c.min, max: c.max };
    default:
      return null;
  }
}

/** The compiled conditions of every storylet; storylet i's ranges are at start[i] to end[i] - 1 of `ranges`. */
export interface Eligibility {
  readonly start: Int32Array;
  readonly end: Int32Array;
  /**
   * The ranges, RANGE_SIZE numbers each: the field's place in the vector, then the least and the most
   * it may be (a missing bound is infinite; state numbers are never NaN). One array, so the draw's loop
   * keeps a single array at hand.
   */
  readonly ranges: Float64Array;
  /** The storylet's other conditions, as one predicate, or null when it has none. */
  readonly others: readonly (Predicate | null)[];
  /**
   * 1 for a storylet that may come again once shown, and each storylet's weight in the draw: copied
   * out of the storylets, whose big objects are slow to reach from a tight loop.
   */
  readonly repeatable: Uint8Array;
  readonly weight: Float64Array;
}

const RANGE_SIZE = 3;

export function compileEligibility(storylets: readonly StoryletDef[]): Eligibility {
  const ranges: number[] = [];
  const start = new Int32Array(storylets.length);
  const end = new Int32Array(storylets.length);
  const others = storylets.map((s, i) => {
    start[i] = ranges.length;
    const rest: Predicate[] = [];
    for (const c of s.when) {
      if (c.kind === 'role' || c.kind === 'move') continue;
      const range = rangeOf(c);
      if (range === null) rest.push(compileCondition(c));
      else ranges.push(range.field, range.min ?? -Infinity, range.max ?? Infinity);
    }
    end[i] = ranges.length;
    return rest.length === 0 ? null : allOf(rest);
  });
  return {
    start,
    end,
    ranges: Float64Array.from(ranges),
    others,
    repeatable: Uint8Array.from(storylets, (s) => (s.repeatable ? 1 : 0)),
    weight: Float64Array.from(storylets, (s) => s.weight ?? 1),
  };
}

/** Whether storylet `index`, whose ranges are at `from` to `to` - 1, may be drawn in this state. */
export function holdsFor(e: Eligibility, index: number, from: number, to: number, numbers: Float64Array, state: RunState): boolean {
  const ranges = e.ranges;
  for (let k = from; k < to; k += RANGE_SIZE) {
    const v = numbers[ranges[k] as number] as number;
    if (!(v >= (ranges[k + 1] as number) && v <= (ranges[k + 2] as number))) return false;
  }
  const other = e.others[index] as Predicate | null;
  return other === null || other(state);
}

/** Whether storylet `index`'s conditions hold, given the state and its numbers from `readNumbers`. */
export function isEligible(e: Eligibility, index: number, numbers: Float64Array, state: RunState): boolean {
  return holdsFor(e, index, e.start[index] as number, e.end[index] as number, numbers, state);
}

/**
 * The candidates of one draw list (storylet indices in draw order) packed for the draw's loop,
 * CANDIDATE_SIZE numbers each: the storylet's index, its specificity, and where its ranges start and end.
 */
export function packCandidates(e: Eligibility, indices: readonly number[], specificity: readonly number[]): Int32Array {
  return Int32Array.from(indices.flatMap((i) => [i, specificity[i] as number, e.start[i] as number, e.end[i] as number]));
}

export const CANDIDATE_SIZE = 4;
