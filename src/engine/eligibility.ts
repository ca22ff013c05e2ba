// Whether a storylet's conditions hold, in the form the draw reads fastest. A draw tests some twenty
// storylets, nearly all of them on a number of the state (a quality, a meter, pay, the turn, time in
// role, job changes). So those tests are compiled into ranges over a vector of the state's numbers,
// read once per draw, and the rest into bit masks: one over the flags that conditions name, and one
// over the (company, region) pairs a storylet admits. All are checked in a plain loop without a call.
// Role and move conditions are left out: the candidate lists of role-rules.ts have already applied them.
import { allOf, compileCondition, type Predicate } from './conditions';
import { COMPANY_KINDS, QUALITIES, REGIONS, type FlagId } from './ids';
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

/** Flags get a bit each, up to this many; conditions on any further flag stay compiled predicates. */
const FLAG_BITS = 31;

/** A (company, region) pair's bit in a storylet's `places` mask. */
function placeBit(company: number, region: number): number {
  return 1 << (company * REGIONS.length + region);
}

const ALL_PLACES = (1 << (COMPANY_KINDS.length * REGIONS.length)) - 1;

/** The compiled conditions of every storylet. */
export interface Eligibility {
  /** Storylet i's ranges are ranges start[i] to end[i] - 1. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Range k looks at the vector's number `field[k]`, which must be within `bounds[2k]` and `bounds[2k + 1]`. */
  readonly field: Int32Array;
  /** A missing bound is infinite (state numbers are never NaN). */
  readonly bounds: Float64Array;
  /** The bit of each flag that conditions name (the first FLAG_BITS of them). */
  readonly flagBits: ReadonlyMap<FlagId, number>;
  /** Of the flag bits, those a storylet needs set, and those it needs set or clear (`flagsWanted` says which). */
  readonly flagsNamed: Int32Array;
  readonly flagsWanted: Int32Array;
  /** The (company, region) pairs each storylet admits, one bit per pair (see placeBit). */
  readonly places: Int32Array;
  /** The storylet's conditions on flags beyond the bits, as one predicate, or null when it has none. */
  readonly others: readonly (Predicate | null)[];
  /**
   * 1 for a storylet that may come again once shown, and each storylet's weight in the draw: copied
   * out of the storylets, whose big objects are slow to reach from a tight loop.
   */
  readonly repeatable: Uint8Array;
  readonly weight: Float64Array;
}

/** The flags storylet conditions name, in the order first named, each with its bit. */
function assignFlagBits(storylets: readonly StoryletDef[]): Map<FlagId, number> {
  const bits = new Map<FlagId, number>();
  for (const s of storylets) {
    for (const c of s.when) if (c.kind === 'flag' && !bits.has(c.flag) && bits.size < FLAG_BITS) bits.set(c.flag, 1 << bits.size);
  }
  return bits;
}

/** The pairs a storylet's company and region conditions admit (all of them when it has none). */
function placesOf(when: readonly Condition[]): number {
  let places = ALL_PLACES;
  for (const c of when) {
    if (c.kind !== 'company' && c.kind !== 'region') continue;
    let admitted = 0;
    for (let company = 0; company < COMPANY_KINDS.length; company++) {
      for (let region = 0; region < REGIONS.length; region++) {
        const inList = c.kind === 'company' ? c.in.includes(COMPANY_KINDS[company]!) : c.in.includes(REGIONS[region]!);
        if (inList) admitted |= placeBit(company, region);
      }
    }
    places &= admitted;
  }
  return places;
}

/** A storylet's conditions on flags with bits: the bits it names, and which of those it wants set. */
function flagMasks(when: readonly Condition[], flagBits: ReadonlyMap<FlagId, number>): { named: number; wanted: number; contradictory: boolean } {
  let named = 0;
  let wanted = 0;
  let contradictory = false;
  for (const c of when) {
    const bit = c.kind === 'flag' ? flagBits.get(c.flag) : undefined;
    if (c.kind !== 'flag' || bit === undefined) continue;
    if ((named & bit) !== 0 && ((wanted & bit) !== 0) !== c.is) contradictory = true;
    named |= bit;
    if (c.is) wanted |= bit;
  }
  return { named, wanted, contradictory };
}

export function compileEligibility(storylets: readonly StoryletDef[]): Eligibility {
  const fields: number[] = [];
  const bounds: number[] = [];
  const start = new Int32Array(storylets.length);
  const end = new Int32Array(storylets.length);
  const flagsNamed = new Int32Array(storylets.length);
  const flagsWanted = new Int32Array(storylets.length);
  const places = new Int32Array(storylets.length);
  const flagBits = assignFlagBits(storylets);
  const others = storylets.map((s, i) => {
    start[i] = fields.length;
    const rest: Predicate[] = [];
    for (const c of s.when) {
      const range = rangeOf(c);
      if (range !== null) {
        fields.push(range.field);
        bounds.push(range.min ?? -Infinity, range.max ?? Infinity);
      } else if (c.kind === 'flag' && !flagBits.has(c.flag)) rest.push(compileCondition(c));
    }
    end[i] = fields.length;
    const flags = flagMasks(s.when, flagBits);
    flagsNamed[i] = flags.named;
    flagsWanted[i] = flags.wanted;
    // Wanting one flag both set and clear admits no state, and neither does admitting no place.
    places[i] = flags.contradictory ? 0 : placesOf(s.when);
    return rest.length === 0 ? null : allOf(rest);
  });
  return {
    start,
    end,
    field: Int32Array.from(fields),
    bounds: Float64Array.from(bounds),
    flagBits,
    flagsNamed,
    flagsWanted,
    places,
    others,
    repeatable: Uint8Array.from(storylets, (s) => (s.repeatable ? 1 : 0)),
    weight: Float64Array.from(storylets, (s) => s.weight ?? 1),
  };
}

/** The bits of the flags the state has, of those `e` gives bits to. */
export function flagWord(e: Eligibility, state: RunState): number {
  const flags = state.flags;
  let word = 0;
  for (let i = 0; i < flags.length; i++) word |= e.flagBits.get(flags[i] as FlagId) ?? 0;
  return word;
}

/** The bit of the state's (company, region) pair in a `places` mask. */
export function placeOf(state: RunState): number {
  let company = 0;
  while (COMPANY_KINDS[company] !== state.company) company++;
  let region = 0;
  while (REGIONS[region] !== state.region) region++;
  return placeBit(company, region);
}

/** A numeric condition: the vector's number at `field` must be within min and max. */
export interface Range {
  readonly field: number;
  readonly min: number;
  readonly max: number;
}

/**
 * A storylet as one draw list holds it: what the draw's loop reads, in fields of one small object.
 * Nearly every storylet has at most one range, so the first is kept in the candidate's own fields (a
 * storylet without one gets a range that admits every number) and any others in `moreRanges`.
 */
export interface Candidate {
  readonly index: number;
  readonly specificity: number;
  readonly weight: number;
  /** The (company, region) pairs it admits, the flag bits it names, and those it wants set. */
  readonly places: number;
  readonly flagsNamed: number;
  readonly flagsWanted: number;
  readonly field: number;
  readonly min: number;
  readonly max: number;
  readonly moreRanges: readonly Range[];
  readonly other: Predicate | null;
}

const ANY_NUMBER: Range = { field: 0, min: -Infinity, max: Infinity };

/** The candidates of one draw list, from storylet indices in draw order. */
export function candidatesOf(e: Eligibility, indices: readonly number[], specificity: readonly number[]): readonly Candidate[] {
  return indices.map((i) => {
    const ranges: Range[] = [];
    for (let k = e.start[i] as number; k < (e.end[i] as number); k++) {
      ranges.push({ field: e.field[k] as number, min: e.bounds[2 * k] as number, max: e.bounds[2 * k + 1] as number });
    }
    const first = ranges[0] ?? ANY_NUMBER;
    return {
      index: i,
      specificity: specificity[i] as number,
      weight: e.weight[i] as number,
      places: e.places[i] as number,
      flagsNamed: e.flagsNamed[i] as number,
      flagsWanted: e.flagsWanted[i] as number,
      field: first.field,
      min: first.min,
      max: first.max,
      moreRanges: ranges.slice(1),
      other: e.others[i] as Predicate | null,
    };
  });
}

/**
 * Whether `candidate` may be drawn in this state, given the state's numbers from `readNumbers`, its
 * flagWord and its placeOf.
 */
export function holdsFor(candidate: Candidate, numbers: Float64Array, flags: number, place: number, state: RunState): boolean {
  if ((candidate.places & place) === 0 || (flags & candidate.flagsNamed) !== candidate.flagsWanted) return false;
  const v = numbers[candidate.field] as number;
  if (!(v >= candidate.min && v <= candidate.max)) return false;
  const more = candidate.moreRanges;
  for (let k = 0; k < more.length; k++) {
    const range = more[k] as Range;
    const w = numbers[range.field] as number;
    if (!(w >= range.min && w <= range.max)) return false;
  }
  return candidate.other === null || candidate.other(state);
}

/** Whether storylet `index`'s conditions hold in `state` (the by-name form of the draw's test). */
export function isEligible(e: Eligibility, index: number, state: RunState): boolean {
  const numbers = new Float64Array(NUMBER_COUNT);
  readNumbers(state, numbers);
  return holdsFor(candidatesOf(e, [index], [0])[0] as Candidate, numbers, flagWord(e, state), placeOf(state), state);
}
