// Paints the coast of the EMs (harbour, town hall, lighthouse on the headland) and the PM's
// Archipelago (palm islands with beaches) across the sea.
import type Phaser from 'phaser';
import { shoreXAt, type Island, type MapLayout } from '../layout';
import { INK, LAND, OKABE_ITO, SEA, WHITE } from '../palette';
import { paintHouse } from './paint-lowlands';
import { fillPolygon } from './polygons';

type Graphics = Phaser.GameObjects.Graphics;

export function paintCoast(g: Graphics, layout: MapLayout): void {
  const { unit } = layout;
  const roles = layout.places['em-coast'].roles;
  const size = Math.max(unit * 2.2, 6);
  const harbour = roles.manager?.stand;
  if (harbour) {
    const quay = shoreXAt(layout, harbour.y);
    g.lineStyle(Math.max(2, unit * 0.9), LAND.timber, 1);
    g.lineBetween(quay - unit, harbour.y + unit * 1.5, quay + unit * 7, harbour.y + unit * 1.5);
    paintBoat(g, quay + unit * 6, harbour.y + unit * 4.5, size);
    paintHouse(g, harbour.x - size * 1.3, harbour.y + size * 0.9, size * 0.85, LAND.roof);
    paintHouse(g, harbour.x - size * 2.3, harbour.y - size * 0.4, size * 0.8, LAND.roof);
  }
  const hall = roles['senior-manager']?.stand;
  if (hall) {
    paintHouse(g, hall.x + size * 1.2, hall.y, size * 1.3, OKABE_ITO.blue);
    paintHouse(g, hall.x - size * 1.1, hall.y + size * 1.1, size * 0.8, LAND.roof);
    // The town between the hall and the harbour.
    const streetEnd = harbour ?? { x: hall.x, y: hall.y + size * 6 };
    for (let i = 1; i <= 3; i++) {
      const t = i / 4;
      const x = hall.x + (streetEnd.x - hall.x) * t + (i % 2 === 0 ? size * 0.9 : -size * 0.6);
      paintHouse(g, x, hall.y + (streetEnd.y - hall.y) * t + size * 0.4, size * 0.75, i === 2 ? OKABE_ITO.orange : LAND.roof);
    }
  }
  const lighthouse = roles.director?.stand;
  if (lighthouse) paintLighthouse(g, lighthouse.x + size * 1.1, lighthouse.y + size * 0.2, size * 1.2);
}

function paintBoat(g: Graphics, x: number, y: number, size: number): void {
  g.fillStyle(LAND.timber, 1);
  fillPolygon(g, [
    { x: x - size * 0.9, y },
    { x: x + size * 0.9, y },
    { x: x + size * 0.6, y: y + size * 0.4 },
    { x: x - size * 0.6, y: y + size * 0.4 },
  ]);
  g.fillStyle(WHITE, 1);
  g.fillTriangle(x, y - size * 1.1, x, y - size * 0.05, x + size * 0.7, y - size * 0.1);
  g.lineStyle(Math.max(1, size * 0.08), INK, 0.8);
  g.lineBetween(x, y - size * 1.2, x, y);
}

/** A striped tower on the headland, with a beam of light: the director's post. */
function paintLighthouse(g: Graphics, x: number, y: number, size: number): void {
  const w = size * 0.45;
  const h = size * 2.2;
  g.fillStyle(OKABE_ITO.yellow, 0.35);
  g.fillTriangle(x, y - h, x + size * 3.2, y - h - size * 0.8, x + size * 3.2, y - h + size * 0.8);
  g.fillStyle(INK, 0.2);
  g.fillEllipse(x + w * 0.3, y, w * 3, w * 0.8);
  for (let i = 0; i < 4; i++) {
    g.fillStyle(i % 2 === 0 ? WHITE : LAND.roof, 1);
    const top = y - (h * (i + 1)) / 4;
    const inset = (w * 0.3 * (i + 1)) / 4;
    g.fillRect(x - w + inset, top, (w - inset) * 2, h / 4 + 0.5);
  }
  g.fillStyle(OKABE_ITO.yellow, 1);
  g.fillRect(x - w * 0.55, y - h - size * 0.45, w * 1.1, size * 0.45);
  g.fillStyle(INK, 1);
  g.fillTriangle(x - w * 0.8, y - h - size * 0.45, x + w * 0.8, y - h - size * 0.45, x, y - h - size * 0.85);
  g.lineStyle(Math.max(1, size * 0.07), INK, 0.8);
  g.strokeRect(x - w * 0.7, y - h, w * 1.4, h);
}

export function paintIslands(g: Graphics, layout: MapLayout): void {
  const { pm, seniorPm, islets } = layout.islands;
  for (const islet of islets) paintIsland(g, islet, layout.unit, false);
  paintIsland(g, pm, layout.unit, true);
  paintIsland(g, seniorPm, layout.unit, true);
}

function paintIsland(g: Graphics, island: Island, unit: number, palms: boolean): void {
  const { center: c, radius: r } = island;
  g.fillStyle(SEA.shallow, 0.9);
  g.fillEllipse(c.x, c.y + r * 0.1, r * 2.7, r * 1.9);
  g.fillStyle(LAND.sand, 1);
  g.fillEllipse(c.x, c.y, r * 2.2, r * 1.45);
  g.fillStyle(LAND.meadowShade, 1);
  g.fillEllipse(c.x - r * 0.1, c.y - r * 0.12, r * 1.5, r * 0.9);
  if (!palms) return;
  paintPalm(g, c.x + r * 0.45, c.y - r * 0.05, Math.max(r * 0.55, unit * 2.5));
  paintPalm(g, c.x - r * 0.6, c.y + r * 0.1, Math.max(r * 0.4, unit * 2));
}

function paintPalm(g: Graphics, x: number, y: number, size: number): void {
  g.lineStyle(Math.max(1.5, size * 0.14), LAND.timber, 1);
  g.beginPath();
  g.moveTo(x, y);
  g.lineTo(x + size * 0.15, y - size * 0.5);
  g.lineTo(x + size * 0.1, y - size);
  g.strokePath();
  g.fillStyle(LAND.tree, 1);
  const top = { x: x + size * 0.1, y: y - size };
  for (const angle of [-2.6, -1.9, -1.2, -0.5, 0.2]) {
    const tip = { x: top.x + Math.cos(angle) * size * 0.75, y: top.y + Math.sin(angle) * size * 0.45 + size * 0.2 };
    const side = { x: -Math.sin(angle) * size * 0.12, y: Math.cos(angle) * size * 0.12 };
    g.fillTriangle(top.x + side.x, top.y + side.y, top.x - side.x, top.y - side.y, tip.x, tip.y);
  }
}
