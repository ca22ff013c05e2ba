// The way a run went, drawn over the map: gentle arcs from stop to stop (the same arcs the avatar
// walked), a ring where it began and a dot at every place it stayed. It never moves, so the map bakes
// it with its high ground (see WorldMapOptions.above).
import type Phaser from 'phaser';
import type { MapLayout, Point } from '../layout';
import { INK, OKABE_ITO, WHITE } from '../palette';
import { arc, dashes, sample } from '../routes';
import { strokePolyline } from './polygons';

export function paintJourneyTrail(g: Phaser.GameObjects.Graphics, layout: MapLayout, stops: readonly Point[]): void {
  const width = Math.max(2.5, layout.unit * 0.55);
  const legs = stops.slice(1).map((to, i) => sample(arc(stops[i] as Point, to), 32));
  g.lineStyle(width + 4, WHITE, 0.8);
  for (const leg of legs) strokePolyline(g, leg);
  g.lineStyle(width, OKABE_ITO.vermillion, 1);
  for (const leg of legs) for (const piece of dashes(leg, width * 3, width * 1.6)) strokePolyline(g, piece);
  const dot = Math.max(3, layout.unit * 0.8);
  for (const stop of stops.slice(1, -1)) {
    g.fillStyle(WHITE, 1).fillCircle(stop.x, stop.y, dot + 1.5);
    g.fillStyle(INK, 1).fillCircle(stop.x, stop.y, dot);
  }
  const start = stops[0];
  if (start) {
    g.lineStyle(3, WHITE, 1).strokeCircle(start.x, start.y, dot * 2.2);
    g.lineStyle(2, INK, 1).strokeCircle(start.x, start.y, dot * 2.2);
  }
}
