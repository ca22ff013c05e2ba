// Polygons and polylines from plain points. Phaser's Graphics#fillPoints is typed for Vector2 only,
// though it reads nothing but x and y; these take any points and issue the same path commands.
import type Phaser from 'phaser';

interface XY {
  readonly x: number;
  readonly y: number;
}

function trace(g: Phaser.GameObjects.Graphics, points: readonly XY[]): void {
  g.beginPath();
  points.forEach((p, i) => (i === 0 ? g.moveTo(p.x, p.y) : g.lineTo(p.x, p.y)));
}

export function fillPolygon(g: Phaser.GameObjects.Graphics, points: readonly XY[]): void {
  if (points.length < 3) return;
  trace(g, points);
  g.closePath();
  g.fillPath();
}

export function strokePolyline(g: Phaser.GameObjects.Graphics, points: readonly XY[], closed = false): void {
  if (points.length < 2) return;
  trace(g, points);
  if (closed) g.closePath();
  g.strokePath();
}
