// Paints the two Senior's Ranges. The north (frontend) range has sharp spires, the south (backend)
// range terraced mesas, so they differ in shape as well as in hue; peaks grow with the rung they hold.
import type Phaser from 'phaser';
import type { Peak, RangeLayout } from '../layout';
import { INK, LAND, RANGE_COLOURS, SNOW } from '../palette';
import { scatter } from './paint-lowlands';
import { fillPolygon, strokePolyline } from './polygons';

type Graphics = Phaser.GameObjects.Graphics;
type Colours = (typeof RANGE_COLOURS)[keyof typeof RANGE_COLOURS];
interface XY {
  x: number;
  y: number;
}

export function paintRange(g: Graphics, range: RangeLayout, unit: number): void {
  const colours = RANGE_COLOURS[range.id];
  paintBackHills(g, range, colours, unit);
  // The tallest stands behind, the smaller peaks in front of it.
  const byHeight = [...range.peaks].sort((a, b) => a.summit.y - b.summit.y);
  for (const peak of byHeight) {
    if (range.id === 'frontend-range') paintSpire(g, peak, colours, unit);
    else paintMesa(g, peak, colours, unit);
  }
  paintFrontHills(g, range, unit);
}

/** A rolling ridge behind the peaks, and small peaks between the big ones. */
function paintBackHills(g: Graphics, range: RangeLayout, colours: Colours, unit: number): void {
  const [senior, staff, principal] = range.peaks as [Peak, Peak, Peak];
  const baseY = senior.baseY;
  const low = baseY - (baseY - senior.summit.y) * 0.35;
  const random = scatter(range.id === 'frontend-range' ? 3 : 5);
  g.fillStyle(colours.foothill, 1);
  const ridge: XY[] = [{ x: range.west - unit * 4, y: baseY }];
  for (let x = range.west - unit * 4; x <= range.east + unit * 6; x += unit * 5) ridge.push({ x, y: low + random() * (baseY - low) * 0.6 });
  ridge.push({ x: range.east + unit * 6, y: baseY });
  fillPolygon(g, ridge);
  const h = (baseY - senior.summit.y) * 0.55;
  for (const x of [(senior.summit.x + staff.summit.x) / 2, (staff.summit.x + principal.summit.x) / 2]) {
    g.fillStyle(colours.foothill, 1);
    g.fillTriangle(x - h * 0.8, baseY, x, baseY, x, baseY - h);
    g.fillStyle(colours.mid, 1);
    g.fillTriangle(x, baseY, x + h * 0.8, baseY, x, baseY - h);
  }
}

/** A belt of grassy foothills along the range's foot, in front of the peaks: no straight edge shows. */
function paintFrontHills(g: Graphics, range: RangeLayout, unit: number): void {
  const baseY = (range.peaks[0] as Peak).baseY;
  const random = scatter(range.id === 'frontend-range' ? 13 : 17);
  const top: XY[] = [];
  const bottom: XY[] = [];
  let x = range.west - unit * 8;
  while (x <= range.east + unit * 8) {
    const w = unit * (5 + random() * 7);
    const h = unit * (1.4 + random() * 1.8);
    for (let i = 0; i <= 6; i++) top.push({ x: x + (w * i) / 6, y: baseY - Math.sin((Math.PI * i) / 6) * h });
    x += w;
  }
  for (let bx = x; bx >= range.west - unit * 8; bx -= unit * 2) bottom.push({ x: bx, y: baseY + unit * (0.9 + 0.6 * Math.sin(bx / (unit * 5))) });
  g.fillStyle(LAND.meadowShade, 1);
  fillPolygon(g, [...top, ...bottom]);
  g.lineStyle(Math.max(1, unit * 0.25), LAND.tree, 0.35);
  strokePolyline(g, top);
}

/** A sharp peak: lit west face, shaded east face, a snow cap whose depth grows with height. */
function paintSpire(g: Graphics, peak: Peak, colours: Colours, unit: number): void {
  const { summit, baseY, halfWidth: w } = peak;
  const h = baseY - summit.y;
  const west: XY = { x: summit.x - w, y: baseY };
  const east: XY = { x: summit.x + w, y: baseY };
  const shoulder: XY = { x: summit.x + w * 0.45, y: summit.y + h * 0.42 };
  const ridgeFoot: XY = { x: summit.x + w * 0.12, y: baseY };
  g.fillStyle(colours.light, 1);
  fillPolygon(g, [west, summit, shoulder, east]);
  g.fillStyle(colours.mid, 1);
  fillPolygon(g, [summit, shoulder, east, ridgeFoot]);
  g.fillStyle(colours.shadow, 1);
  fillPolygon(g, [shoulder, east, { x: summit.x + w * 0.55, y: baseY }]);
  if (peak.role !== 'senior') {
    const cap = h * (peak.role === 'principal' ? 0.26 : 0.18);
    const t = cap / h;
    g.fillStyle(SNOW, 1);
    fillPolygon(g, [
      summit,
      { x: summit.x + w * t * 0.9, y: summit.y + cap },
      { x: summit.x + w * t * 0.25, y: summit.y + cap * 0.7 },
      { x: summit.x - w * t * 0.35, y: summit.y + cap * 1.05 },
      { x: summit.x - w * t, y: summit.y + cap },
    ]);
  }
  g.lineStyle(Math.max(1, unit * 0.3), INK, 0.55);
  strokePolyline(g, [west, summit, shoulder, east]);
}

/** A terraced mesa: a flat crown, strata lines across its faces, snow on the crowns of the high ones. */
function paintMesa(g: Graphics, peak: Peak, colours: Colours, unit: number): void {
  const { summit, baseY, halfWidth: w } = peak;
  const h = baseY - summit.y;
  const crown = w * 0.22;
  const outline: XY[] = [
    { x: summit.x - w, y: baseY },
    { x: summit.x - w * 0.62, y: summit.y + h * 0.45 },
    { x: summit.x - w * 0.5, y: summit.y + h * 0.42 },
    { x: summit.x - crown, y: summit.y },
    { x: summit.x + crown, y: summit.y },
    { x: summit.x + w * 0.55, y: summit.y + h * 0.5 },
    { x: summit.x + w * 0.66, y: summit.y + h * 0.52 },
    { x: summit.x + w, y: baseY },
  ];
  g.fillStyle(colours.light, 1);
  fillPolygon(g, outline);
  g.fillStyle(colours.mid, 1);
  fillPolygon(g, [{ x: summit.x + crown * 0.2, y: summit.y }, ...outline.slice(4), { x: summit.x + w * 0.1, y: baseY }]);
  g.lineStyle(Math.max(1, unit * 0.25), colours.shadow, 0.7);
  for (let i = 1; i <= 4; i++) {
    const y = summit.y + (h * i) / 5;
    const spread = w * (0.3 + (0.7 * i) / 5);
    g.lineBetween(summit.x - spread * 0.9, y, summit.x + spread * 0.9, y);
  }
  if (peak.role !== 'senior') {
    g.fillStyle(SNOW, 1);
    const depth = h * (peak.role === 'principal' ? 0.1 : 0.06);
    fillPolygon(g, [
      { x: summit.x - crown, y: summit.y },
      { x: summit.x + crown, y: summit.y },
      { x: summit.x + crown * 1.25, y: summit.y + depth },
      { x: summit.x - crown * 1.3, y: summit.y + depth },
    ]);
  }
  g.lineStyle(Math.max(1, unit * 0.3), INK, 0.55);
  strokePolyline(g, outline);
}
