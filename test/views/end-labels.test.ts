import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../src/views/room/end-labels';

describe('spreadLabels', () => {
  it('leaves labels that are apart where their lines end', () => {
    expect(spreadLabels([10, 50, 90], 5, 0, 100)).toEqual([10, 50, 90]);
  });

  it('pushes labels of lines that end together apart, keeping their order', () => {
    expect(spreadLabels([50, 51, 50], 4, 0, 100)).toEqual([47, 51, 43]);
  });

  it('keeps labels near an edge inside the chart', () => {
    expect(spreadLabels([0, 0, 1], 5, 0, 100)).toEqual([5, 0, 10]);
    expect(spreadLabels([100, 99], 5, 0, 100)).toEqual([100, 95]);
  });

  it('keeps every label a gap from the others, in the order of their lines, within the chart when they fit', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 10 }), (wanted, gap) => {
        const at = spreadLabels(wanted, gap, 0, 100);
        const order = wanted.map((_, i) => i).sort((a, b) => (wanted[b] as number) - (wanted[a] as number) || a - b);
        for (let k = 1; k < order.length; k++) expect((at[order[k - 1] as number] as number) - (at[order[k] as number] as number)).toBeGreaterThanOrEqual(gap - 1e-9);
        expect(Math.min(...at)).toBeGreaterThanOrEqual(0);
        if ((wanted.length - 1) * gap <= 100) expect(Math.max(...at)).toBeLessThanOrEqual(100);
      }),
    );
  });
});
