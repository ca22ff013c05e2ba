// The currents of the strait between the coast and the islands: winding streamlines along which
// arrow-tipped dashes flow south, the stream that turns swimmers back. Still for reduced motion.
import Phaser from 'phaser';
import type { MapLayout, Point } from '../layout';
import { SEA } from '../palette';
import { dashes } from '../routes';
import { strokePolyline } from './polygons';

/** How far the currents flow in a second, as a fraction of the map's height. */
const FLOW_PER_SECOND = 0.035;
const LANES = 3;

export class SeaCurrents extends Phaser.GameObjects.Graphics {
  private readonly streams: Point[][] = [];
  private readonly lineWidth: number;
  private readonly dash: number;

  constructor(
    scene: Phaser.Scene,
    private readonly layout: MapLayout,
    animate: boolean,
  ) {
    super(scene);
    const { height, unit, islands } = layout;
    const shore = [...layout.shore.map((p) => p.x)].sort((a, b) => a - b);
    const from = (shore[Math.floor(shore.length / 2)] as number) + unit * 6;
    const to = islands.pm.center.x - islands.pm.radius * 1.5;
    const amplitude = Math.max(unit * 1.4, 4);
    const wavelength = Math.max(height * 0.4, 120);
    for (let i = 0; i < LANES; i++) {
      const x = from + ((to - from) * (i + 0.5)) / LANES;
      const points: Point[] = [];
      for (let y = -20; y <= height + 20; y += 8) points.push({ x: x + amplitude * Math.sin((y / wavelength) * Math.PI * 2 + i * 1.9), y });
      this.streams.push(points);
    }
    this.lineWidth = Math.max(1.5, unit * 0.35);
    this.dash = Math.max(height * 0.05, 14);
    this.paint(0);
    if (animate) {
      scene.events.on(Phaser.Scenes.Events.UPDATE, this.tick, this);
      this.once(Phaser.GameObjects.Events.DESTROY, () => scene.events.off(Phaser.Scenes.Events.UPDATE, this.tick, this));
    }
  }

  private tick(time: number): void {
    this.paint(time / 1000);
  }

  private paint(seconds: number): void {
    const flowed = seconds * FLOW_PER_SECOND * this.layout.height;
    const head = this.lineWidth * 2.2;
    this.clear();
    this.streams.forEach((stream, lane) => {
      this.lineStyle(this.lineWidth, SEA.foam, 0.22);
      strokePolyline(this, stream);
      this.lineStyle(this.lineWidth, SEA.foam, 0.85);
      for (const piece of dashes(stream, this.dash, this.dash * 1.4, flowed + lane * this.dash * 0.9)) {
        strokePolyline(this, piece);
        const tip = piece[piece.length - 1] as Point;
        const back = piece[Math.max(0, piece.length - 2)] as Point;
        const angle = Math.atan2(tip.y - back.y, tip.x - back.x);
        strokePolyline(this, [
          { x: tip.x - Math.cos(angle - 0.6) * head, y: tip.y - Math.sin(angle - 0.6) * head },
          tip,
          { x: tip.x - Math.cos(angle + 0.6) * head, y: tip.y - Math.sin(angle + 0.6) * head },
        ]);
      }
    });
  }
}
