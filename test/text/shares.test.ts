import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentShares } from '../../src/text/shares';

const value = (share: string): number => Number(share.slice(0, -1));
const sum = (shares: readonly string[]): number => shares.reduce((s, t) => s + value(t), 0);

describe('percentShares', () => {
  it('adds up to 100 where rounding each share alone would not', () => {
    // 2/7, 4/7 and 1/7 alone round to 29%, 57% and 14%: 100%. 5/12, 5/12, 2/12 round to 42, 42, 17: 101%.
    expect(percentShares([5, 5, 2], 0)).toEqual(['42%', '42%', '16%']);
    expect(percentShares([2, 1], 1)).toEqual(['66.7%', '33.3%']);
    expect(percentShares([1, 2, 4], 0)).toEqual(['14%', '29%', '57%']);
  });

  it('shows equal counts as equal shares, even when the shares then add up to a little less or more', () => {
    // Eighteen runs, four of one each: rounded alone these read 102%; a share of 6% for one and 5% for another reads as a mistake.
    const shares = percentShares([5, 4, 3, 2, 1, 1, 1, 1], 0);
    expect(shares).toEqual(['28%', '22%', '17%', '11%', '5%', '5%', '5%', '5%']);
    expect(percentShares([1, 1, 1], 0)).toEqual(['33%', '33%', '33%']);
  });

  it('keeps exact shares and zeroes as they are', () => {
    expect(percentShares([1, 0, 3], 0)).toEqual(['25%', '0%', '75%']);
    expect(percentShares([0, 0], 1)).toEqual(['0.0%', '0.0%']);
  });

  it('gives equal counts equal shares, each within one unit of exact, adding up to 100 unless equal counts forbid it', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10_000), { minLength: 1, maxLength: 16 }), fc.integer({ min: 0, max: 2 }), (counts, digits) => {
        const total = counts.reduce((s, c) => s + c, 0);
        fc.pre(total > 0);
        const shares = percentShares(counts, digits);
        const unit = 10 ** -digits;
        counts.forEach((c, i) => {
          expect(Math.abs(value(shares[i] as string) - (100 * c) / total)).toBeLessThan(unit);
          counts.forEach((d, j) => {
            if (c === d) expect(shares[i]).toBe(shares[j]);
          });
        });
        // Short of 100 only by less than the largest group of equal counts would add.
        const largestGroup = Math.max(...counts.map((c) => counts.filter((d) => d === c).length));
        expect(100 - sum(shares)).toBeGreaterThan(-1e-6);
        expect(100 - sum(shares)).toBeLessThan(largestGroup * unit + 1e-6);
        if (new Set(counts).size === counts.length) expect(sum(shares)).toBeCloseTo(100, 6);
      }),
    );
  });
});
