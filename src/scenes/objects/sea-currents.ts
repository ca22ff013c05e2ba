// The currents of the strait between the coast and the islands: winding streamlines along which
// arrow-tipped dashes flow south, the stream that turns swimmers back. The faint streamlines never
// move and are baked with the map; the dashes are one mesh, rebuilt from plain arrays as they flow.
// Still (and baked whole) for reduced motion.
import Phaser from 'phaser';
import type { MapLayout, Point } from '../layout';
import { SEA } from '../palette';
import type { Rect } from '../rects';
import { dashes } from '../routes';
import { strokePolyline } from './polygons';
import { StrokeMesh } from './stroke-mesh';

/** How far the currents flow in a second, as a fraction of the map's height. */
const FLOW_PER_SECOND = 0.035;
const LANES = 3;
const STREAM_ALPHA = 0.22;
const DASH_ALPHA = 0.85;

/** Where the currents run on a layout, and the dashes along them at a moment. */
export class CurrentsShape {
  readonly streams: Point[][] = [];
  readonly lineWidth: number;
  private readonly dash: number;
  private readonly head: number;

  constructor(private readonly layout: MapLayout) {
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
    this.head = this.lineWidth * 2.2;
  }

  /** Everything the currents ever cover. */
  get bounds(): Rect {
    const xs = this.streams.flat().map((p) => p.x);
    const margin = this.lineWidth + this.head + 2;
    const x = Math.min(...xs) - margin;
    return { x, y: -margin, width: Math.max(...xs) + margin - x, height: this.layout.height + margin * 2 };
  }

  /** The dashes `seconds` into the flow, each with its arrowhead, as polylines to stroke. */
  dashPaths(seconds: number): Point[][] {
    return this.streams.flatMap((_, lane) => this.laneDashes(seconds, lane));
  }

  private laneDashes(seconds: number, lane: number): Point[][] {
    const stream = this.streams[lane] as Point[];
    const flowed = seconds * FLOW_PER_SECOND * this.layout.height;
    const head = this.head;
    const paths: Point[][] = [];
    for (const piece of dashes(stream, this.dash, this.dash * 1.4, flowed + lane * this.dash * 0.9)) {
      paths.push(piece);
      const tip = piece[piece.length - 1] as Point;
      const back = piece[Math.max(0, piece.length - 2)] as Point;
      const angle = Math.atan2(tip.y - back.y, tip.x - back.x);
      paths.push([
        { x: tip.x - Math.cos(angle - 0.6) * head, y: tip.y - Math.sin(angle - 0.6) * head },
        tip,
        { x: tip.x - Math.cos(angle + 0.6) * head, y: tip.y - Math.sin(angle + 0.6) * head },
      ]);
    }
    return paths;
  }

  /** The faint streamlines, which never move. */
  paintStreams(g: Phaser.GameObjects.Graphics): void {
    g.lineStyle(this.lineWidth, SEA.foam, STREAM_ALPHA);
    for (const stream of this.streams) strokePolyline(g, stream);
  }

  /** The currents standing still, as reduced motion shows them: streamline and dashes, lane by lane. */
  paintStill(g: Phaser.GameObjects.Graphics): void {
    this.streams.forEach((stream, lane) => {
      g.lineStyle(this.lineWidth, SEA.foam, STREAM_ALPHA);
      strokePolyline(g, stream);
      g.lineStyle(this.lineWidth, SEA.foam, DASH_ALPHA);
      for (const path of this.laneDashes(0, lane)) strokePolyline(g, path);
    });
  }
}

/** The flowing dashes: one mesh, rebuilt every frame from the shape (no Graphics). */
export class FlowingCurrents extends StrokeMesh {
  constructor(
    scene: Phaser.Scene,
    private readonly shape: CurrentsShape,
  ) {
    super(scene, shape.lineWidth, SEA.foam, DASH_ALPHA);
    this.setPaths(shape.dashPaths(0));
    scene.events.on(Phaser.Scenes.Events.UPDATE, this.tick, this);
    this.once(Phaser.GameObjects.Events.DESTROY, () => scene.events.off(Phaser.Scenes.Events.UPDATE, this.tick, this));
  }

  private tick(time: number): void {
    this.setPaths(this.shape.dashPaths(time / 1000));
  }
}
