// The player on the map: a small walker in a white halo, readable on any ground. It walks along
// curves, peeks down a path and back, and swims out into the currents and is washed back.
import Phaser from 'phaser';
import type { Point } from '../layout';
import { INK, OKABE_ITO, SEA, WHITE } from '../palette';
import { firstWaterT, pointOn, type Curve } from '../routes';

export class Avatar extends Phaser.GameObjects.Container {
  private readonly figure: Phaser.GameObjects.Graphics;
  private motions: Phaser.Tweens.Tween[] = [];
  private swimming: boolean | null = null;

  constructor(
    scene: Phaser.Scene,
    at: Point,
    private readonly size: number,
  ) {
    super(scene, at.x, at.y);
    this.figure = new Phaser.GameObjects.Graphics(scene);
    this.add(this.figure);
    this.pose(false);
  }

  /** Draws the walker standing (feet at the origin), or swimming (head above the water line). */
  private pose(swimming: boolean): void {
    if (this.swimming === swimming) return;
    this.swimming = swimming;
    const s = this.size;
    const g = this.figure.clear();
    if (swimming) {
      g.fillStyle(SEA.foam, 0.9);
      g.fillEllipse(0, 0, s * 2.6, s * 0.8);
      g.lineStyle(1.5, INK, 0.9);
      g.fillStyle(OKABE_ITO.vermillion, 1);
      g.fillCircle(0, -s * 0.35, s * 0.5);
      g.strokeCircle(0, -s * 0.35, s * 0.5);
      return;
    }
    g.fillStyle(INK, 0.25);
    g.fillEllipse(0, 0, s * 1.6, s * 0.5);
    g.fillStyle(WHITE, 0.85);
    g.fillCircle(0, -s * 1.05, s * 1.25);
    g.fillStyle(OKABE_ITO.vermillion, 1);
    g.lineStyle(1.5, INK, 1);
    g.beginPath();
    g.moveTo(-s * 0.55, 0);
    g.lineTo(-s * 0.4, -s * 0.95);
    g.lineTo(s * 0.4, -s * 0.95);
    g.lineTo(s * 0.55, 0);
    g.closePath();
    g.fillPath();
    g.strokePath();
    g.fillCircle(0, -s * 1.45, s * 0.48);
    g.strokeCircle(0, -s * 1.45, s * 0.48);
  }

  /** Stops whatever the avatar is doing, where it is; the caller places it after. */
  settle(): void {
    for (const motion of this.motions) motion.stop();
    this.motions = [];
    this.pose(false);
  }

  /** Moves along `curve` from t = `from` to t = `to`, calling `done` on arrival. */
  follow(curve: Curve, duration: number, done: () => void, from = 0, to = 1, yoyo = false): void {
    this.leg(curve, { from, to, duration, yoyo, swimming: false }, done);
  }

  private leg(curve: Curve, leg: { from: number; to: number; duration: number; yoyo: boolean; swimming: boolean }, done: () => void): void {
    this.pose(leg.swimming);
    const bob = leg.swimming ? this.size * 0.25 : 0;
    const motion = this.scene.tweens.addCounter({
      from: leg.from,
      to: leg.to,
      duration: leg.duration,
      yoyo: leg.yoyo,
      ease: leg.swimming ? 'Linear' : 'Sine.easeInOut',
      onUpdate: (tween) => {
        const t = tween.getValue() ?? leg.to;
        const p = pointOn(curve, t);
        this.setPosition(p.x, p.y + Math.sin(t * 70) * bob);
      },
      onComplete: done,
    });
    this.motions.push(motion);
  }

  /**
   * Walks along `curve` to the water, swims out halfway to its end, and is carried south by the
   * current and back to the shore, then walks home to where the curve starts.
   */
  swimAndWashBack(curve: Curve, isWater: (p: Point) => boolean, duration: number, done: () => void): void {
    const shoreT = firstWaterT(curve, isWater);
    const turnT = shoreT + (1 - shoreT) * 0.5;
    const shore = pointOn(curve, shoreT);
    const turn = pointOn(curve, turnT);
    const drift = Math.hypot(turn.x - shore.x, turn.y - shore.y) * 0.6;
    const washBack: Curve = {
      start: turn,
      c1: { x: turn.x + drift * 0.2, y: turn.y + drift },
      c2: { x: shore.x + drift * 0.4, y: shore.y + drift * 0.7 },
      end: shore,
    };
    const walk = duration * 0.2 * (shoreT > 0 ? 1 : 0);
    const swim = (duration - walk * 2) / 2;
    this.leg(curve, { from: 0, to: shoreT, duration: walk, yoyo: false, swimming: false }, () =>
      this.leg(curve, { from: shoreT, to: turnT, duration: swim, yoyo: false, swimming: true }, () => {
        this.splash(turn);
        this.leg(washBack, { from: 0, to: 1, duration: swim, yoyo: false, swimming: true }, () =>
          this.leg(curve, { from: shoreT, to: 0, duration: walk, yoyo: false, swimming: false }, () => {
            this.pose(false);
            done();
          }),
        );
      }),
    );
  }

  private splash(at: Point): void {
    const ring = new Phaser.GameObjects.Graphics(this.scene);
    ring.lineStyle(2, SEA.foam, 1).strokeCircle(0, 0, this.size);
    ring.setPosition(at.x, at.y);
    // Beside the avatar in its container, so a redraw clears it with everything else.
    if (this.parentContainer) this.parentContainer.add(ring);
    else this.scene.add.existing(ring);
    this.scene.tweens.add({ targets: ring, scale: 2.6, alpha: 0, duration: 700, onComplete: () => ring.destroy() });
  }
}
