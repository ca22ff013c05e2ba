// Paints the low ground: the sea behind everything, the land west of the shore, the sunny valley of
// Interdell with its river and woods, and the beach. The same layout always paints the same picture.
import type Phaser from 'phaser';
import { arc, sample } from '../routes';
import { avatarSpot, shoreXAt, type MapLayout, type Point } from '../layout';
import { INK, LAND, SEA } from '../palette';
import { fillPolygon, strokePolyline } from './polygons';

type Graphics = Phaser.GameObjects.Graphics;

/** A small fixed-seed generator, so trees and ripples land in the same places on every screen. */
export function scatter(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function paintSea(g: Graphics, layout: MapLayout): void {
  const { width, height, unit } = layout;
  g.fillGradientStyle(SEA.open, SEA.deep, SEA.open, SEA.deep, 1);
  g.fillRect(0, 0, width, height);
  g.lineStyle(unit * 7, SEA.shallow, 0.8);
  strokePolyline(g, layout.shore.map((p) => ({ x: p.x + unit * 1.5, y: p.y })));
  const random = scatter(7);
  g.lineStyle(Math.max(1, unit * 0.3), SEA.foam, 0.45);
  for (let i = 0; i < 26; i++) {
    const y = random() * height;
    const x = shoreXAt(layout, y) + unit * 4 + random() * (width - shoreXAt(layout, y));
    const w = unit * (1.6 + random() * 1.4);
    g.beginPath();
    g.arc(x, y, w, Math.PI * 1.15, Math.PI * 1.85);
    g.strokePath();
  }
}

export function paintLand(g: Graphics, layout: MapLayout): void {
  const { height, unit, valley } = layout;
  g.fillStyle(LAND.meadow, 1);
  fillPolygon(g, [{ x: -1, y: -1 }, ...layout.shore, { x: -1, y: height + 1 }]);
  const random = scatter(11);
  g.fillStyle(LAND.meadowShade, 0.5);
  for (let i = 0; i < 14; i++) {
    const x = random() * shoreXAt(layout, height / 2) * 0.95;
    const y = random() * height;
    g.fillEllipse(x, y, unit * (8 + random() * 10), unit * (3 + random() * 4));
  }
  g.fillStyle(0xe3efb5, 0.9);
  g.fillEllipse(valley.center.x, valley.center.y, valley.radiusX * 2, valley.radiusY * 2);
  paintRiver(g, layout);
  paintWoods(g, layout);
  paintCottages(g, layout);
}

/** The river rises in the west of the valley and runs past the village into the harbour bay. */
function paintRiver(g: Graphics, layout: MapLayout): void {
  const { unit, valley } = layout;
  const mouthY = layout.places['em-coast'].roles.manager?.stand.y ?? valley.center.y;
  const source: Point = { x: valley.center.x - valley.radiusX * 0.95, y: valley.center.y - valley.radiusY * 0.1 };
  const bend: Point = { x: valley.center.x + valley.radiusX * 0.2, y: valley.center.y + valley.radiusY * 0.55 };
  const mouth: Point = { x: shoreXAt(layout, mouthY + unit * 3) + unit, y: mouthY + unit * 3 };
  const points = [...sample(arc(source, bend, -0.12), 16), ...sample(arc(bend, mouth, 0.1), 16).slice(1)];
  g.lineStyle(unit * 1.6, LAND.river, 1);
  strokePolyline(g, points);
  g.lineStyle(Math.max(1, unit * 0.4), SEA.foam, 0.7);
  strokePolyline(g, points.map((p) => ({ x: p.x, y: p.y - unit * 0.3 })));
}

function paintTree(g: Graphics, x: number, y: number, size: number): void {
  g.fillStyle(INK, 0.18);
  g.fillEllipse(x + size * 0.3, y + size * 0.9, size * 1.8, size * 0.6);
  g.fillStyle(LAND.tree, 1);
  g.fillCircle(x, y, size);
  g.fillStyle(LAND.treeLight, 1);
  g.fillCircle(x - size * 0.3, y - size * 0.3, size * 0.5);
}

/** Woods along the feet of both ranges, framing the valley; kept clear of where people stand. */
function paintWoods(g: Graphics, layout: MapLayout): void {
  const { unit, valley } = layout;
  const keepClear = [avatarSpot(layout, 'interdell', 'intermediate'), layout.places.interdell.camp];
  const random = scatter(23);
  const size = Math.max(unit * 1.3, 3);
  for (let i = 0; i < 34; i++) {
    const angle = random() * Math.PI * 2;
    const ring = 0.72 + random() * 0.3;
    const x = valley.center.x + Math.cos(angle) * valley.radiusX * ring;
    const y = valley.center.y + Math.sin(angle) * valley.radiusY * ring;
    if (x > shoreXAt(layout, y) - unit * 6) continue;
    if (keepClear.some((p) => Math.hypot(p.x - x, p.y - y) < unit * 7)) continue;
    paintTree(g, x, y, size * (0.8 + random() * 0.5));
  }
}

export function paintHouse(g: Graphics, x: number, y: number, size: number, roof: number): void {
  g.fillStyle(INK, 0.2);
  g.fillRect(x - size * 0.5, y, size * 1.3, size * 0.25);
  g.fillStyle(LAND.wall, 1);
  g.fillRect(x - size * 0.5, y - size * 0.7, size, size * 0.7);
  g.fillStyle(roof, 1);
  g.fillTriangle(x - size * 0.65, y - size * 0.65, x + size * 0.65, y - size * 0.65, x, y - size * 1.25);
  g.lineStyle(Math.max(1, size * 0.08), INK, 0.7);
  g.strokeRect(x - size * 0.5, y - size * 0.7, size, size * 0.7);
}

/** The village of Interdell, west of where an intermediate engineer stands. */
function paintCottages(g: Graphics, layout: MapLayout): void {
  const camp = layout.places.interdell.camp;
  const size = Math.max(layout.unit * 2.2, 6);
  paintHouse(g, camp.x - size * 1.4, camp.y - size * 0.2, size, LAND.roof);
  paintHouse(g, camp.x + size * 0.2, camp.y + size * 0.9, size * 0.9, LAND.roof);
  paintHouse(g, camp.x - size * 2.6, camp.y + size * 1.3, size * 0.8, LAND.roof);
}

export function paintBeach(g: Graphics, layout: MapLayout): void {
  g.lineStyle(layout.unit * 2.4, LAND.sand, 1);
  strokePolyline(g, layout.shore);
  g.lineStyle(Math.max(1, layout.unit * 0.35), LAND.sandShade, 0.9);
  strokePolyline(g, layout.shore.map((p) => ({ x: p.x + layout.unit * 1.2, y: p.y })));
}
