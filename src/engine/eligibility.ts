// Whether a storylet's conditions hold, in the form the draw reads fastest. A draw tests some twenty
// storylets, nearly all of them on a number of the state (a quality, a meter, pay, the turn, time in
// role or at the employer, job changes). So those tests are compiled into ranges over the state's numbers, each read by
// its place in a fixed layout, and the rest into bit masks: one over the flags that conditions name,
// and one over the (company, region) pairs a storylet admits. All are checked without a call; only
// conditions on flags beyond the bits stay compiled predicates. The draw lists read these forms once,
// to make their masks (draw-masks.ts); only a list too long for masks tests its candidates one by one.
// Role and move conditions are left out: the candidate lists of role-rules.ts have already applied them.
import { allOf, compileCondition, type Predicate } from './conditions';
import { COMPANY_KINDS, indexIn, QUALITIES, REGIONS, type CompanyKind, type FlagId, type RegionId } from './ids';
import type { Condition, StoryletDef } from './schema';
import type { RunState } from './state';

// The numbers' layout: the run's counters and meters, then the qualities in QUALITIES order.
const TURN = 0;
const TURNS_IN_ROLE = 1;
const JOB_CHANGES = 2;
const SATISFACTION = 3;
const BURNOUT = 4;
const PAY = 5;
const TURNS_AT_EMPLOYER = 6;
const FIRST_QUALITY = 7;
/**
 * The state's number at `field`, in the layout above. A draw reads a few numbers of the state, one
 * per candidate it tests, so each is read where it is tested rather than all of them written into a
 * vector first. The places are literals: a module's constant is loaded and checked at each use.
 */
export function numberAt(state: RunState, field: number): number {
  switch (field) {
    case 0:
      return state.turn;
    case 1:
      return state.turnsInRole;
    case 2:
      return state.employer;
    case 3:
      return state.satisfaction;
    case 4:
      return state.burnout;
    case 5:
      return state.compensation;
    case 6:
      return state.turnsAtEmployer;
    case 7:
      return state.qualities.technical;
    case 8:
      return state.qualities.influence;
    case 9:
      return state.qualities.repEngineers;
    case 10:
      return state.qualities.repManagers;
    case 11:
      return state.qualities.network;
    case 12:
      return state.qualities.initiative;
    default:
      return state.qualities.glue;
  }
}

/** A numeric condition: the state's number at `field` (see numberAt) must be within min and max. */
export interface Range {
  readonly field: number;
  readonly min: number;
  readonly max: number;
}

/** Whether `value` is within `range` (the one reading of a range, for the draw's tests and the masks made from them). */
export function inRange(range: Range, value: number): boolean {
  return value >= range.min && value <= range.max;
}

/** The range a numeric condition admits (a missing bound is infinite; state numbers are never NaN); null for other kinds. */
function rangeOf(c: Condition): Range | null {
  const bounded = (field: number, min: number | undefined, max: number | undefined): Range => ({ field, min: min ?? -Infinity, max: max ?? Infinity });
  switch (c.kind) {
    case 'quality':
      return bounded(FIRST_QUALITY + QUALITIES.indexOf(c.quality), c.min, c.max);
    case 'meter':
      return bounded(c.meter === 'burnout' ? BURNOUT : SATISFACTION, c.min, c.max);
    case 'pay':
      return bounded(PAY, c.min, c.max);
    case 'turn':
      return bounded(TURN, c.min, c.max);
    case 'turns-in-role':
      return bounded(TURNS_IN_ROLE, c.min, c.max);
    case 'job-changes':
      return bounded(JOB_CHANGES, c.min, c.max);
    case 'turns-at-employer':
      return bounded(TURNS_AT_EMPLOYER, c.min, c.max);
    default:
      return null;
  }
}

const ANY_NUMBER: Range = { field: TURN, min: -Infinity, max: Infinity };

/** Flags get a bit each, up to this many; conditions on any further flag stay compiled predicates. */
const FLAG_BITS = 31;

// Places are (company, region) pairs, indexed by the company's place in COMPANY_KINDS and the region's
// in REGIONS; one index past each list stands for a value in neither (a hand-made state), which only
// storylets without a condition on it admit.
const COMPANY_SLOTS = COMPANY_KINDS.length + 1;
const REGION_SLOTS = REGIONS.length + 1;
/** How many (company, region) pairs there are: a place is a number below this. */
export const PLACES = COMPANY_SLOTS * REGION_SLOTS;

/** A (company, region) pair's place: its bit in a storylet's `places` mask is 1 << place. */
function placeOf(company: number, region: number): number {
  return company * REGION_SLOTS + region;
}

/**
 * A storylet's conditions as the draw's loop reads them, in fields of one small object: a draw tests
 * some twenty, and fields are the fastest thing a JavaScript engine reads. Nearly every storylet has
 * at most one range, so the first is kept in the candidate's own fields (a storylet without one gets
 * a range that admits every number) and the rare rest in `rest`, so the loop tests one field for it.
 */
export interface Candidate {
  /** The storylet's index in the scenario. */
  readonly index: number;
  /** How many conditions it has, role and move included: the draw's tiers. */
  readonly specificity: number;
  readonly weight: number;
  /** The (company, region) pairs it admits, one bit per pair (see placeOf). */
  readonly places: number;
  /** The flag bits its conditions name, and of those, the ones it wants set. */
  readonly flagsNamed: number;
  readonly flagsWanted: number;
  readonly field: number;
  readonly min: number;
  readonly max: number;
  /** Its conditions beyond the flag bits, the place and the first range; null when it has none. */
  readonly rest: Rest | null;
}

/** A storylet's rare further conditions: more ranges, and conditions on flags beyond the bits. */
interface Rest {
  readonly ranges: readonly Range[];
  /** Its conditions on flags beyond the bits, as one predicate, or null when it has none. */
  readonly other: Predicate | null;
}

/** The compiled conditions of every storylet. */
export interface Eligibility {
  /** The bit of each flag that conditions name (the first FLAG_BITS of them). */
  readonly flagBits: ReadonlyMap<FlagId, number>;
  /** 1 for a storylet that may come again once shown. */
  readonly repeatable: Uint8Array;
  /** Each storylet's candidate, in the scenario's order; the draw lists of role-rules.ts share them. */
  readonly candidates: readonly Candidate[];
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
  let places = 0;
  for (let company = 0; company < COMPANY_SLOTS; company++) {
    for (let region = 0; region < REGION_SLOTS; region++) {
      const admitted = when.every(
        (c) =>
          (c.kind !== 'company' || c.in.includes(COMPANY_KINDS[company] as CompanyKind)) &&
          (c.kind !== 'region' || c.in.includes(REGIONS[region] as RegionId)),
      );
      if (admitted) places |= 1 << placeOf(company, region);
    }
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

function candidateOf(storylet: StoryletDef, index: number, flagBits: ReadonlyMap<FlagId, number>): Candidate {
  const ranges: Range[] = [];
  const rest: Predicate[] = [];
  for (const c of storylet.when) {
    const range = rangeOf(c);
    if (range !== null) ranges.push(range);
    else if (c.kind === 'flag' && !flagBits.has(c.flag)) rest.push(compileCondition(c));
  }
  const flags = flagMasks(storylet.when, flagBits);
  const first = ranges[0] ?? ANY_NUMBER;
  return {
    index,
    specificity: storylet.when.length,
    weight: storylet.weight ?? 1,
    // Wanting one flag both set and clear admits no state, and neither does admitting no place.
    places: flags.contradictory ? 0 : placesOf(storylet.when),
    flagsNamed: flags.named,
    flagsWanted: flags.wanted,
    field: first.field,
    min: first.min,
    max: first.max,
    rest: ranges.length <= 1 && rest.length === 0 ? null : { ranges: ranges.slice(1), other: rest.length === 0 ? null : allOf(rest) },
  };
}

export function compileEligibility(storylets: readonly StoryletDef[]): Eligibility {
  const flagBits = assignFlagBits(storylets);
  return {
    flagBits,
    repeatable: Uint8Array.from(storylets, (s) => (s.repeatable ? 1 : 0)),
    candidates: storylets.map((s, i) => candidateOf(s, i, flagBits)),
  };
}

// The flag word and the place last worked out, and from what: a run's flags and place change a few
// times a career but are read at every draw, and working them out takes a map lookup per flag and a
// walk of two lists. Caches of pure functions of what they are compared against, so no run can see
// another's: the flags are compared one by one, as a run's list changes in place.
let wordFor: Eligibility | null = null;
const wordOf: FlagId[] = [];
let wordLength = 0;
let word = 0;
let placeCompany: CompanyKind | null = null;
let placeRegion: RegionId | null = null;
let place = 0;

/** The bits of the flags the state has, of those `e` gives bits to. */
export function flagWord(e: Eligibility, state: RunState): number {
  const flags = state.flags;
  let same = e === wordFor && flags.length === wordLength;
  for (let i = 0; same && i < flags.length; i++) same = flags[i] === wordOf[i];
  return same ? word : newFlagWord(e, flags);
}

function newFlagWord(e: Eligibility, flags: readonly FlagId[]): number {
  word = 0;
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i] as FlagId;
    word |= e.flagBits.get(flag) ?? 0;
    wordOf[i] = flag;
  }
  wordLength = flags.length;
  wordFor = e;
  return word;
}

/** The place of the state's (company, region) pair (see placeOf). */
export function placeOfState(state: RunState): number {
  if (state.company === placeCompany && state.region === placeRegion) return place;
  // A value in neither list takes the slot one past its list's end.
  const company = indexIn(COMPANY_KINDS, state.company);
  const region = indexIn(REGIONS, state.region);
  placeCompany = state.company;
  placeRegion = state.region;
  place = placeOf(company === -1 ? COMPANY_KINDS.length : company, region === -1 ? REGIONS.length : region);
  return place;
}

/** Whether `candidate` may be drawn in `state`, given the state's flagWord and its placeOfState. */
export function holdsFor(candidate: Candidate, flags: number, place: number, state: RunState): boolean {
  if ((candidate.places & (1 << place)) === 0 || (flags & candidate.flagsNamed) !== candidate.flagsWanted) return false;
  const v = numberAt(state, candidate.field);
  // restHolds is rarely called and not inlined, so the compiler does not know it gives a boolean:
  // compared with true, every way out of holdsFor is one, and the draw's loop branches on it directly
  // instead of testing an unknown value for truth.
  return inRange(candidate, v) && (candidate.rest === null || restHolds(candidate.rest, state) === true);
}

function restHolds(rest: Rest, state: RunState): boolean {
  for (let k = 0; k < rest.ranges.length; k++) {
    const range = rest.ranges[k] as Range;
    if (!inRange(range, numberAt(state, range.field))) return false;
  }
  return rest.other === null || rest.other(state);
}

/** Every range `candidate` tests: its first (which may admit every number) and those in its rest. */
export function rangesOf(candidate: Candidate): readonly Range[] {
  return candidate.rest === null ? [candidate] : [candidate, ...candidate.rest.ranges];
}

/** Whether `candidate`'s conditions on flags beyond the bits hold (true when it has none). */
export function othersHold(candidate: Candidate, state: RunState): boolean {
  return candidate.rest === null || candidate.rest.other === null || candidate.rest.other(state);
}

/** Whether storylet `index`'s conditions hold in `state` (the by-name form of the draw's test). */
export function isEligible(e: Eligibility, index: number, state: RunState): boolean {
  return holdsFor(e.candidates[index] as Candidate, flagWord(e, state), placeOfState(state), state);
}
