// The map's geometry on canvases from a small phone to a large monitor: everything on the canvas,
// peaks in order of rung, the compass kept, and the paths of moves where a player expects them.
import { describe, expect, it } from 'vitest';
import { legalMoves, REGIONS, ROLES, type RegionId, type RoleId, type RunState } from '../../src/engine';
import { journeyStops, meterSeries, reachedRungs } from '../../src/scenes/journey';
import { avatarSpot, computeLayout, flagSpot, PEAK_ROLES, RANGE_IDS, shoreXAt, type Point } from '../../src/scenes/layout';
import { outcomeBoxes } from '../../src/scenes/outcome-layout';

import { dashes, moveRoutes, pointOn } from '../../src/scenes/routes';

const SIZES: readonly (readonly [number, number])[] = [
  [360, 300],
  [360, 640],
  [216, 270],
  [768, 1024],
  [1100, 800],
  [1280, 800],
  [1920, 1080],
];

const inside = (p: Point, width: number, height: number): boolean => p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;

describe.each(SIZES)('the map on a %i×%i canvas', (width, height) => {
  const layout = computeLayout(width, height);

  it('gives every region and role a spot inside the canvas', () => {
    for (const region of REGIONS) {
      for (const role of ROLES) expect(inside(avatarSpot(layout, region, role), width, height), `${region}/${role}`).toBe(true);
    }
  });

  it('raises the peaks of each range with the rung: staff above senior, principal above staff', () => {
    for (const range of RANGE_IDS) {
      const [senior, staff, principal] = PEAK_ROLES.map((role) => avatarSpot(layout, range, role)) as [Point, Point, Point];
      expect(staff.y).toBeLessThan(senior.y);
      expect(principal.y).toBeLessThan(staff.y);
      const [s, t, p] = layout.ranges[range].peaks;
      expect(t!.baseY - t!.summit.y).toBeGreaterThan(s!.baseY - s!.summit.y);
      expect(p!.baseY - p!.summit.y).toBeGreaterThan(t!.baseY - t!.summit.y);
    }
  });

  it('puts the Frontend range north of the valley and the Backend range south of it', () => {
    const valley = avatarSpot(layout, 'interdell', 'intermediate');
    for (const role of [...PEAK_ROLES, 'out'] as const) {
      expect(avatarSpot(layout, 'frontend-range', role).y).toBeLessThan(valley.y);
      expect(avatarSpot(layout, 'backend-range', role).y).toBeGreaterThan(valley.y);
    }
  });

  it('puts the coast east of the valley and the islands east of the coast, across the sea', () => {
    const valley = avatarSpot(layout, 'interdell', 'intermediate');
    const coast = (['manager', 'senior-manager', 'director'] as const).map((role) => avatarSpot(layout, 'em-coast', role));
    const islands = (['pm', 'senior-pm', 'out'] as const).map((role) => avatarSpot(layout, 'pm-archipelago', role));
    const easternmostShore = Math.max(...layout.shore.map((p) => p.x));
    for (const c of coast) {
      expect(c.x).toBeGreaterThan(valley.x);
      expect(c.x).toBeLessThan(shoreXAt(layout, c.y));
    }
    for (const i of islands) {
      expect(i.x).toBeGreaterThan(Math.max(...coast.map((c) => c.x)));
      expect(i.x).toBeGreaterThan(easternmostShore);
    }
  });

  it('places the higher rungs of the coast and the islands further north too', () => {
    const y = (region: RegionId, role: RoleId): number => avatarSpot(layout, region, role).y;
    expect(y('em-coast', 'senior-manager')).toBeLessThan(y('em-coast', 'manager'));
    expect(y('em-coast', 'director')).toBeLessThan(y('em-coast', 'senior-manager'));
    expect(y('pm-archipelago', 'senior-pm')).toBeLessThan(y('pm-archipelago', 'pm'));
  });

  it('keeps every flag on the canvas', () => {
    for (const region of REGIONS) {
      for (const role of ROLES) {
        const flag = flagSpot(layout, region, role);
        if (flag) expect(inside(flag, width, height), `${region}/${role}`).toBe(true);
      }
    }
  });
});

describe('paths of the legal moves', () => {
  const layout = computeLayout(360, 300);
  const state = { phase: 'move', role: 'intermediate', region: 'interdell', flags: [] } as unknown as RunState;
  const moves = legalMoves(state);
  const routes = moveRoutes(layout, state, moves);

  it('numbers them 1..n in the order of legalMoves', () => {
    expect(routes.map((r) => r.number)).toEqual(moves.map((_, i) => i + 1));
    expect(routes.map((r) => r.choice)).toEqual([...moves]);
  });

  it('leads a step up from the valley to the senior peak of the range it points at', () => {
    const north = routes.find((r) => r.choice.move === 'step-up' && r.choice.toward === 'frontend-range');
    expect(north?.curve.end).toEqual(avatarSpot(layout, 'frontend-range', 'senior'));
    expect(north?.loops).toBe(false);
  });

  it('draws moves that stay put as loops in different directions, with markers on the canvas', () => {
    const loops = routes.filter((r) => r.loops);
    expect(loops.map((r) => r.choice.move).sort()).toEqual(['chase-pay', 'opt-out']);
    expect(loops[0]?.marker).not.toEqual(loops[1]?.marker);
    for (const r of routes) expect(inside(r.marker, 360, 300)).toBe(true);
  });

  it('leads a return to IC where the engine puts the player: senior leaders as staff, others as senior only once senior', () => {
    const returnTo = (role: string, flags: string[]) => {
      const away = { phase: 'move', role, region: role === 'pm' ? 'pm-archipelago' : 'em-coast', flags } as unknown as RunState;
      return moveRoutes(layout, away, legalMoves(away)).find((r) => r.choice.move === 'go-ic' && r.choice.toward === 'frontend-range')?.curve.end;
    };
    expect(returnTo('pm', ['reached-senior'])).toEqual(avatarSpot(layout, 'frontend-range', 'senior'));
    expect(returnTo('director', ['reached-senior'])).toEqual(avatarSpot(layout, 'frontend-range', 'staff'));
  });

  it('ends the two returns of a manager never senior (both to the valley) apart, the one meant for the north above', () => {
    const manager = { phase: 'move', role: 'manager', region: 'em-coast', flags: [] } as unknown as RunState;
    const returns = moveRoutes(layout, manager, legalMoves(manager)).filter((r) => r.choice.move === 'go-ic');
    const [north, south] = ['frontend-range', 'backend-range'].map((toward) => returns.find((r) => r.choice.toward === toward) as (typeof returns)[number]);
    const valley = avatarSpot(layout, 'interdell', 'intermediate');
    expect(Math.hypot(north!.marker.x - south!.marker.x, north!.marker.y - south!.marker.y)).toBeCloseTo(28, 6);
    expect(north!.marker.y).toBeLessThan(south!.marker.y);
    for (const r of [north!, south!]) {
      expect(r.curve.end).toEqual(r.marker);
      expect(Math.hypot(r.marker.x - valley.x, r.marker.y - valley.y)).toBeLessThanOrEqual(28);
    }
  });

  it('starts every path at the avatar', () => {
    for (const r of routes) expect(pointOn(r.curve, 0)).toEqual(avatarSpot(layout, 'interdell', 'intermediate'));
  });
});

describe('dashes', () => {
  it('cuts a 10-long line into on-pieces of the dash length', () => {
    const pieces = dashes([{ x: 0, y: 0 }, { x: 10, y: 0 }], 2, 2);
    expect(pieces.map((p) => [p[0]!.x, p[p.length - 1]!.x])).toEqual([[0, 2], [4, 6], [8, 10]]);
  });
});

describe('a run read off its history', () => {
  const layout = computeLayout(1280, 800);
  const history = [
    { region: 'interdell', role: 'intermediate', satisfaction: 50, burnout: 20, compensation: 100 },
    { region: 'frontend-range', role: 'senior', satisfaction: 60, burnout: 40, compensation: 150 },
    { region: 'frontend-range', role: 'senior', satisfaction: 70, burnout: 30, compensation: 200 },
  ] as const;

  it('starts the trail in the valley and merges half-years spent in one place', () => {
    expect(journeyStops(layout, history)).toEqual([avatarSpot(layout, 'interdell', 'intermediate'), avatarSpot(layout, 'frontend-range', 'senior')]);
  });

  it('plants a flag for each rung above the first, once', () => {
    expect(reachedRungs(layout, history)).toEqual([{ region: 'frontend-range', role: 'senior' }]);
  });

  it('scales the meters to 0..1, compensation against its peak', () => {
    const series = meterSeries(history);
    expect(series.burnout).toEqual([0.2, 0.4, 0.3]);
    expect(series.compensation).toEqual([0.5, 0.75, 1]);
    expect(series.peakCompensation).toBe(200);
  });
});

describe('the outcome screen', () => {
  it.each(SIZES)('splits a %i×%i canvas into a map and a chart that do not overlap', (width, height) => {
    const { map, chart } = outcomeBoxes(width, height);
    const apart = chart.x >= map.x + map.width || chart.y >= map.y + map.height;
    expect(apart).toBe(true);
    expect(chart.x + chart.width).toBeLessThanOrEqual(width);
    expect(chart.y + chart.height).toBeLessThanOrEqual(height);
  });
});
