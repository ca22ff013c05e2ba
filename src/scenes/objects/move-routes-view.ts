// The legal moves drawn as paths from the avatar: dashed curves (marching gently unless motion is
// reduced) over a pale underlay, each ending in a numbered marker matching the DOM's list. The lines
// are meshes (the dashes rebuilt from plain arrays as they march) and each marker is baked with its
// number, so nothing is re-tessellated per frame. A click or tap on a marker chooses that move. The
// markers are a container of their own (`markers`), for the scene to lay over the map's names: a
// cramped map may put a name where a path ends, and the number must stay in sight.
import Phaser from 'phaser';
import type { MapLayout, Point } from '../layout';
import { css, INK, WHITE } from '../palette';
import { dashes, sample, type MoveRoute } from '../routes';
import { crispText } from '../screen';
import { flatBake } from './bake';
import { StrokeMesh } from './stroke-mesh';

/** How fast the dashes march along the paths, in CSS pixels per second. */
const MARCH_SPEED = 14;
/** The smallest radius a marker answers a tap within, in CSS pixels (a 44-pixel target). */
const MIN_TAP_RADIUS = 22;

export class MoveRoutesView extends Phaser.GameObjects.Container {
  /** The numbered markers and their tap targets, destroyed with the paths. */
  readonly markers: Phaser.GameObjects.Container;
  private readonly lines: StrokeMesh;
  private readonly paths: Point[][];
  private readonly lineWidth: number;

  constructor(scene: Phaser.Scene, layout: MapLayout, routes: readonly MoveRoute[], animate: boolean, choose: ((number: number) => void) | null) {
    super(scene, 0, 0);
    this.lineWidth = Math.max(2, layout.unit * 0.45);
    this.paths = routes.map((r) => sample(r.curve, 40));
    const underlay = new StrokeMesh(scene, this.lineWidth + 4, WHITE, 0.75).setPaths(this.paths);
    this.lines = new StrokeMesh(scene, this.lineWidth, INK, 0.95);
    this.add([underlay, this.lines]);
    this.markers = new Phaser.GameObjects.Container(scene, 0, 0);
    this.once(Phaser.GameObjects.Events.DESTROY, () => this.markers.destroy());
    const radius = Math.min(Math.max(layout.unit * 2.2, 9), 14);
    for (const route of routes) {
      this.addMarker(route, radius);
      if (choose) this.addTapTarget(route, Math.max(radius + 4, MIN_TAP_RADIUS), choose);
    }
    this.paint(0);
    if (animate) {
      scene.events.on(Phaser.Scenes.Events.UPDATE, this.tick, this);
      this.once(Phaser.GameObjects.Events.DESTROY, () => scene.events.off(Phaser.Scenes.Events.UPDATE, this.tick, this));
    }
  }

  private tick(time: number): void {
    this.paint((time / 1000) * MARCH_SPEED);
  }

  private paint(offset: number): void {
    const dash = this.lineWidth * 3;
    this.lines.setPaths(this.paths.flatMap((path) => dashes(path, dash, dash * 0.8, offset)));
  }

  private addTapTarget(route: MoveRoute, radius: number, choose: (number: number) => void): void {
    const { x, y } = route.marker;
    const zone = new Phaser.GameObjects.Zone(this.scene, x, y, radius * 2, radius * 2);
    zone.setInteractive({ hitArea: new Phaser.Geom.Circle(radius, radius, radius), hitAreaCallback: Phaser.Geom.Circle.Contains, useHandCursor: true });
    zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => choose(route.number));
    this.markers.add(zone);
  }

  private addMarker(route: MoveRoute, radius: number): void {
    const { x, y } = route.marker;
    const reach = radius + 2;
    const digit = crispText(this.scene, x, y, String(route.number), {
      fontSize: `${Math.round(radius * 1.25)}px`,
      fontStyle: 'bold',
      color: css(INK),
    }).setOrigin(0.5, 0.5);
    const box = { x: x - reach, y: y - reach, width: reach * 2 + 1, height: reach * 2 + 1.5 };
    const marker = flatBake(
      this.scene,
      box,
      (g) => {
        g.fillStyle(INK, 0.3).fillCircle(x + 1, y + 1.5, radius);
        g.fillStyle(WHITE, 1).fillCircle(x, y, radius);
        g.lineStyle(2, INK, 1).strokeCircle(x, y, radius);
      },
      [digit],
    );
    this.markers.add(marker);
  }
}
