// The title screen's backdrop: the whole map, the currents flowing, clouds drifting over the valley,
// and an intermediate engineer waiting in Interdell. Holds still for reduced motion.
import Phaser from 'phaser';
import { SceneKey } from './keys';
import { avatarSpot, computeLayout } from './layout';
import { Avatar } from './objects/avatar';
import { Cloud } from './objects/cloud';
import { WorldMap } from './objects/world-map';
import type { SceneOptions } from './scene-options';
import { keepFitted } from './screen';

/** Clouds as (x, y) fractions of the map, and seconds per crossing. */
const CLOUDS: readonly (readonly [number, number, number])[] = [
  [0.12, 0.3, 70],
  [0.55, 0.62, 90],
  [0.8, 0.18, 80],
];

export class TitleScene extends Phaser.Scene {
  private layer: Phaser.GameObjects.Container | null = null;

  constructor(private readonly options: SceneOptions) {
    super(SceneKey.Title);
  }

  create(): void {
    this.layer = null;
    keepFitted(this, (width, height) => this.draw(width, height));
  }

  private draw(width: number, height: number): void {
    this.tweens.killAll();
    this.layer?.destroy();
    const animate = !this.options.reducedMotion;
    const layout = computeLayout(width, height);
    const layer = this.add.container(0, 0);
    const map = new WorldMap(this, layout, { animate, backdrop: this.options.backdrop });
    layer.add(map);
    layer.add(new Avatar(this, avatarSpot(layout, 'interdell', 'intermediate'), layout.figure));
    for (const [fx, fy, seconds] of CLOUDS) {
      const cloud = new Cloud(this, width * fx, height * fy, Math.max(layout.unit * 3, 12));
      layer.add(cloud);
      if (animate) cloud.drift(width, seconds);
    }
    layer.add(map.names);
    this.layer = layer;
  }
}
