import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentShares } from '../../src/text/shares';

const sum = (shares: readonly string[]): number => shares.reduce((s, t) => s + Number(t.slice(0, -1)), 0);

describe('percentShares', () => {
  it('adds up to 100 where rounding each share alone would not', () => {
    // Each third alone rounds to 33%, 99% in all; six sixths round to 17%, 102% in all.
    expect(percentShares([1, 1, 1], 0)).toEqual(['34%', '33%', '33%']);
    expect(percentShares([1, 1, 1, 1, 1, 1], 0)).toEqual(['17%', '17%', '17%', '17%', '16%', '16%']);
    expect(percentShares([2, 1], 1)).toEqual(['66.7%', '33.3%']);
  });

  it('gives the leftover to the largest remainder, not the first', () => {
    // 14.29 + 28.57 + 57.14: the one unit left over goes to 28.57.
    expect(percentShares([1, 2, 4], 0)).toEqual(['14%', '29%', '57%']);
  });

  it('keeps exact shares and zeroes as they are', () => {
    expect(percentShares([1, 0, 3], 0)).toEqual(['25%', '0%', '75%']);
    expect(percentShares([0, 0], 1)).toEqual(['0.0%', '0.0%']);
  });

  it('always adds up to 100, each share within one unit of its exact value', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10_000), { minLength: 1, maxLength: 16 }), fc.integer({ min: 0, max: 2 }), (counts, digits) => {
        const total = counts.reduce((s, c) => s + c, 0);
        fc.pre(total > 0);
        const shares = percentShares(counts, digits);
        expect(sum(shares)).toBeCloseTo(100, 6);
        shares.forEach((s, i) => expect(Math.abs(Number(s.slice(0, -1)) - (100 * (counts[i] as number)) / total)).toBeLessThan(10 ** -digits));
      }),
    );
  });
});
