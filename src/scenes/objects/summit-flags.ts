// A flag on a rung the player has reached. A new promotion raises its flag with a pop and a burst of
// sparks; on a redraw every flag simply stands. The flag is baked once.
import Phaser from 'phaser';
import type { Point } from '../layout';
import { TextureKey } from '../keys';
import { INK, OKABE_ITO, WHITE } from '../palette';
import { bakedImage } from './bake';

export class SummitFlag extends Phaser.GameObjects.Container {
  constructor(
    scene: Phaser.Scene,
    at: Point,
    private readonly pole: number,
  ) {
    super(scene, at.x, at.y);
    const height = pole;
    const m = Math.max(1.5, height * 0.08) + 1;
    this.add(
      bakedImage(scene, { x: -m, y: -height - m, width: height * 0.75 + m * 2, height: height + m * 2 }, (g) => {
        g.lineStyle(Math.max(1.5, height * 0.08), INK, 1).lineBetween(0, 0, 0, -height);
        g.fillStyle(OKABE_ITO.yellow, 1).fillTriangle(0, -height, height * 0.75, -height * 0.8, 0, -height * 0.58);
        g.lineStyle(1.2, INK, 1).strokeTriangle(0, -height, height * 0.75, -height * 0.8, 0, -height * 0.58);
      }),
    );
  }

  /** Plants the flag with a little ceremony: it springs up and sparks fly from its tip. */
  raise(): void {
    this.setScale(0.2, 0);
    this.scene.tweens.add({ targets: this, scaleX: 1, scaleY: 1, duration: 450, ease: 'Back.easeOut' });
    const sparks = this.scene.add.particles(this.x, this.y - this.pole, TextureKey.Spark, {
      speed: { min: 40, max: 110 },
      lifespan: 800,
      scale: { start: 0.28, end: 0 },
      alpha: { start: 1, end: 0 },
      tint: [OKABE_ITO.yellow, WHITE, OKABE_ITO.skyBlue],
      gravityY: 60,
      emitting: false,
    });
    this.parentContainer?.add(sparks);
    sparks.explode(18);
    this.scene.time.delayedCall(1000, () => sparks.destroy());
  }
}
