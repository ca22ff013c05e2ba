// Draws the game's few textures in code (there are no image files), then tells the game it is ready.
import Phaser from 'phaser';
import { SceneKey, TextureKey } from './keys';

/** Texture sizes are generous so the sprites stay sharp when scaled down on dense screens. */
const GLOW_SIZE = 128;
const SPARK_SIZE = 64;

export class PreloadScene extends Phaser.Scene {
  constructor(private readonly onReady: () => void) {
    super(SceneKey.Preload);
  }

  create(): void {
    this.paint(TextureKey.Glow, GLOW_SIZE, (ctx, size) => {
      const r = size / 2;
      const gradient = ctx.createRadialGradient(r, r, 0, r, r, r);
      gradient.addColorStop(0, 'rgba(255,255,255,1)');
      gradient.addColorStop(0.45, 'rgba(255,255,255,0.6)');
      gradient.addColorStop(1, 'rgba(255,255,255,0)');
      ctx.fillStyle = gradient;
      ctx.fillRect(0, 0, size, size);
    });
    this.paint(TextureKey.Spark, SPARK_SIZE, (ctx, size) => {
      const r = size / 2;
      ctx.fillStyle = '#ffffff';
      ctx.beginPath();
      for (let i = 0; i < 8; i++) {
        const angle = (i * Math.PI) / 4 - Math.PI / 2;
        const reach = i % 2 === 0 ? r : r * 0.28;
        ctx.lineTo(r + Math.cos(angle) * reach, r + Math.sin(angle) * reach);
      }
      ctx.closePath();
      ctx.fill();
    });
    this.onReady();
  }

  private paint(key: TextureKey, size: number, draw: (ctx: CanvasRenderingContext2D, size: number) => void): void {
    if (this.textures.exists(key)) return;
    const texture = this.textures.createCanvas(key, size, size);
    if (!texture) return;
    draw(texture.getContext(), size);
    texture.refresh();
  }
}
