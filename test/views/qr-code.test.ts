// The join link's QR code must scan back to exactly the link, for any seed a facilitator types.
import fc from 'fast-check';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrModules } from '../../src/views/qr-code';

/** Reads a module matrix as a camera would: 4 pixels a module, black on white. */
function scan(modules: boolean[][]): string | null {
  const scale = 4;
  const side = modules.length * scale;
  const pixels = new Uint8ClampedArray(side * side * 4);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const value = modules[Math.floor(y / scale)]?.[Math.floor(x / scale)] ? 0 : 255;
      pixels.set([value, value, value, 255], (y * side + x) * 4);
    }
  return jsQR(pixels, side, side)?.data ?? null;
}

describe('the QR code of a join link', () => {
  it('scans back to the link', () => {
    const link = 'https://example.org/interdell/?seed=harbour&scenario=default';
    expect(scan(qrModules(link))).toBe(link);
  });

  it('scans back to the link for any seed', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 64 }), (seed) => {
        const link = `https://example.org/interdell/?${new URLSearchParams({ seed, scenario: 'default' }).toString()}`;
        expect(scan(qrModules(link))).toBe(link);
      }),
      { numRuns: 60 },
    );
  });
});
