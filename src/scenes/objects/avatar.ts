// The player on the map: a small walker in a white halo, readable on any ground. It walks along
// curves, peeks down a path and back, and swims out into the currents and is washed back. Both poses
// are baked once; a pose change only shows the other picture.
import Phaser from 'phaser';
import type { Point } from '../layout';
import { INK, OKABE_ITO, SEA, WHITE } from '../palette';
import { firstWaterT, pointOn, type Curve } from '../routes';
import { bakedImage } from './bake';

/** How much the splash ring grows before it fades. */
const SPLASH_GROWTH = 2.6;

export class Avatar extends Phaser.GameObjects.Container {
  private readonly standing: Phaser.GameObjects.Image;
  private readonly swimmer: Phaser.GameObjects.Image;
  private motions: Phaser.Tweens.Tween[] = [];

  constructor(
    scene: Phaser.Scene,
    at: Point,
    private readonly size: number,
  ) {
    super(scene, at.x, at.y);
    const s = size;
    const m = 2;
    this.standing = bakedImage(scene, { x: -s * 1.3 - m, y: -s * 2.3 - m, width: s * 2.6 + m * 2, height: s * 2.6 + m * 2 }, (g) => Avatar.paint(g, s, false));
    this.swimmer = bakedImage(scene, { x: -s * 1.3 - m, y: -s * 0.85 - m, width: s * 2.6 + m * 2, height: s * 1.25 + m * 2 }, (g) => Avatar.paint(g, s, true));
    this.add([this.standing, this.swimmer]);
    this.pose(false);
  }

  /** Shows the walker standing (feet at the origin), or swimming (head above the water line). */
  private pose(swimming: boolean): void {
    this.standing.setVisible(!swimming);
    this.swimmer.setVisible(swimming);
  }

  /** Paints the walker of size `s` standing (feet at the origin), or swimming (head above the water line). */
  private static paint(g: Phaser.GameObjects.Graphics, s: number, swimming: boolean): void {
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
    // Baked as large as it grows (line and all), so it stays sharp; it starts small.
    const r = this.size * SPLASH_GROWTH;
    const reach = r + SPLASH_GROWTH + 1;
    const ring = bakedImage(this.scene, { x: -reach, y: -reach, width: reach * 2, height: reach * 2 }, (g) => g.lineStyle(2 * SPLASH_GROWTH, SEA.foam, 1).strokeCircle(0, 0, r));
    const scale = ring.scaleX;
    ring.setOrigin(0.5, 0.5).setScale(scale / SPLASH_GROWTH).setPosition(at.x, at.y);
    // Beside the avatar in its container, so a redraw clears it with everything else.
    if (this.parentContainer) this.parentContainer.add(ring);
    else this.scene.add.existing(ring);
    this.scene.tweens.add({ targets: ring, scale, alpha: 0, duration: 700, onComplete: () => ring.destroy() });
  }
}
