// A fair-weather cloud drifting over the map, with its shadow on the ground below.
import Phaser from 'phaser';
import { INK, WHITE } from '../palette';

export class Cloud extends Phaser.GameObjects.Graphics {
  constructor(scene: Phaser.Scene, x: number, y: number, size: number) {
    super(scene, { x, y });
    this.fillStyle(INK, 0.08);
    this.fillEllipse(size * 0.3, size * 1.3, size * 2.6, size * 0.7);
    this.fillStyle(WHITE, 0.85);
    this.fillEllipse(0, 0, size * 2.6, size * 0.9);
    this.fillCircle(-size * 0.45, -size * 0.3, size * 0.55);
    this.fillCircle(size * 0.25, -size * 0.45, size * 0.7);
    this.fillCircle(size * 0.85, -size * 0.1, size * 0.45);
  }

  /** Drifts east across `width` and round again, forever, taking `seconds` per crossing. */
  drift(width: number, seconds: number): void {
    const margin = 200;
    const startAt = (this.x + margin) / (width + margin * 2);
    this.scene.tweens.add({
      targets: this,
      x: width + margin,
      duration: seconds * 1000 * (1 - startAt),
      onComplete: () => {
        this.x = -margin;
        this.drift(width, seconds);
      },
    });
  }
}
