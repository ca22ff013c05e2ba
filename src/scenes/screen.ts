// Drawing in CSS pixels on a canvas that has devicePixelRatio times as many: the game's scale zoom is
// 1 / ratio, so every scene zooms its camera by the ratio and lays out in CSS pixels.
import Phaser from 'phaser';

/** Device pixels per CSS pixel, as the game was sized (see createGame). */
export function pixelRatio(scene: Phaser.Scene): number {
  return 1 / scene.scale.zoom;
}

/** The canvas size in CSS pixels: the space every layout is computed in. */
function viewSize(scene: Phaser.Scene): { width: number; height: number } {
  return { width: scene.scale.width * scene.scale.zoom, height: scene.scale.height * scene.scale.zoom };
}

/**
 * Fits the main camera to the canvas, then calls `draw` with its CSS size; again whenever that size
 * or the pixel ratio changes, until the scene shuts down. (The scale manager also emits 'resize' when
 * only its record of the parent changed; those are ignored, so running animations are not cut short.)
 */
export function keepFitted(scene: Phaser.Scene, draw: (width: number, height: number) => void): void {
  let drawn = '';
  const refit = (): void => {
    const { width, height } = viewSize(scene);
    const ratio = pixelRatio(scene);
    if (drawn === `${width}x${height}@${ratio}`) return;
    drawn = `${width}x${height}@${ratio}`;
    scene.cameras.main.setOrigin(0, 0).setZoom(ratio).setScroll(0, 0);
    draw(width, height);
  };
  scene.scale.on(Phaser.Scale.Events.RESIZE, refit);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => scene.scale.off(Phaser.Scale.Events.RESIZE, refit));
  refit();
}

const FONT_FAMILY = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** A Text whose texture has as many pixels as the screen shows, so it stays sharp at any ratio. */
export function crispText(
  scene: Phaser.Scene,
  x: number,
  y: number,
  text: string,
  style: Phaser.Types.GameObjects.Text.TextStyle,
): Phaser.GameObjects.Text {
  return new Phaser.GameObjects.Text(scene, x, y, text, { fontFamily: FONT_FAMILY, ...style, resolution: pixelRatio(scene) });
}
