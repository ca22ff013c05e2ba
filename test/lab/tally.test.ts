import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METERS } from '../../src/engine/ids';
import { addCareer, countOutcomes, emptyTally, mergeTally, percentile, standing, summarize, type Tally } from '../../src/lab/tally';

const career = fc.record({
  outcome: fc.option(fc.constantFrom('director', 'manager', 'greybeard', 'burnt-out'), { nil: null }),
  finals: fc.record({ satisfaction: fc.integer({ min: 0, max: 100 }), burnout: fc.integer({ min: 0, max: 100 }), compensation: fc.integer({ min: 50, max: 900 }) }),
});

function tallyOf(careers: readonly { outcome: string | null; finals: Record<(typeof METERS)[number], number> }[]): Tally {
  const tally = emptyTally('balanced');
  for (const c of careers) addCareer(tally, c.outcome, c.finals);
  return tally;
}

describe('tallies of bot careers', () => {
  it('takes the nearest-rank percentile: the smallest value with at least p% at or below it', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect([10, 25, 50, 75, 90, 100].map((p) => percentile(sorted, p))).toEqual([1, 3, 5, 8, 9, 10]);
    expect(percentile([], 50)).toBeNaN();
  });

  it('ranks outcomes by count, ties in id order, and counts a missing outcome as unfinished', () => {
    expect(countOutcomes(['manager', 'director', null, 'director', 'manager', 'greybeard'])).toEqual([
      { outcome: 'director', count: 2 },
      { outcome: 'manager', count: 2 },
      { outcome: '(unfinished)', count: 1 },
      { outcome: 'greybeard', count: 1 },
    ]);
  });

  it('summarises any split of a batch exactly as the whole batch', () => {
    fc.assert(
      fc.property(fc.array(career, { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 5 }), (careers, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (careers.length + 1)))].sort((a, b) => a - b);
        const merged = emptyTally('balanced');
        let from = 0;
        for (const to of [...points, careers.length]) {
          mergeTally(merged, tallyOf(careers.slice(from, to)));
          from = to;
        }
        expect(summarize(merged)).toEqual(summarize(tallyOf(careers)));
      }),
    );
  });

  it('summarises outcomes and meter percentiles as the CLI counts them', () => {
    fc.assert(
      fc.property(fc.array(career, { minLength: 1, maxLength: 80 }), (careers) => {
        const summary = summarize(tallyOf(careers));
        expect(summary.careers).toBe(careers.length);
        expect(summary.outcomes).toEqual(countOutcomes(careers.map((c) => c.outcome)));
        for (const meter of METERS) {
          const sorted = careers.map((c) => c.finals[meter]).sort((a, b) => a - b);
          expect(summary.meters[meter].sorted).toEqual(sorted);
          expect(summary.meters[meter].percentiles[50]).toBe(percentile(sorted, 50));
          expect(summary.meters[meter].min).toBe(sorted[0]);
          expect(summary.meters[meter].max).toBe(sorted[sorted.length - 1]);
        }
      }),
    );
  });

  it('refuses to merge tallies of two strategies', () => {
    expect(() => mergeTally(emptyTally('balanced'), emptyTally('go-pm'))).toThrow(/go-pm tally into a balanced/);
  });

  it('places a value 0 below everything, 100 above everything, 50 at the middle, rising with the value', () => {
    expect(standing([10, 20, 30], 5)).toBe(0);
    expect(standing([10, 20, 30], 35)).toBe(100);
    expect(standing([10, 20, 30], 20)).toBe(50);
    expect(standing([], 1)).toBeNaN();
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1 }), fc.integer({ min: -5, max: 105 }), fc.integer({ min: 0, max: 10 }), (values, value, step) => {
        const sorted = [...values].sort((a, b) => a - b);
        const at = standing(sorted, value);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(at).toBeLessThanOrEqual(100);
        expect(standing(sorted, value + step)).toBeGreaterThanOrEqual(at);
        const strictlyBelow = sorted.filter((x) => x < value).length;
        const equal = sorted.filter((x) => x === value).length;
        expect(at).toBeCloseTo((100 * (strictlyBelow + equal / 2)) / sorted.length, 9);
      }),
    );
  });
});
