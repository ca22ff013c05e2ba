// The shapes of paths on the map: where each legal move leads, the curve it follows, where its number
// sits, and dashing. Pure geometry, no Phaser; it asks the engine's ladder and moves where a path
// leads, so the map never draws a rule of its own.
import type { MoveId, RoleId } from '../engine/ids';
import { homeRegion, NEXT_RUNG, trackOf } from '../engine/ladder';
import { returningRung } from '../engine/moves';
import type { MoveChoice, RunState } from '../engine/state';
import { avatarSpot, flagSpot, RANGE_IDS, type MapLayout, type Point } from './layout';

/** A cubic Bézier curve. */
export interface Curve {
  readonly start: Point;
  readonly c1: Point;
  readonly c2: Point;
  readonly end: Point;
}

export interface MoveRoute {
  readonly choice: MoveChoice;
  /** 1-based, in the order of legalMoves: the digit that picks the move. */
  readonly number: number;
  readonly curve: Curve;
  readonly marker: Point;
  /** The path comes back to where it starts: the move keeps the player where they are. */
  readonly loops: boolean;
}

/** Where the player stands, as far as the paths from there depend on it. */
export type Standing = Pick<RunState, 'region' | 'role' | 'flags'>;

/** The role a crossing's path leads to when it succeeds (a return to IC depends on the career: see returningRung). */
const ARRIVES_AS: Readonly<Partial<Record<MoveId, RoleId>>> = { 'go-manager': 'manager', 'go-pm': 'pm' };

export function pointOn(c: Curve, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const d = 3 * u * t * t;
  const e = t * t * t;
  return { x: a * c.start.x + b * c.c1.x + d * c.c2.x + e * c.end.x, y: a * c.start.y + b * c.c1.y + d * c.c2.y + e * c.end.y };
}

export function sample(c: Curve, steps: number): Point[] {
  return Array.from({ length: steps + 1 }, (_, i) => pointOn(c, i / steps));
}

/** A gentle arc from `from` to `to`, bowing to the north (or east when the way runs north–south). */
export function arc(from: Point, to: Point, bow = 0.18): Curve {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  let px = -dy;
  let py = dx;
  if (py > 0 || (py === 0 && px < 0)) {
    px = -px;
    py = -py;
  }
  return {
    start: from,
    c1: { x: from.x + dx / 3 + px * bow, y: from.y + dy / 3 + py * bow },
    c2: { x: from.x + (2 * dx) / 3 + px * bow, y: from.y + (2 * dy) / 3 + py * bow },
    end: to,
  };
}

/** A petal-shaped loop out from `at` in the direction `angle` (radians) and back. */
export function loop(at: Point, angle: number, reach: number): Curve {
  const r = reach * 1.45;
  const c = (a: number): Point => ({ x: at.x + Math.cos(a) * r, y: at.y + Math.sin(a) * r });
  return { start: at, c1: c(angle - 0.7), c2: c(angle + 0.7), end: at };
}

/** The first point of `curve` (as t, to a hundredth) that is in the water; 1 when it stays dry. */
export function firstWaterT(curve: Curve, isWater: (p: Point) => boolean): number {
  for (let i = 0; i <= 100; i++) if (isWater(pointOn(curve, i / 100))) return i / 100;
  return 1;
}

/**
 * Where a move's path ends: at the rung a step up aims for, or where a crossing lands when it
 * succeeds; null when the move keeps the player where they stand.
 */
function destination(layout: MapLayout, standing: Standing, choice: MoveChoice): Point | null {
  const here = avatarSpot(layout, standing.region, standing.role);
  const arrivesAs = choice.move === 'step-up' ? NEXT_RUNG[standing.role] : choice.move === 'go-ic' ? returningRung(standing) : ARRIVES_AS[choice.move];
  if (!arrivesAs) return null;
  const there = avatarSpot(layout, homeRegion(arrivesAs, trackOf(choice.toward), choice.toward), arrivesAs);
  return Math.hypot(there.x - here.x, there.y - here.y) < 1 ? null : there;
}

const LOOP_ANGLES = [-Math.PI / 2, Math.PI / 2, Math.PI, -Math.PI * 0.8, Math.PI * 0.8, -Math.PI * 0.2, Math.PI * 0.2, 0];

function angleGap(a: number, b: number): number {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return Math.min(d, 2 * Math.PI - d);
}

/**
 * The ends of travels that lead to one spot (a manager who was never senior returns to the valley
 * whichever range they then mean to climb), spread across the way they come so that each number
 * can be seen and tapped: the one aimed furthest north ends northmost.
 */
function spreadEnds(layout: MapLayout, here: Point, moves: readonly MoveChoice[], travels: readonly (Point | null)[]): (Point | null)[] {
  const spacing = Math.max(layout.unit * 5, 28);
  const northness = (choice: MoveChoice): number => {
    const range = RANGE_IDS.find((id) => id === choice.toward);
    return range ? layout.ranges[range].label.at.y : here.y;
  };
  const ends = [...travels];
  travels.forEach((to, i) => {
    if (!to) return;
    const together = travels.flatMap((other, j) => (other && Math.hypot(other.x - to.x, other.y - to.y) < 1 ? [j] : []));
    if (together.length < 2) return;
    // Across the way from here to there, pointing north (or east, on a way that runs north–south).
    const length = Math.hypot(to.x - here.x, to.y - here.y) || 1;
    let across = { x: (to.y - here.y) / length, y: -(to.x - here.x) / length };
    if (across.y > 0 || (across.y === 0 && across.x < 0)) across = { x: -across.x, y: -across.y };
    const order = [...together].sort((a, b) => northness(moves[a] as MoveChoice) - northness(moves[b] as MoveChoice) || a - b);
    const shift = ((together.length - 1) / 2 - order.indexOf(i)) * spacing;
    ends[i] = { x: to.x + across.x * shift, y: to.y + across.y * shift };
  });
  return ends;
}

/** The paths of `moves` from where the player stands, numbered in order; loops avoid the travels. */
export function moveRoutes(layout: MapLayout, standing: Standing, moves: readonly MoveChoice[]): MoveRoute[] {
  const { region, role } = standing;
  const here = avatarSpot(layout, region, role);
  const reach = Math.min(Math.max(layout.unit * 11, 34), 96);
  const pad = layout.unit * 3 + 8;
  const inside = (p: Point): boolean => p.x > pad && p.x < layout.width - pad && p.y > pad && p.y < layout.height - pad;
  const used: number[] = [];
  const travels = spreadEnds(layout, here, moves, moves.map((choice) => destination(layout, standing, choice)));
  for (const to of travels) if (to) used.push(Math.atan2(to.y - here.y, to.x - here.x));
  // Loops also keep clear of nearby names on the map, and of the flag over where the player stands.
  const names = [layout.valley.label, layout.coastLabel, layout.archipelagoLabel, ...RANGE_IDS.map((id) => layout.ranges[id].label)];
  const obstacles = [...names.map((n) => n.at), flagSpot(layout, region, role)];
  for (const at of obstacles) if (at && Math.hypot(at.x - here.x, at.y - here.y) < reach * 1.5) used.push(Math.atan2(at.y - here.y, at.x - here.x));

  return moves.map((choice, i) => {
    const to = travels[i];
    if (to) return { choice, number: i + 1, curve: arc(here, to), marker: to, loops: false };
    const tip = (a: number): Point => ({ x: here.x + Math.cos(a) * reach, y: here.y + Math.sin(a) * reach });
    const candidates = LOOP_ANGLES.filter((a) => inside(tip(a)));
    const pool = candidates.length > 0 ? candidates : LOOP_ANGLES;
    let best = pool[0] as number;
    let bestGap = -1;
    for (const a of pool) {
      const gap = used.length === 0 ? Math.PI : Math.min(...used.map((u) => angleGap(a, u)));
      if (gap > bestGap + 1e-9) {
        best = a;
        bestGap = gap;
      }
    }
    used.push(best);
    const curve = loop(here, best, reach);
    return { choice, number: i + 1, curve, marker: pointOn(curve, 0.5), loops: true };
  });
}

/** The pieces of a polyline that are drawn when it is dashed `dash` on, `gap` off, shifted by `offset`. */
export function dashes(points: readonly Point[], dash: number, gap: number, offset = 0): Point[][] {
  const period = dash + gap;
  const pieces: Point[][] = [];
  let current: Point[] | null = null;
  let travelled = ((-offset % period) + period) % period;
  const on = (d: number): boolean => d % period < dash;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    let done = 0;
    while (done < length) {
      const phase = travelled % period;
      const step = Math.min(length - done, Math.max((on(travelled) ? dash : period) - phase, 1e-6));
      const p0 = lerpPoint(a, b, done / length);
      const p1 = lerpPoint(a, b, (done + step) / length);
      if (on(travelled)) {
        if (!current) pieces.push((current = [p0]));
        current.push(p1);
      } else {
        current = null;
      }
      done += step;
      travelled += step;
    }
  }
  return pieces;
}

function lerpPoint(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}
