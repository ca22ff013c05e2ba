import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortened } from '../../src/text/shortened';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('text shortened for a message', () => {
  it('keeps text that fits, and cuts longer text to the limit, an ellipsis last', () => {
    expect(shortened('team', 4)).toBe('team');
    expect(shortened('teams', 4)).toBe('tea…');
  });

  it('never splits a character written with two UTF-16 units', () => {
    expect(shortened('😀'.repeat(50), 40)).toBe(`${'😀'.repeat(39)}…`);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.integer({ min: 2, max: 60 }), (text, max) => {
        const out = shortened(text, max);
        expect(LONE_SURROGATE.test(out)).toBe(false);
        expect(Array.from(out).length).toBeLessThanOrEqual(max);
        if (out !== text) expect(text.startsWith(out.slice(0, -1))).toBe(true);
      }),
    );
  });
});
