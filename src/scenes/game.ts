// Makes the Phaser game that draws the world inside `parent`, and the handle the DOM uses to switch
// screens. The canvas always fills `parent` and has devicePixelRatio device pixels per CSS pixel.
import Phaser from 'phaser';
import type { RunView } from '../session/run-view';
import { PageBackdrop } from './backdrop';
import { BootScene } from './boot-scene';
import { SceneKey } from './keys';
import { OutcomeScene, type OutcomeData } from './outcome-scene';
import { css, PAPER } from './palette';
import { PreloadScene } from './preload-scene';
import type { SceneOptions } from './scene-options';
import { TitleScene } from './title-scene';
import { WorldScene, type WorldData } from './world-scene';

export interface GameHandle {
  showTitle(): void;
  showRun(view: RunView): void;
  showOutcome(view: RunView): void;
}

/** Past this ratio the extra pixels cost fill-rate without looking sharper. */
const MAX_PIXEL_RATIO = 3;

type Screen = { readonly key: SceneKey.Title } | { readonly key: SceneKey.World; readonly data: WorldData } | { readonly key: SceneKey.Outcome; readonly data: OutcomeData };

function currentPixelRatio(): number {
  return Math.min(Math.max(window.devicePixelRatio || 1, 1), MAX_PIXEL_RATIO);
}

/**
 * Phaser's RESIZE scale mode sizes the canvas in CSS pixels, which blurs on dense screens. So the
 * game runs in NONE mode with a canvas of parent size × ratio and a scale zoom of 1 / ratio (the CSS
 * size), and this resizes it whenever the parent or the ratio changes; scenes still hear 'resize'.
 */
export function createGame(parent: HTMLElement, options: SceneOptions): GameHandle {
  let ratio = currentPixelRatio();
  const canvasSize = (): { width: number; height: number } => ({
    width: Math.max(1, Math.round(parent.clientWidth * ratio)),
    height: Math.max(1, Math.round(parent.clientHeight * ratio)),
  });
  let ready = false;
  let wanted: Screen = { key: SceneKey.Title };
  // The canvas is transparent over a paper-coloured backdrop, which also shows the baked map.
  const backdrop = new PageBackdrop(parent, css(PAPER));
  const sceneOptions: SceneOptions = { ...options, backdrop };

  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    transparent: true,
    banner: false,
    // No multisampling: on software WebGL it multiplies the cost of every pixel drawn. Nothing needs
    // it: the map and figures are baked supersampled, and moving lines carry their own soft edges.
    render: { antialiasGL: false },
    // The game makes no sound: without this Phaser still opens an AudioContext while it boots, a
    // long step on the main thread before the title answers input.
    audio: { noAudio: true },
    // Pointer input for the map's move markers; the keyboard belongs to the DOM panel.
    input: { keyboard: false, mouse: true, touch: true, gamepad: false },
    scale: { mode: Phaser.Scale.NONE, ...canvasSize(), zoom: 1 / ratio, expandParent: false },
    scene: [
      new BootScene(),
      new PreloadScene(() => {
        ready = true;
        show(wanted);
        // For tests and the bench: the map's scenes are up.
        parent.dataset.map = 'ready';
      }),
      new TitleScene(sceneOptions),
      new WorldScene(sceneOptions),
      new OutcomeScene(sceneOptions),
    ],
  });

  function show(screen: Screen): void {
    wanted = screen;
    if (!ready) return;
    for (const scene of game.scene.getScenes(true)) {
      if (scene.sys.settings.key !== screen.key) game.scene.stop(scene.sys.settings.key);
    }
    game.scene.start(screen.key, 'data' in screen ? screen.data : undefined);
  }

  function fit(): void {
    if (!game.isBooted || parent.clientWidth === 0 || parent.clientHeight === 0) return;
    const nextRatio = currentPixelRatio();
    if (nextRatio !== ratio) {
      ratio = nextRatio;
      game.scale.setZoom(1 / ratio);
    }
    const { width, height } = canvasSize();
    if (width !== game.scale.width || height !== game.scale.height) game.scale.resize(width, height);
  }

  new ResizeObserver(fit).observe(parent);
  window.addEventListener('resize', fit);
  game.events.once(Phaser.Core.Events.READY, () => {
    // Positioned, so it stacks over the backdrop (which comes first in the parent).
    game.canvas.style.position = 'relative';
    fit();
  });

  return {
    showTitle: () => show({ key: SceneKey.Title }),
    showRun: (view) => show({ key: SceneKey.World, data: { view } }),
    showOutcome: (view) => show({ key: SceneKey.Outcome, data: { view } }),
  };
}
