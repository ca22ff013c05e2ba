// Axis-aligned rectangles for baking the map: where the moving layers lie, and the parts of a baked
// layer that must be drawn over them. Pure, no Phaser.

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The overlap of two rectangles, or null when they do not overlap. */
export function intersect(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/**
 * Rectangles that cover exactly the union of `rects` without overlapping one another, so a
 * semi-transparent picture drawn through each of them is drawn once everywhere. Bands of rows with
 * the same spans are merged, which keeps the count small for a few overlapping boxes.
 */
function disjointUnion(rects: readonly Rect[]): Rect[] {
  const live = rects.filter((r) => r.width > 0 && r.height > 0);
  const ys = [...new Set(live.flatMap((r) => [r.y, r.y + r.height]))].sort((a, b) => a - b);
  const out: Rect[] = [];
  let open: { x: number; right: number; y: number }[] = [];
  const close = (until: number, keep: (s: { x: number; right: number }) => boolean): void => {
    open = open.filter((s) => {
      if (keep(s)) return true;
      if (until > s.y) out.push({ x: s.x, y: s.y, width: s.right - s.x, height: until - s.y });
      return false;
    });
  };
  for (let i = 0; i + 1 < ys.length; i++) {
    const top = ys[i] as number;
    const bottom = ys[i + 1] as number;
    const spans = mergeSpans(live.filter((r) => r.y <= top && r.y + r.height >= bottom).map((r) => [r.x, r.x + r.width] as const));
    // A span continues the open rectangle with exactly the same edges; anything else starts anew.
    close(top, (s) => spans.some(([x, right]) => x === s.x && right === s.right));
    for (const [x, right] of spans) if (!open.some((s) => s.x === x && s.right === right)) open.push({ x, right, y: top });
  }
  close(ys[ys.length - 1] ?? 0, () => false);
  return out;
}

function mergeSpans(spans: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [x, right] of sorted) {
    const last = merged[merged.length - 1];
    if (last && x <= last[1]) last[1] = Math.max(last[1], right);
    else merged.push([x, right]);
  }
  return merged;
}

/** A grid of `tile`-sized cells over [0, width) × [0, height), some of them marked. */
export class TileGrid {
  private readonly columns: number;
  private readonly rows: number;
  private readonly cells: Uint8Array;

  constructor(
    private readonly tile: number,
    private readonly width: number,
    private readonly height: number,
  ) {
    this.columns = Math.ceil(width / tile);
    this.rows = Math.ceil(height / tile);
    this.cells = new Uint8Array(this.columns * this.rows);
  }

  /** Marks every cell that `rects` touch. */
  mark(rects: readonly Rect[]): this {
    const { tile, columns, rows } = this;
    for (const r of rects) {
      const c0 = Math.max(0, Math.floor(r.x / tile));
      const c1 = Math.min(columns, Math.ceil((r.x + r.width) / tile));
      const r0 = Math.max(0, Math.floor(r.y / tile));
      const r1 = Math.min(rows, Math.ceil((r.y + r.height) / tile));
      for (let row = r0; row < r1; row++) if (c1 > c0) this.cells.fill(1, row * columns + c0, row * columns + c1);
    }
    return this;
  }

  /** Unmarks every cell marked in `other` (a grid of the same shape). */
  without(other: TileGrid): this {
    this.cells.forEach((cell, i) => {
      if (cell && other.cells[i]) this.cells[i] = 0;
    });
    return this;
  }

  /** Disjoint rectangles covering exactly the marked cells (clipped to the grid's area), few of them. */
  rects(): Rect[] {
    const { tile, columns, rows, width, height } = this;
    const runs: Rect[] = [];
    for (let row = 0; row < rows; row++) {
      const y = row * tile;
      const h = Math.min(height, y + tile) - y;
      for (let c = 0; c < columns; ) {
        if (!this.cells[row * columns + c]) {
          c++;
          continue;
        }
        const start = c;
        while (c < columns && this.cells[row * columns + c]) c++;
        const x = start * tile;
        runs.push({ x, y, width: Math.min(width, c * tile) - x, height: h });
      }
    }
    return disjointUnion(runs);
  }
}

/** Horizontal bands of rectangles that together hold the ellipse inscribed in `box`, `count` of them. */
export function ellipseBands(box: Rect, count: number): Rect[] {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const a = box.width / 2;
  const b = box.height / 2;
  const bands: Rect[] = [];
  for (let i = 0; i < count; i++) {
    const y0 = box.y + (box.height * i) / count;
    const y1 = box.y + (box.height * (i + 1)) / count;
    const nearest = Math.min(Math.max(cy, y0), y1);
    const half = a * Math.sqrt(Math.max(0, 1 - ((nearest - cy) / b) ** 2));
    if (half > 0) bands.push({ x: cx - half, y: y0, width: half * 2, height: y1 - y0 });
  }
  return bands;
}

/** The smallest rectangle holding all of `rects`, or null when there are none. */
export function boundsOf(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}
