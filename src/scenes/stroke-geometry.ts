// Triangles for stroking polylines the way Phaser's Graphics strokes them (a quad per segment, and a
// quad joining consecutive segments of lines wider than 2), so moving lines can be drawn as one cheap
// mesh instead of a Graphics that is re-tessellated every frame. Each quad is grown by a `feather` on
// every side and carries texture coordinates into a soft-edged texture: u runs along the line (a ramp
// in at its start, a ramp out at its end), v across it (0 on one edge, 1 on the other). Pure, no Phaser.
import type { Point } from './layout';

export interface StrokeStyle {
  /** Full width of the line, as given to Graphics#lineStyle. */
  readonly lineWidth: number;
  /** How far each edge is softened outward: half a device pixel, in the same units as the points. */
  readonly feather: number;
  /** Points closer than this to the last drawn one are skipped, as Graphics does (its pathDetailThreshold). */
  readonly detail: number;
}

export interface StrokeGeometry {
  /** x, y, u, v per vertex. */
  readonly vertices: number[];
  /** a, b, c, texture page per triangle. */
  readonly indices: number[];
}

interface Stop {
  x: number;
  y: number;
  /** Distance along the line from its (feathered) start. */
  s: number;
}

/** `path` without repeats of the point before, as Graphics records a path. */
function withoutRepeats(path: readonly Point[]): Point[] {
  const points: Point[] = [];
  for (const p of path) {
    const last = points[points.length - 1];
    if (!last || last.x !== p.x || last.y !== p.y) points.push(p);
  }
  return points;
}

/** The points Graphics#strokePath draws segments between: repeats dropped, crowded points skipped. */
function drawnPoints(path: readonly Point[], detail: number): Point[] {
  const points = withoutRepeats(path);
  const n = points.length - 1;
  if (n < 1) return [];
  const drawn: Point[] = [points[0] as Point];
  const detail2 = detail * detail;
  for (let i = 0; i < n; ) {
    const point = points[i] as Point;
    let iterate = 1;
    let next = points[i + 1] as Point;
    if (detail2 > 0 && i !== n - 1) {
      while (i + iterate < n - 1 && (next.x - point.x) ** 2 + (next.y - point.y) ** 2 <= detail2) {
        iterate++;
        next = points[i + iterate] as Point;
      }
    }
    drawn.push(next);
    i += iterate;
  }
  return drawn;
}

/** u along a line of (feathered) length `total` at distance `s`: 0 → 0.5 over the first 2·feather, 0.5 → 1 over the last. */
function along(s: number, total: number, feather: number): number {
  if (feather <= 0) return 0.5;
  const ramp = 2 * feather;
  if (s < Math.min(ramp, total / 2)) return (0.5 * s) / ramp;
  if (s > Math.max(total - ramp, total / 2)) return 1 - (0.5 * (total - s)) / ramp;
  return 0.5;
}

/** Adds a point at distance `at` along `stops` unless one is (almost) there already. */
function splitAt(stops: Stop[], at: number): void {
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1] as Stop;
    const b = stops[i] as Stop;
    if (at <= a.s + 1e-6 || at >= b.s - 1e-6) {
      if (Math.abs(at - b.s) <= 1e-6) return;
      continue;
    }
    const t = (at - a.s) / (b.s - a.s);
    stops.splice(i, 0, { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t, s: at });
    return;
  }
}

/** The stops of one feathered polyline: its ends pushed out by the feather, and split where u bends. */
function featheredStops(points: readonly Point[], feather: number): Stop[] {
  const stops: Stop[] = points.map((p) => ({ x: p.x, y: p.y, s: 0 }));
  const first = stops[0] as Stop;
  const second = stops[1] as Stop;
  const beforeLast = stops[stops.length - 2] as Stop;
  const last = stops[stops.length - 1] as Stop;
  if (feather > 0) {
    const d0 = Math.hypot(second.x - first.x, second.y - first.y);
    const d1 = Math.hypot(last.x - beforeLast.x, last.y - beforeLast.y);
    // Move the ends out along their segments (the end segment first, in case there is only one).
    last.x += ((last.x - beforeLast.x) / d1) * feather;
    last.y += ((last.y - beforeLast.y) / d1) * feather;
    first.x -= ((second.x - first.x) / d0) * feather;
    first.y -= ((second.y - first.y) / d0) * feather;
  }
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1] as Stop;
    const b = stops[i] as Stop;
    b.s = a.s + Math.hypot(b.x - a.x, b.y - a.y);
  }
  if (feather > 0) {
    const total = last.s;
    const ramp = 2 * feather;
    if (total > 2 * ramp) {
      splitAt(stops, ramp);
      splitAt(stops, total - ramp);
    } else {
      splitAt(stops, total / 2);
    }
  }
  return stops;
}

/**
 * The mesh stroking every path in `paths` with `style`, appended to `into` (or a new one). Quads and
 * joins match Graphics#strokePath for open paths; only the feathering is added.
 */
export function strokeGeometry(paths: readonly (readonly Point[])[], style: StrokeStyle, into?: StrokeGeometry): StrokeGeometry {
  const out = into ?? { vertices: [], indices: [] };
  const { vertices, indices } = out;
  const half = style.lineWidth / 2 + style.feather;
  for (const path of paths) {
    const points = drawnPoints(path, style.detail);
    if (points.length < 2) continue;
    // Graphics joins segments when the line is wider than 2 and the path has more than one segment.
    const connect = style.lineWidth > 2 && withoutRepeats(path).length > 2;
    const stops = featheredStops(points, style.feather);
    const total = (stops[stops.length - 1] as Stop).s;
    let previous = -1;
    for (let i = 1; i < stops.length; i++) {
      const a = stops[i - 1] as Stop;
      const b = stops[i] as Stop;
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      if (length < 1e-9) continue;
      const nx = (half * (b.y - a.y)) / length;
      const ny = (half * (a.x - b.x)) / length;
      const ua = along(a.s, total, style.feather);
      const ub = along(b.s, total, style.feather);
      const base = vertices.length / 4;
      vertices.push(a.x + nx, a.y + ny, ua, 0, a.x - nx, a.y - ny, ua, 1, b.x - nx, b.y - ny, ub, 1, b.x + nx, b.y + ny, ub, 0);
      indices.push(base, base + 1, base + 2, 0, base + 2, base + 3, base, 0);
      if (connect && previous >= 0) indices.push(base, base + 1, previous + 2, 0, previous + 2, previous + 3, base, 0);
      previous = base;
    }
  }
  return out;
}

/**
 * Alpha of the soft-line texture, `columns` × `rows`, row-major: a tent along u (so u = 0.5 is fully
 * opaque and the ends fade over a device pixel), times the coverage across a line `width` device pixels
 * wide whose quad is one device pixel wider (half a pixel of feather each side).
 */
export function softLineAlpha(width: number, columns: number, rows: number): Float32Array {
  const alpha = new Float32Array(columns * rows);
  const span = width + 1;
  for (let j = 0; j < rows; j++) {
    const y = ((j + 0.5) / rows) * span - span / 2;
    const across = Math.min(1, Math.max(0, width / 2 + 0.5 - Math.abs(y)));
    for (let i = 0; i < columns; i++) {
      const u = (i + 0.5) / columns;
      alpha[j * columns + i] = (1 - Math.abs(2 * u - 1)) * across;
    }
  }
  return alpha;
}
