// The seeded streams every draw in a run comes from. Pinned numbers catch any change to how a seed
// becomes numbers (which would silently change every saved run code); the comparisons with seedrandom
// prove the root is its Tyche-i and the Stream its alea, and nothing else.
import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { firstDraw, HalfStepDraws, indexByWeight, intFrom, PURPOSE, PURPOSES, rootState, Stream, streamFor, streamState, type AleaState, type Purpose, type RootState } from '../../src/engine/rng';

/** The next `n` numbers of a Stream, or of a seedrandom generator (which is itself the draw function). */
function draws(stream: Stream | (() => number), n: number): number[] {
  return Array.from({ length: n }, () => (stream instanceof Stream ? stream.next() : stream()));
}

/** A stream to test Stream's arithmetic with: the first event stream of the seed's root. */
function streamOf(seed: string): Stream {
  return streamFor(rootState(seed), 0, 'event');
}

describe('pinned values', () => {
  it('the root state of the seed "interdell" is what seedrandom Tyche-i made of it when pinned', () => {
    expect(rootState('interdell')).toEqual({ a: 321699920, b: -1139523798, c: -842973646, d: 252785339 });
  });

  it('the first five draws of the event stream of half-step 3 of "interdell" are pinned', () => {
    expect(draws(streamFor(rootState('interdell'), 3, 'event'), 5)).toEqual([
      0.7400059862993658, 0.1316703911870718, 0.22779358248226345, 0.381488005630672, 0.9257125167641789,
    ]);
  });
});

describe('the root is Tyche-i', () => {
  it('the root of any seed is the state of seedrandom Tyche-i seeded with it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (seed) => {
        expect(rootState(seed)).toEqual(seedrandom.tychei(seed, { state: true }).state());
      }),
      { numRuns: 300 },
    );
  });
});

describe('Stream is alea', () => {
  const root = rootState('interdell');
  const states: [string, AleaState][] = [
    ['a derived event stream', streamState(root, 0, 'event')],
    ['a stream of the empty seed', streamState(rootState(''), 0, 'event')],
    ['a stream of a unicode seed', streamState(rootState('héllo wörld 😀'), 0, 'event')],
    ['a derived bot stream late in a run', streamState(rootState('x'), 39, 'bot')],
    ['an arbitrary hand-made state', { c: 12345, s0: 0.5, s1: 0.25, s2: 0.125 }],
  ];

  it.each(states)('seedrandom alea started from %s gives the same 1000 numbers as Stream', (_, state) => {
    const reference = seedrandom.alea('', { state: { ...state } });
    expect(draws(new Stream(state), 1000)).toEqual(draws(reference, 1000));
  });

  it('the Stream reports the same state as alea after the same number of draws', () => {
    const start = streamState(root, 2, 'market');
    const stream = new Stream(start);
    const reference = seedrandom.alea('', { state: { ...start } });
    draws(stream, 123);
    draws(reference, 123);
    expect(stream.state()).toEqual(reference.state());
  });

  it('every draw lies in [0, 1)', () => {
    const all = draws(streamOf('interdell'), 20_000);
    expect(Math.min(...all)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...all)).toBeLessThan(1);
  });
});

describe('state round trip', () => {
  it('a new Stream from a state taken mid-stream continues exactly where the first would', () => {
    const first = streamOf('round-trip');
    draws(first, 37);
    const resumed = new Stream(first.state());
    expect(draws(resumed, 500)).toEqual(draws(first, 500));
  });

  it('taking the state does not advance the stream', () => {
    const a = streamOf('peek');
    const b = streamOf('peek');
    a.state();
    a.state();
    expect(draws(a, 10)).toEqual(draws(b, 10));
  });

  it('the reported state is a copy, so changing it does not steer the stream', () => {
    const a = streamOf('copy');
    const b = streamOf('copy');
    const taken = a.state() as { c: number; s0: number; s1: number; s2: number };
    taken.s0 = 0.5;
    taken.c = 7;
    expect(draws(a, 10)).toEqual(draws(b, 10));
  });

  it('drawing from a Stream changes neither the state it was made from nor the root it was derived from', () => {
    const root = rootState('frozen');
    const rootBefore = { ...root };
    const start = streamState(root, 4, 'market');
    const startBefore = { ...start };
    draws(new Stream(start), 50);
    draws(streamFor(root, 4, 'market'), 50);
    expect(root).toEqual(rootBefore);
    expect(start).toEqual(startBefore);
  });
});

describe('sub-streams', () => {
  const root = rootState('interdell');

  it("drawing 100 extra numbers from a turn's transition stream leaves that turn's event stream unchanged", () => {
    const untouched = draws(streamFor(root, 7, 'event'), 20);
    const transition = streamFor(root, 7, 'transition');
    const event = streamFor(root, 7, 'event');
    const interleaved: number[] = [];
    for (let i = 0; i < 20; i++) {
      draws(transition, 5);
      interleaved.push(event.next());
    }
    expect(interleaved).toEqual(untouched);
  });

  it('the stream for a (turn, purpose) depends only on the root, turn and purpose', () => {
    expect(streamState(root, 11, 'committee')).toEqual(streamState({ ...root }, 11, 'committee'));
    expect(draws(streamFor(root, 11, 'committee'), 10)).toEqual(draws(streamFor(root, 11, 'committee'), 10));
  });

  it('streams of different turns and purposes all start differently', () => {
    const firsts = new Set<number>();
    for (let turn = 0; turn < 40; turn++) for (const purpose of PURPOSES) firsts.add(streamFor(root, turn, purpose).next());
    expect(firsts.size).toBe(40 * PURPOSES.length);
  });

  // A half-step's draws come three ways (a first draw made alone, a stream derived for the next ones,
  // a stream asked for by name); whatever the order of the asking, each (root, turn, purpose) must
  // give its own numbers.
  it('any order of asking for streams gives each (root, turn, purpose) the same numbers', () => {
    const roots = ['a', 'b', 'c'].map(rootState);
    const key = fc.tuple(fc.nat(2), fc.nat(3), fc.constantFrom(...PURPOSES));
    const firstDraws = (r: number, turn: number, purpose: Purpose): number[] => draws(streamFor(roots[r] as RootState, turn, purpose), 3);
    const expected = new Map<string, number[]>();
    for (let r = 0; r < 3; r++)
      for (let turn = 0; turn < 4; turn++) for (const purpose of PURPOSES) expected.set(`${r} ${turn} ${purpose}`, firstDraws(r, turn, purpose));
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 30 }), (asks) => {
        for (const [r, turn, purpose] of asks) {
          const root = roots[r] as RootState;
          // A copy of the root with the same numbers must be treated as the same root.
          expect(firstDraws(r, turn, purpose)).toEqual(expected.get(`${r} ${turn} ${purpose}`));
          const half = new HalfStepDraws({ ...root }, turn);
          expect(draws(() => half.draw(PURPOSE[purpose]), 3)).toEqual(expected.get(`${r} ${turn} ${purpose}`));
          expect(firstDraw({ ...root }, turn, PURPOSE[purpose])).toBe(expected.get(`${r} ${turn} ${purpose}`)?.[0]);
        }
      }),
    );
  });

  it('a half-step keeps one stream per purpose: drawing again continues it', () => {
    const half = new HalfStepDraws(root, 6);
    const first = draws(() => half.draw(PURPOSE.market), 2);
    draws(() => half.draw(PURPOSE.event), 5);
    const next = draws(() => half.draw(PURPOSE.market), 2);
    expect([...first, ...next]).toEqual(draws(streamFor(root, 6, 'market'), 4));
  });

  it('the same turn and purpose under different seeds gives different streams', () => {
    const a = draws(streamFor(rootState('seed-a'), 3, 'event'), 5);
    const b = draws(streamFor(rootState('seed-b'), 3, 'event'), 5);
    expect(a).not.toEqual(b);
  });

  it("a derived stream is not another purpose's stream shifted by a few draws", () => {
    const eventDraws = draws(streamFor(root, 0, 'event'), 200);
    const transition = draws(streamFor(root, 0, 'transition'), 5);
    for (const x of transition) expect(eventDraws).not.toContain(x);
  });

  it('derived stream states are valid alea states: c is 1 and every s lies in (0, 1)', () => {
    for (let turn = 0; turn < 40; turn++)
      for (const purpose of PURPOSES) {
        const s = streamState(root, turn, purpose);
        expect(s.c).toBe(1);
        for (const v of [s.s0, s.s1, s.s2]) {
          expect(v).toBeGreaterThan(0);
          expect(v).toBeLessThan(1);
        }
      }
  });
});

describe('helpers', () => {
  it('intFrom stays within both bounds and hits every value between them', () => {
    const stream = streamOf('dice');
    for (const [min, max] of [
      [3, 7],
      [-2, 2],
      [0, 1],
    ] as const) {
      const hits = new Map<number, number>();
      for (let i = 0; i < 10_000; i++) {
        const v = intFrom(stream.next(), min, max);
        hits.set(v, (hits.get(v) ?? 0) + 1);
      }
      // Every value drawn is one of min..max (so whole and in bounds), and every one of them was drawn.
      expect([...hits.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: max - min + 1 }, (_, i) => min + i));
      for (const count of hits.values()) expect(count).toBeGreaterThan(10_000 / (max - min + 1) / 2);
    }
  });

  it('intFrom with equal bounds always gives that bound', () => {
    const stream = streamOf('one');
    for (let i = 0; i < 100; i++) expect(intFrom(stream.next(), 5, 5)).toBe(5);
  });

  it('indexByWeight never picks an index whose weight is zero', () => {
    const stream = streamOf('weights');
    for (const weights of [
      [0, 1, 0, 2, 0],
      [0, 0, 3],
      [5, 0, 0],
      [0.001, 0, 6, 0, 0.3, 0],
    ]) {
      const picked = new Set<number>();
      for (let i = 0; i < 5000; i++) picked.add(indexByWeight(weights, stream.next()));
      expect([...picked].filter((i) => !((weights[i] as number) > 0))).toEqual([]);
    }
  });

  it('indexByWeight and intFrom hold at the extreme draws 0 and 1 - 2^-32', () => {
    const lowest = 0;
    const highest = 1 - 2 ** -32;
    expect(indexByWeight([0, 0, 1, 0], lowest)).toBe(2);
    expect(indexByWeight([0, 0, 1, 0], highest)).toBe(2);
    expect(indexByWeight([0, 0.1, 0.2, 0], lowest)).toBe(1);
    expect(indexByWeight([0, 0.1, 0.2, 0], highest)).toBe(2);
    expect(indexByWeight([0.1, 0.2, 0.3, 0, 0], highest)).toBe(2);
    expect(intFrom(lowest, 3, 7)).toBe(3);
    expect(intFrom(highest, 3, 7)).toBe(7);
  });

  it('indexByWeight picks in proportion to the weights', () => {
    const stream = streamOf('proportion');
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) (counts[indexByWeight([1, 0, 3, 0], stream.next())] as number)++;
    expect(counts[1]).toBe(0);
    expect(counts[3]).toBe(0);
    expect((counts[2] as number) / 40_000).toBeGreaterThan(0.73);
    expect((counts[2] as number) / 40_000).toBeLessThan(0.77);
  });

  it('the mean of 100k draws is within [0.49, 0.51], for the first and a later derived stream', () => {
    for (const stream of [streamOf('uniform'), streamFor(rootState('uniform'), 5, 'outcome')]) {
      let sum = 0;
      const deciles = Array.from({ length: 10 }, () => 0);
      for (let i = 0; i < 100_000; i++) {
        const x = stream.next();
        sum += x;
        (deciles[Math.floor(x * 10)] as number)++;
      }
      expect(sum / 100_000).toBeGreaterThanOrEqual(0.49);
      expect(sum / 100_000).toBeLessThanOrEqual(0.51);
      for (const d of deciles) expect(d).toBeGreaterThan(9_500);
    }
  });
});
