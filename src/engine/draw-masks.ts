// A draw list as bit masks, so a draw tests all its candidates at once instead of one by one: bit i
// stands for the list's i-th candidate in draw order. For each thing a condition reads (the place,
// each flag with a bit, each number of the state the list's ranges test) the list keeps which of its
// candidates admit each value, so the drawable candidates are the AND of a few masks. A number's
// masks are kept per interval between the sorted bounds the list's ranges name, found by comparison,
// so a state with any number (not only the whole ones content bounds are) is judged exactly.
import type { Eligibility } from './eligibility';
import { inRange, numberAt, othersHold, PLACES, rangesOf, type Candidate, type Range } from './eligibility';
import type { RunState } from './state';

/**
 * Bits per list: 30, so every mask is a small integer, which the engine keeps in an object's field
 * as is (a larger one would be boxed). A longer list is drawn candidate by candidate.
 */
export const MASK_BITS = 30;

/** What one flag with a bit does to a list: the candidates it admits when set, and when clear. */
interface FlagTest {
  readonly bit: number;
  readonly ifSet: number;
  readonly ifClear: number;
}

/**
 * What one number of the state does to a list. Its `bounds` are the distinct finite bounds the list's
 * ranges name on it, ascending; `admitted` holds the candidates admitted below the first, at the
 * first, between the first and second, at the second, ..., and above the last (2 per bound, plus 1).
 * Most numbers a draw tests lie beyond every bound: at or below `from` (the whole number below the
 * lowest), which admits `below`, or at or above `to` (the whole number above the highest), which
 * admits `above`. Between them nearly every number is whole, so `wholes` holds the candidates
 * admitted at each whole number from `from` to `to`, read without a search (bounds too far apart
 * get no table).
 */
interface NumberTest {
  readonly field: number;
  /** The candidates it may rule out: when none of them is left, the test is skipped. */
  readonly decides: number;
  readonly from: number;
  readonly to: number;
  readonly below: number;
  readonly above: number;
  readonly wholes: readonly number[];
  readonly bounds: readonly number[];
  readonly admitted: readonly number[];
}

/** The widest span of bounds a table of whole numbers is kept for. */
const WIDEST_TABLE = 256;

export interface Masks {
  /** The list's candidates in draw order: bit i is candidates[i]. */
  readonly candidates: readonly Candidate[];
  /** The candidates' weights, by bit: a draw among several reads them alone. */
  readonly weights: readonly number[];
  /** The bits of each tier of one specificity, highest first. */
  readonly tiers: readonly number[];
  /** By storylet index: its bit when in the list and not repeatable (a shown one may not come again), else 0. */
  readonly once: readonly number[];
  /** By storylet index: its bit when in the list and repeatable (drawn last half-year, it gives way to another of its tier), else 0. */
  readonly again: readonly number[];
  /** By place (see eligibility.ts's placeOfState): the candidates that admit it. */
  readonly places: readonly number[];
  readonly flags: readonly FlagTest[];
  readonly numbers: readonly NumberTest[];
  /** The candidates with conditions on flags beyond the bits, tested one by one. */
  readonly others: number;
  // The list's candidates shown in the run drawn for last (`shown`, as of its first `shownCount`
  // storylets seen), kept from one of its draws to the next, so a draw marks only the storylets shown
  // since. A run's `seen` list only ever grows at its end (run.ts appends; nothing else writes it, and
  // a copied or loaded state has a list of its own), so while the same list comes back, the entries
  // already marked are unchanged; another list, or a shorter one, starts the marks afresh. A cache of
  // a pure function of the list it is compared against, so no run can see another's.
  shownOf: readonly number[] | null;
  shownCount: number;
  shown: number;
}

/** The bits of the candidates for which `test` holds. */
function bitsWhere(candidates: readonly Candidate[], test: (c: Candidate) => boolean): number {
  let bits = 0;
  candidates.forEach((c, i) => {
    if (test(c)) bits |= 1 << i;
  });
  return bits;
}

function tiersOf(candidates: readonly Candidate[]): number[] {
  const specificities = [...new Set(candidates.map((c) => c.specificity))];
  return specificities.map((specificity) => bitsWhere(candidates, (c) => c.specificity === specificity));
}

function flagTestsOf(candidates: readonly Candidate[]): FlagTest[] {
  const named = candidates.reduce((bits, c) => bits | c.flagsNamed, 0);
  const tests: FlagTest[] = [];
  for (let bit = 1; bit !== 0 && bit <= named; bit <<= 1) {
    if ((named & bit) === 0) continue;
    const admits = (set: boolean) => (c: Candidate) => (c.flagsNamed & bit) === 0 || ((c.flagsWanted & bit) !== 0) === set;
    tests.push({ bit, ifSet: bitsWhere(candidates, admits(true)), ifClear: bitsWhere(candidates, admits(false)) });
  }
  return tests;
}

function numberTestOf(candidates: readonly Candidate[], field: number, bounds: readonly number[]): NumberTest {
  const on = (c: Candidate): readonly Range[] => rangesOf(c).filter((r) => r.field === field);
  // No bound lies strictly between two neighbours, so a range admits the numbers between them when it
  // admits both (an infinite end stands for a missing neighbour, which only a missing bound admits).
  const admitting = (values: readonly number[]) => bitsWhere(candidates, (c) => on(c).every((r) => values.every((v) => inRange(r, v))));
  const admitted = [admitting([-Infinity, bounds[0] as number])];
  bounds.forEach((bound, i) => admitted.push(admitting([bound]), admitting([bound, bounds[i + 1] ?? Infinity])));
  const decides = bitsWhere(candidates, () => true) & ~admitted.reduce((all, bits) => all & bits, -1);
  const from = Math.floor(bounds[0] as number) - 1;
  const to = Math.ceil(bounds[bounds.length - 1] as number) + 1;
  const below = admitted[0] as number;
  const above = admitted[admitted.length - 1] as number;
  const test = { field, decides, from, to, below, above, wholes: [] as number[], bounds, admitted };
  if (to - from <= WIDEST_TABLE) for (let value = from; value <= to; value++) test.wholes.push(searchedBits(test, value));
  return test;
}

function numberTestsOf(candidates: readonly Candidate[]): NumberTest[] {
  const boundsByField = new Map<number, Set<number>>();
  for (const range of candidates.flatMap(rangesOf)) {
    for (const bound of [range.min, range.max]) {
      if (!Number.isFinite(bound)) continue;
      const bounds = boundsByField.get(range.field) ?? new Set<number>();
      boundsByField.set(range.field, bounds.add(bound));
    }
  }
  const tests = [...boundsByField].map(([field, bounds]) => numberTestOf(candidates, field, [...bounds].sort((a, b) => a - b)));
  // Those that decide for the most candidates first: once they are ruled out, later tests may be skipped.
  return tests.sort((a, b) => bitCount(b.decides) - bitCount(a.decides) || a.field - b.field);
}

function bitCount(bits: number): number {
  let count = 0;
  for (let left = bits; left !== 0; left &= left - 1) count++;
  return count;
}

/** The masks of `candidates` (in draw order), or null when there are too many for one mask. */
export function masksOf(candidates: readonly Candidate[], eligibility: Eligibility): Masks | null {
  if (candidates.length > MASK_BITS) return null;
  const once = Array.from(eligibility.repeatable, () => 0);
  const again = Array.from(eligibility.repeatable, () => 0);
  candidates.forEach((c, i) => {
    if (eligibility.repeatable[c.index] === 0) once[c.index] = 1 << i;
    else again[c.index] = 1 << i;
  });
  return {
    candidates,
    weights: candidates.map((c) => c.weight),
    tiers: tiersOf(candidates),
    once,
    again,
    places: Array.from({ length: PLACES }, (_, place) => bitsWhere(candidates, (c) => (c.places & (1 << place)) !== 0)),
    flags: flagTestsOf(candidates),
    numbers: numberTestsOf(candidates),
    others: bitsWhere(candidates, (c) => c.rest !== null && c.rest.other !== null),
    shownOf: null,
    shownCount: 0,
    shown: 0,
  };
}

/** The candidates of `masks` that may be drawn in `state`, given its flagWord and placeOfState. */
export function drawableBits(masks: Masks, state: RunState, flags: number, place: number): number {
  let bits = (masks.places[place] as number) & ~shownBits(masks, state.seen);
  // The lists are read into locals: the loops would otherwise check the masks' shape at every turn.
  const flagTests = masks.flags;
  for (let f = 0; f < flagTests.length; f++) {
    const test = flagTests[f] as FlagTest;
    bits &= (flags & test.bit) !== 0 ? test.ifSet : test.ifClear;
  }
  const numberTests = masks.numbers;
  for (let n = 0; n < numberTests.length; n++) {
    const test = numberTests[n] as NumberTest;
    if ((bits & test.decides) !== 0) bits &= admittedBits(test, numberAt(state, test.field));
  }
  return (bits & masks.others) === 0 ? bits : withOthers(masks, bits, state);
}

/** The list's candidates in `seen` that may not come again. */
function shownBits(masks: Masks, seen: readonly number[]): number {
  if (seen !== masks.shownOf || seen.length < masks.shownCount) {
    masks.shownOf = seen;
    masks.shownCount = 0;
    masks.shown = 0;
  }
  const once = masks.once;
  let bits = masks.shown;
  // An index that is no storylet's (only a hand-made state has one) reads as undefined, which | takes as 0.
  for (let i = masks.shownCount; i < seen.length; i++) bits |= once[seen[i] as number] as number;
  masks.shownCount = seen.length;
  masks.shown = bits;
  return bits;
}

/** The candidates a number admits at the state's value: read from the table when the value is whole. */
function admittedBits(test: NumberTest, value: number): number {
  if (value <= test.from) return test.below;
  if (value >= test.to) return test.above;
  // Only a whole number is looked up, and in whole numbers: a sum with one that is not may round to one that is.
  const whole = value | 0;
  return whole === value && test.wholes.length !== 0 ? (test.wholes[whole - test.from] as number) : searchedBits(test, value);
}

/** The candidates a number admits at `value`: those of the interval of its bounds it falls in. */
function searchedBits(test: NumberTest, value: number): number {
  const bounds = test.bounds;
  let b = 0;
  while (b < bounds.length && value > (bounds[b] as number)) b++;
  const at = b < bounds.length && value === bounds[b] ? 2 * b + 1 : 2 * b;
  return test.admitted[at] as number;
}

/** `bits` less the candidates whose conditions on flags beyond the bits fail. */
function withOthers(masks: Masks, bits: number, state: RunState): number {
  for (let left = bits & masks.others; left !== 0; left &= left - 1) {
    const bit = left & -left;
    if (!othersHold(masks.candidates[31 - Math.clz32(bit)] as Candidate, state)) bits &= ~bit;
  }
  return bits;
}
