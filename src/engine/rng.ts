// Seeded randomness. A run's root state is what seedrandom's alea makes of the seed string; every
// (turn, purpose) pair gets its own alea stream derived from that root, so a draw made for one
// purpose never shifts the numbers another purpose sees (common random numbers across choices).
// The streams step with alea's own arithmetic, written out here so the hot path allocates nothing it
// does not need (test/engine/rng.test.ts checks it against seedrandom itself).
import seedrandom from 'seedrandom';

/** The four numbers of an alea generator, exactly as seedrandom's `state()` reports them. */
export interface AleaState {
  readonly c: number;
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
}

/** Each subsystem that draws has a purpose; a purpose draws in one phase of a turn only. */
export const PURPOSES = ['event', 'transition', 'market', 'outcome', 'committee', 'attrition', 'bot'] as const;
export type Purpose = (typeof PURPOSES)[number];

const TWO_POW_32 = 0x100000000;
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/** The root state for a seed: seedrandom's alea, seeded with the seed string (once per run). */
export function rootState(seed: string): AleaState {
  const { c, s0, s1, s2 } = seedrandom.alea(seed, { state: true }).state();
  return { c, s0, s1, s2 };
}

/** A stream of uniform draws. Steps exactly as seedrandom's alea does from the same state. */
export class Stream {
  private c: number;
  private s0: number;
  private s1: number;
  private s2: number;

  constructor(state: AleaState) {
    this.c = state.c;
    this.s0 = state.s0;
    this.s1 = state.s1;
    this.s2 = state.s2;
  }

  /** A fresh derived stream (c = 1) with these s-values. */
  static fromWords(s0: number, s1: number, s2: number): Stream {
    return new Stream({ c: 1, s0, s1, s2 });
  }

  /** A uniform number in [0, 1). */
  next(): number {
    const t = 2091639 * this.s0 + this.c * TWO_POW_MINUS_32;
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t | 0;
    this.s2 = t - this.c;
    return this.s2;
  }

  /** An integer in [min, max], both bounds inclusive. */
  intInclusive(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p` (p outside [0, 1] is clamped). */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** An index into `weights`, drawn in proportion to the weights (all must be >= 0, one > 0). */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let roll = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      roll -= weights[i] as number;
      if (roll < 0) return i;
    }
    return weights.length - 1;
  }

  state(): AleaState {
    return { c: this.c, s0: this.s0, s1: this.s1, s2: this.s2 };
  }
}

// The mixing below keeps every word a signed 32-bit integer (the bits are what matter, and `^` and
// Math.imul read them the same either way): an unsigned word above 2^31 is not a small integer to the
// JavaScript engine and would be boxed on every return. Only the final s-value reads the word unsigned.
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * The root and turn words of the last (root, half-step) a stream was derived for: each root number
 * mixed with the half-step, shared by every purpose's stream of that half-step. The bot and the engine
 * derive their streams of one half-step one after the other, so they share this third of the work.
 * It is a pure cache of (root numbers, half-step) -> words, so no run can see another's. Typed arrays
 * keep the numbers as they are (an object's number fields would be boxed); NaN never equals itself,
 * so the first derivation always computes.
 */
const lastRoot = new Float64Array([NaN, NaN, NaN]);
const lastWords = new Int32Array(3);
let lastTurn = -1;

// What each lane (s0, s1, s2) mixes in after the purpose.
const LANE_0 = Math.imul(1, 0x165667b1);
const LANE_1 = Math.imul(2, 0x165667b1);
const LANE_2 = Math.imul(3, 0x165667b1);

/** A mixed word as an s-value: alea's s-values live in (0, 1), and a zero word would weaken the first draws. */
function sValue(word: number): number {
  return (word === 0 ? 1 : word >>> 0) * TWO_POW_MINUS_32;
}

// A plain loop rather than indexOf: JavaScript engines inline it (this runs for every stream).
function purposeIndex(purpose: Purpose): number {
  for (let i = 0; i < PURPOSES.length; i++) if (PURPOSES[i] === purpose) return i;
  return -1;
}

/**
 * The stream for (root, turn, purpose index), made straight from its s-values. Written out flat, with
 * fmix32 as its only helper: JavaScript engines stop inlining a few calls deep, and this runs inside
 * the deepest paths of a half-step, where every call left standing costs more than the mixing.
 */
function derive(root: AleaState, turn: number, p: number): Stream {
  if (lastTurn !== turn || lastRoot[0] !== root.s0 || lastRoot[1] !== root.s1 || lastRoot[2] !== root.s2) {
    const turnMix = Math.imul(turn + 1, 0x9e3779b1);
    lastWords[0] = fmix32(Math.floor(root.s0 * TWO_POW_32) ^ turnMix);
    lastWords[1] = fmix32(Math.floor(root.s1 * TWO_POW_32) ^ turnMix);
    lastWords[2] = fmix32(Math.floor(root.s2 * TWO_POW_32) ^ turnMix);
    lastRoot[0] = root.s0;
    lastRoot[1] = root.s1;
    lastRoot[2] = root.s2;
    lastTurn = turn;
  }
  const purposeMix = Math.imul(p + 1, 0x27d4eb2f);
  return Stream.fromWords(
    sValue(fmix32(fmix32((lastWords[0] as number) ^ purposeMix) ^ LANE_0)),
    sValue(fmix32(fmix32((lastWords[1] as number) ^ purposeMix) ^ LANE_1)),
    sValue(fmix32(fmix32((lastWords[2] as number) ^ purposeMix) ^ LANE_2)),
  );
}

/** The state of the stream for (root, turn, purpose); a pure function of its arguments. */
export function streamState(root: AleaState, turn: number, purpose: Purpose): AleaState {
  return derive(root, turn, purposeIndex(purpose)).state();
}

export function streamFor(root: AleaState, turn: number, purpose: Purpose): Stream {
  return derive(root, turn, purposeIndex(purpose));
}

/** The same for the purpose at `index` in PURPOSES, for a caller that finds its purpose's index once. */
export function streamAt(root: AleaState, turn: number, index: number): Stream {
  return derive(root, turn, index);
}

/** The streams of one half-step: each purpose's stream is derived on first use and then kept. */
export class HalfStepStreams {
  // A slot for every purpose from the start: an empty list would be regrown by the first stream kept.
  private readonly streams: (Stream | undefined)[] = new Array<Stream | undefined>(PURPOSES.length);

  constructor(
    private readonly root: AleaState,
    private readonly turn: number,
  ) {}

  get(purpose: Purpose): Stream {
    const p = purposeIndex(purpose);
    let stream = this.streams[p];
    if (stream === undefined) {
      stream = derive(this.root, this.turn, p);
      this.streams[p] = stream;
    }
    return stream;
  }
}
