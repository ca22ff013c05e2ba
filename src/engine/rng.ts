// Seeded randomness. A run's root is what seedrandom's Tyche-i generator makes of the seed string;
// every (turn, purpose) pair gets its own alea stream derived from that root, so a draw made for one
// purpose never shifts the numbers another purpose sees (common random numbers across choices). The
// root is Tyche-i's because seedrandom seeds it from a string three times as fast as alea (whose
// seeding took some 8% of a batch career); the streams are alea's, since a fresh alea stream's first
// number reads one of its words, and most purposes draw once. The streams step with alea's own
// arithmetic, written out here so the hot path allocates nothing it does not need
// (test/engine/rng.test.ts checks it against seedrandom itself).
import tychei from 'seedrandom/lib/tychei.js';

/** A run's root: the four words of seedrandom's Tyche-i seeded with the seed, exactly as its `state()` reports them. */
export interface RootState {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
}

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
/** Each purpose's index in PURPOSES: the hot path names its purpose by index. */
export const PURPOSE = Object.fromEntries(PURPOSES.map((p, i) => [p, i])) as Readonly<Record<Purpose, number>>;

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/** The root for a seed: seedrandom's Tyche-i, seeded with the seed string (once per run). */
export function rootState(seed: string): RootState {
  const { a, b, c, d } = tychei(seed, { state: true }).state();
  return { a, b, c, d };
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

  state(): AleaState {
    return { c: this.c, s0: this.s0, s1: this.s1, s2: this.s2 };
  }
}

/** The integer in [min, max], both bounds inclusive, that a uniform draw `roll` in [0, 1) stands for. */
export function intFrom(roll: number, min: number, max: number): number {
  return min + Math.floor(roll * (max - min + 1));
}

/**
 * The index into `weights` that a uniform draw `roll` in [0, 1) picks, in proportion to the weights
 * (all must be >= 0, one > 0).
 */
export function indexByWeight(weights: readonly number[], roll: number): number {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i] as number;
  let left = roll * total;
  for (let i = 0; i < weights.length; i++) {
    left -= weights[i] as number;
    if (left < 0) return i;
  }
  return weights.length - 1;
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

/** A root word mixed with the half-step: the start of every purpose's lane of that half-step. */
function turnWord(rootWord: number, turn: number): number {
  return fmix32(rootWord ^ Math.imul(turn + 1, 0x9e3779b1));
}

// The mixing's numbers are written where they are used, not named by constants or small helpers: a
// module constant is loaded and checked at each use, each helper the compiler inlines is checked to
// still be the same function, and the first draw of a purpose is made some forty times a career.

/**
 * The s-value a lane (0 for s0, 1 for s1, 2 for s2) of purpose p's stream starts at, from the lane's
 * turn word: the purpose is mixed in, then the lane. A mixed word of zero stands for one: alea's
 * s-values live in (0, 1), and a zero would weaken the first draws.
 */
function laneValue(word: number, p: number, lane: number): number {
  const mixed = fmix32(fmix32(word ^ Math.imul(p + 1, 0x27d4eb2f)) ^ Math.imul(lane + 1, 0x165667b1));
  return (mixed === 0 ? 1 : mixed >>> 0) * 2.3283064365386963e-10;
}

/** The stream for (root, turn, purpose index), made straight from its s-values: lane k starts from the root's word a, b or c. */
function derive(root: RootState, turn: number, p: number): Stream {
  return Stream.fromWords(
    laneValue(turnWord(root.a, turn), p, 0),
    laneValue(turnWord(root.b, turn), p, 1),
    laneValue(turnWord(root.c, turn), p, 2),
  );
}

/**
 * The first number of the stream for purpose index p whose s0 lane starts at `word` (the turn word of
 * the root's word a), without deriving the stream: a fresh stream has c = 1, and alea's first step reads
 * nothing else but s0.
 */
function firstOfLane(word: number, p: number): number {
  const t = 2091639 * laneValue(word, p, 0) + 2.3283064365386963e-10;
  return t - (t | 0);
}

/** The first number the stream for (root, turn, purpose index) draws. */
export function firstDraw(root: RootState, turn: number, p: number): number {
  return firstOfLane(turnWord(root.a, turn), p);
}

/** The state of the stream for (root, turn, purpose); a pure function of its arguments. */
export function streamState(root: RootState, turn: number, purpose: Purpose): AleaState {
  return derive(root, turn, PURPOSE[purpose]).state();
}

export function streamFor(root: RootState, turn: number, purpose: Purpose): Stream {
  return derive(root, turn, PURPOSE[purpose]);
}

/**
 * The draws of one half-step, by purpose index: each purpose draws from its own stream. Nearly every
 * purpose draws once in a half-step, so its first draw is made by firstOfLane, and its stream is derived
 * (and moved past that first draw) only when it draws again.
 */
export class HalfStepDraws {
  /** Bit p is set once purpose p has drawn. */
  private drawn = 0;
  private streams: (Stream | undefined)[] | null = null;
  /** The half-step's turn word of the root's word a: every purpose's first draw starts from it. */
  private word: number;

  constructor(
    private readonly root: RootState,
    private turn: number,
  ) {
    this.word = turnWord(root.a, turn);
  }

  /** Starts over at another half-step of the same root, none of its purposes drawn yet. */
  restart(turn: number): void {
    this.turn = turn;
    this.word = turnWord(this.root.a, turn);
    this.drawn = 0;
    this.streams = null;
  }

  /** The next number, uniform in [0, 1), of the half-step's stream for the purpose at index `p` (see PURPOSE). */
  draw(p: number): number {
    const bit = 1 << p;
    if ((this.drawn & bit) === 0) {
      this.drawn |= bit;
      return firstOfLane(this.word, p);
    }
    return this.after(p).next();
  }

  /** Purpose p's stream, past its first draw. */
  private after(p: number): Stream {
    // A slot for every purpose from the start: an empty list would be regrown by the first stream kept.
    const streams = (this.streams ??= new Array<Stream | undefined>(PURPOSES.length));
    let stream = streams[p];
    if (stream === undefined) {
      stream = derive(this.root, this.turn, p);
      stream.next();
      streams[p] = stream;
    }
    return stream;
  }
}
