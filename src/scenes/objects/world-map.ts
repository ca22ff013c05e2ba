// The world of Interdell, drawn for one layout: sea, land and the sunny valley; the two ranges; the
// coast and the islands; the moving currents; the names (a layer of their own, for the scene to place
// above its paths). Redraw by making a new one for a new layout.
import Phaser from 'phaser';
import { RANGE_IDS, type MapLayout } from '../layout';
import { TextureKey } from '../keys';
import { LAND } from '../palette';
import { addMapLabels } from './map-labels';
import { paintCoast, paintIslands } from './paint-coast';
import { paintBeach, paintLand, paintSea } from './paint-lowlands';
import { paintRange } from './paint-ranges';
import { SeaCurrents } from './sea-currents';

export interface WorldMapOptions {
  /** Currents flow and the sun breathes; false for reduced motion. */
  readonly animate: boolean;
}

export class WorldMap extends Phaser.GameObjects.Container {
  /** The region names, kept apart so a scene can lay them over its paths and trails. */
  readonly names: Phaser.GameObjects.Container;

  constructor(scene: Phaser.Scene, layout: MapLayout, options: WorldMapOptions) {
    super(scene, 0, 0);
    const lowlands = new Phaser.GameObjects.Graphics(scene);
    paintSea(lowlands, layout);
    paintLand(lowlands, layout);
    paintBeach(lowlands, layout);

    const { center, radiusX, radiusY } = layout.valley;
    const sunshine = new Phaser.GameObjects.Image(scene, center.x, center.y, TextureKey.Glow)
      .setDisplaySize(radiusX * 2.1, radiusY * 2.6)
      .setTint(LAND.sun)
      .setAlpha(0.7);

    const highlands = new Phaser.GameObjects.Graphics(scene);
    for (const id of RANGE_IDS) paintRange(highlands, layout.ranges[id], layout.unit);
    paintCoast(highlands, layout);
    paintIslands(highlands, layout);

    const currents = new SeaCurrents(scene, layout, options.animate);
    this.add([lowlands, sunshine, currents, highlands]);
    this.names = new Phaser.GameObjects.Container(scene, 0, 0, addMapLabels(scene, layout));
    this.once(Phaser.GameObjects.Events.DESTROY, () => this.names.destroy());
    if (options.animate) {
      scene.tweens.add({ targets: sunshine, alpha: 0.45, duration: 2600, ease: 'Sine.easeInOut', yoyo: true, repeat: -1 });
    }
  }
}
