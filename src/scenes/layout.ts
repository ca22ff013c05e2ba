// Where every place of the map sits on a canvas of any size: pure geometry, no Phaser. North is up,
// east is right, whatever the aspect; within a range a higher rung is always a higher summit.
import type { RegionId, RoleId } from '../engine/ids';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export type RangeId = 'frontend-range' | 'backend-range';
export const RANGE_IDS: readonly RangeId[] = ['frontend-range', 'backend-range'];
export type PeakRole = 'senior' | 'staff' | 'principal';
export const PEAK_ROLES: readonly PeakRole[] = ['senior', 'staff', 'principal'];

/** Where a role stands, and where its flag flies once reached. */
export interface Place {
  readonly stand: Point;
  readonly flag: Point;
}

export interface LabelPlace {
  readonly at: Point;
  /** Which point of the label `at` is: 0 = left/top, 0.5 = centre, 1 = right/bottom. */
  readonly originX: number;
  readonly originY: number;
  readonly maxWidth: number;
}

export interface Peak {
  readonly role: PeakRole;
  readonly summit: Point;
  readonly baseY: number;
  readonly halfWidth: number;
}

export interface RangeLayout {
  readonly id: RangeId;
  /** Senior, staff, principal: west to east, each taller than the last. */
  readonly peaks: readonly Peak[];
  readonly west: number;
  readonly east: number;
  readonly label: LabelPlace;
}

export interface Island {
  readonly center: Point;
  readonly radius: number;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  /** One hundredth of the shorter side: the measure of strokes, figures and type. */
  readonly unit: number;
  readonly fontSize: number;
  /** The avatar's size, and the height of a flag's pole. */
  readonly figure: number;
  readonly flagPole: number;
  readonly valley: { readonly center: Point; readonly radiusX: number; readonly radiusY: number; readonly label: LabelPlace };
  readonly ranges: Readonly<Record<RangeId, RangeLayout>>;
  /** The shoreline from north to south; land lies west of it, sea east. */
  readonly shore: readonly Point[];
  readonly coastLabel: LabelPlace;
  readonly islands: { readonly pm: Island; readonly seniorPm: Island; readonly islets: readonly Island[] };
  readonly archipelagoLabel: LabelPlace;
  /** Per region: the places of the roles that live there, and a camp for anyone else. */
  readonly places: Readonly<Record<RegionId, { readonly camp: Point; readonly roles: Readonly<Partial<Record<RoleId, Place>>> }>>;
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;

/** Fractions of the canvas for a tall (portrait) and a wide (landscape) map; sizes in between blend. */
const TALL = { shore: 0.58, northBase: 0.35, southTop: 0.67, islandX: 0.8, seniorIslandX: 0.89 };
const WIDE = { shore: 0.6, northBase: 0.4, southTop: 0.63, islandX: 0.82, seniorIslandX: 0.91 };
/** Peak heights as fractions of the range's tallest (principal) peak. */
const PEAK_HEIGHT: Readonly<Record<PeakRole, number>> = { senior: 0.46, staff: 0.72, principal: 1 };
/** Where each peak stands along its range, west (0) to east (1). */
const PEAK_ALONG: Readonly<Record<PeakRole, number>> = { senior: 0.2, staff: 0.5, principal: 0.8 };
/** The coast's rungs, north of each other like the peaks: director on the headland. */
const COAST_Y: Readonly<Record<'director' | 'senior-manager' | 'manager' | 'camp', number>> = {
  director: 0.3,
  'senior-manager': 0.43,
  manager: 0.55,
  camp: 0.69,
};

/** The shoreline's x at height y: a gentle wave, a headland for the lighthouse, a bay for the harbour. */
function shoreX(width: number, height: number, base: number, y: number): number {
  const f = y / height;
  const wave = 0.012 * Math.sin(f * 9.1 + 0.7) + 0.008 * Math.sin(f * 21 + 2);
  const headland = 0.045 * Math.exp(-(((f - COAST_Y.director) / 0.045) ** 2));
  const bay = -0.025 * Math.exp(-(((f - COAST_Y.manager) / 0.05) ** 2));
  return width * (base + wave + headland + bay);
}

/** x of the shoreline at height y, interpolated from the layout's shoreline points. */
export function shoreXAt(layout: MapLayout, y: number): number {
  const s = layout.shore;
  for (let i = 1; i < s.length; i++) {
    const a = s[i - 1] as Point;
    const b = s[i] as Point;
    if (y <= b.y) return lerp(a.x, b.x, clamp((y - a.y) / (b.y - a.y || 1), 0, 1));
  }
  return (s[s.length - 1] as Point).x;
}

/** Whether `p` is out in the sea: east of the shore and off every island. */
export function inSea(layout: MapLayout, p: Point): boolean {
  const { pm, seniorPm, islets } = layout.islands;
  const onIsland = [pm, seniorPm, ...islets].some((i) => Math.hypot(p.x - i.center.x, (p.y - i.center.y) * 1.5) < i.radius * 1.15);
  return p.x > shoreXAt(layout, p.y) && !onIsland;
}

function rangeLayout(id: RangeId, west: number, east: number, baseY: number, tallest: number, label: LabelPlace): RangeLayout {
  const span = east - west;
  const peaks = PEAK_ROLES.map((role): Peak => {
    const h = tallest * PEAK_HEIGHT[role];
    return { role, summit: { x: west + span * PEAK_ALONG[role], y: baseY - h }, baseY, halfWidth: Math.min(h * 0.8, span * 0.27) };
  });
  return { id, peaks, west, east, label };
}

/** The spot on a peak's western slope where a climber stands, a little below the flag on its summit. */
function peakPlace(peak: Peak): Place {
  const h = peak.baseY - peak.summit.y;
  return { stand: { x: peak.summit.x - peak.halfWidth * 0.3, y: peak.summit.y + h * 0.3 }, flag: peak.summit };
}

function islandPlace(island: Island, unit: number): Place {
  return {
    stand: { x: island.center.x - island.radius * 0.25, y: island.center.y },
    flag: { x: island.center.x + island.radius * 0.35, y: island.center.y - island.radius * 0.55 - unit },
  };
}

export function computeLayout(width: number, height: number): MapLayout {
  const t = clamp((width / height - 0.7) / 0.8, 0, 1);
  const f = <K extends keyof typeof TALL>(key: K): number => lerp(TALL[key], WIDE[key], t);
  const unit = Math.min(width, height) / 100;
  const fontSize = Math.round(clamp(unit * 3, 11, 20));
  const margin = Math.max(unit * 2, 6);

  const shore: Point[] = [];
  for (let i = 0; i <= 40; i++) {
    const y = (height * i) / 40;
    shore.push({ x: shoreX(width, height, f('shore'), y), y });
  }
  const west = margin;
  const east = width * (f('shore') - 0.07);
  const northBase = height * f('northBase');
  const southTop = height * f('southTop');
  const north = rangeLayout('frontend-range', west, east, northBase, northBase - height * 0.06, {
    at: { x: margin, y: margin * 0.6 },
    originX: 0,
    originY: 0,
    maxWidth: width * 0.5,
  });
  const south = rangeLayout('backend-range', west, east, height, height - southTop, {
    at: { x: margin, y: height - margin * 0.6 },
    originX: 0,
    originY: 1,
    maxWidth: width * 0.5,
  });

  const center = { x: width * 0.3, y: (northBase + southTop) / 2 };
  const valley = {
    center,
    radiusX: width * 0.26,
    radiusY: (southTop - northBase) * 0.75,
    label: { at: { x: center.x, y: center.y + Math.max(unit * 4, 14) }, originX: 0.5, originY: 0, maxWidth: width * 0.3 },
  };

  const coastAt = (role: keyof typeof COAST_Y, inland: number): Point => {
    const y = height * COAST_Y[role];
    return { x: shoreX(width, height, f('shore'), y) - width * inland, y };
  };
  const coastPlace = (role: keyof typeof COAST_Y, inland: number): Place => {
    const stand = coastAt(role, inland);
    return { stand, flag: { x: stand.x + unit * 1.5, y: stand.y - unit * 5 } };
  };
  const coastLabelY = height * 0.7;

  const r = Math.min(width * 0.055, height * 0.08);
  const pm: Island = { center: { x: width * f('islandX'), y: height * 0.5 }, radius: r };
  const seniorPm: Island = { center: { x: width * f('seniorIslandX'), y: height * 0.31 }, radius: r * 1.2 };
  const islets: Island[] = [
    { center: { x: width * 0.9, y: height * 0.66 }, radius: r * 0.55 },
    { center: { x: width * 0.82, y: height * 0.74 }, radius: r * 0.4 },
    { center: { x: width * 0.94, y: height * 0.5 }, radius: r * 0.35 },
  ];

  const places: MapLayout['places'] = {
    interdell: {
      camp: { x: center.x - width * 0.1, y: center.y + unit * 2 },
      roles: { intermediate: { stand: center, flag: { x: center.x + unit * 2, y: center.y - unit * 5 } } },
    },
    'frontend-range': rangePlaces(north, unit * 4),
    'backend-range': rangePlaces(south, unit * 6),
    'em-coast': {
      camp: coastAt('camp', 0.03),
      roles: {
        manager: coastPlace('manager', 0.035),
        'senior-manager': coastPlace('senior-manager', 0.045),
        director: coastPlace('director', 0.018),
      },
    },
    'pm-archipelago': {
      camp: (islets[0] as Island).center,
      roles: { pm: islandPlace(pm, unit), 'senior-pm': islandPlace(seniorPm, unit) },
    },
  };

  return {
    width,
    height,
    unit,
    fontSize,
    figure: clamp(unit * 1.8, 7, 14),
    flagPole: Math.max(unit * 4, 14),
    valley,
    ranges: { 'frontend-range': north, 'backend-range': south },
    shore,
    coastLabel: { at: { x: shoreX(width, height, f('shore'), coastLabelY) + margin, y: coastLabelY }, originX: 0, originY: 0.5, maxWidth: width * 0.3 },
    islands: { pm, seniorPm, islets },
    archipelagoLabel: { at: { x: width - margin, y: margin * 0.6 }, originX: 1, originY: 0, maxWidth: width * 0.34 },
    places,
  };
}

/** A range's peaks as places; its camp sits in the saddle between the two lower peaks. */
function rangePlaces(range: RangeLayout, campAboveBase: number): MapLayout['places'][RegionId] {
  const [senior, staff] = range.peaks as [Peak, Peak, Peak];
  const roles: Partial<Record<RoleId, Place>> = {};
  for (const peak of range.peaks) roles[peak.role] = peakPlace(peak);
  return { camp: { x: (senior.summit.x + staff.summit.x) / 2, y: senior.baseY - campAboveBase }, roles };
}

/** Where the avatar of `role` stands in `region`: its own place there, or the region's camp. */
export function avatarSpot(layout: MapLayout, region: RegionId, role: RoleId): Point {
  const places = layout.places[region];
  return places.roles[role]?.stand ?? places.camp;
}

/** Where the flag of a rung reached flies, or null when the role has no place in the region. */
export function flagSpot(layout: MapLayout, region: RegionId, role: RoleId): Point | null {
  return layout.places[region].roles[role]?.flag ?? null;
}
