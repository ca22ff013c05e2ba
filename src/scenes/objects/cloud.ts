// A fair-weather cloud drifting over the map, with its shadow on the ground below; baked once.
import Phaser from 'phaser';
import { INK, WHITE } from '../palette';
import { bakedImage } from './bake';

export class Cloud extends Phaser.GameObjects.Container {
  constructor(scene: Phaser.Scene, x: number, y: number, size: number) {
    super(scene, x, y);
    const box = { x: -size * 1.3 - 1, y: -size * 1.15 - 1, width: size * 2.9 + 2, height: size * 2.8 + 2 };
    this.add(
      bakedImage(scene, box, (g) => {
        g.fillStyle(INK, 0.08);
        g.fillEllipse(size * 0.3, size * 1.3, size * 2.6, size * 0.7);
        g.fillStyle(WHITE, 0.85);
        g.fillEllipse(0, 0, size * 2.6, size * 0.9);
        g.fillCircle(-size * 0.45, -size * 0.3, size * 0.55);
        g.fillCircle(size * 0.25, -size * 0.45, size * 0.7);
        g.fillCircle(size * 0.85, -size * 0.1, size * 0.45);
      }),
    );
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
