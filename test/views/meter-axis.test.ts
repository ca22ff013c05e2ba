// The room's meter axes: a span around one value when every run ended alike, never past a meter's bounds.
import { describe, expect, it } from 'vitest';
import type { MeterSummary } from '../../src/room/aggregate';
import { spanAround } from '../../src/views/room/charts';

const ended = (meter: MeterSummary['meter'], min: number, max: number): MeterSummary => ({ meter, min, max, q1: min, median: min, q3: max, mean: min });

describe('a room meter axis', () => {
  it("spans the runs' own values when they differ", () => {
    expect(spanAround(ended('burnout', 12, 88))).toEqual([12, 88]);
  });

  it('spans some room around one value that every run ended on', () => {
    expect(spanAround(ended('satisfaction', 50, 50))).toEqual([45, 55]);
    expect(spanAround(ended('compensation', 400, 400))).toEqual([360, 440]);
  });

  it('never runs past 0 or 100 for satisfaction and burnout', () => {
    expect(spanAround(ended('burnout', 100, 100))).toEqual([90, 100]);
    expect(spanAround(ended('satisfaction', 0, 0))).toEqual([0, 5]);
  });
});
