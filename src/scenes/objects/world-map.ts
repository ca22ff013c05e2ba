// The world of Interdell, drawn for one layout: sea, land and the sunny valley; the two ranges; the
// coast and the islands; the moving currents; the names (a layer of their own, for the scene to place
// above its paths). Redraw by making a new one for a new layout.
//
// Everything that holds still is baked once into textures: the low ground (with the currents' faint
// streamlines) and the high ground (ranges, coast, islands, and whatever the scene paints above the
// map). Only the breathing sun and the flowing currents stay live, between the two; so the high
// ground is drawn over them only where they can be (small patches of its texture), and baked into the
// base everywhere else. With reduced motion it is all one picture.
import Phaser from 'phaser';
import type { Backdrop, BackdropGlow, BackdropImage } from '../backdrop';
import { bmpFromBottomUpRgba, bmpWithAlphaFromBottomUpRgba } from '../bmp';
import { TextureKey } from '../keys';
import { RANGE_IDS, type MapLayout, type Point } from '../layout';
import { LAND } from '../palette';
import { boundsOf, ellipseBands, intersect, TileGrid, type Rect } from '../rects';
import { pixelRatio } from '../screen';
import { copyBlendMode, FlatImage, ownTexture, painted, readTexels, renderToTexture, supersampling, TrackedGraphics } from './bake';
import { addMapLabels } from './map-labels';
import { paintCoast, paintIslands } from './paint-coast';
import { paintBeach, paintLand, paintSea } from './paint-lowlands';
import { paintRange } from './paint-ranges';
import { CurrentsShape, FlowingCurrents } from './sea-currents';
import { Sunshine } from './sunshine';

export interface WorldMapOptions {
  /** Currents flow and the sun breathes; false for reduced motion. */
  readonly animate: boolean;
  /** Painted over the map (under anything the scene adds), such as the trail of a finished run. */
  readonly above?: (g: Phaser.GameObjects.Graphics) => void;
  /** Where to show the baked map instead of drawing it every frame, if anywhere. */
  readonly backdrop?: Backdrop | undefined;
}

const SUN_ALPHA = 0.7;
/** Bands of rectangles that hold the sun's ellipse, to find what lies over it. */
const SUN_BANDS = 16;
/** Patches of high ground drawn over the moving layers are whole tiles of this many device pixels. */
const PATCH_TILE = 16;
const SUN_DIM_ALPHA = 0.45;
const SUN_BREATH_MS = 2600;

export class WorldMap extends Phaser.GameObjects.Container {
  /** The region names, kept apart so a scene can lay them over its paths and trails. */
  readonly names: Phaser.GameObjects.Container;

  constructor(scene: Phaser.Scene, layout: MapLayout, options: WorldMapOptions) {
    super(scene, 0, 0);
    const ratio = pixelRatio(scene);
    // The map in device pixels, and the CSS box of exactly that many.
    const width = Math.max(1, Math.round(layout.width * ratio));
    const height = Math.max(1, Math.round(layout.height * ratio));
    const box: Rect = { x: 0, y: 0, width: width / ratio, height: height / ratio };
    const samples = supersampling(scene, width, height);
    const currents = new CurrentsShape(layout);

    const { center, radiusX, radiusY } = layout.valley;
    const sunSize = { width: radiusX * 2.1, height: radiusY * 2.6 };
    const sunBox: Rect = { x: center.x - sunSize.width / 2, y: center.y - sunSize.height / 2, ...sunSize };

    const lowlands = painted(scene, (g) => {
      paintSea(g, layout);
      paintLand(g, layout);
      paintBeach(g, layout);
    });
    const still = !options.animate;
    const stillSun = still ? new Phaser.GameObjects.Image(scene, center.x, center.y, TextureKey.Glow).setDisplaySize(sunSize.width, sunSize.height).setTint(LAND.sun).setAlpha(SUN_ALPHA) : null;
    const streams = painted(scene, (g) => (still ? currents.paintStill(g) : currents.paintStreams(g)));
    const low = bakeLayer(scene, box, ratio, samples, stillSun ? [lowlands, stillSun, streams] : [lowlands, streams]);
    for (const object of [lowlands, stillSun, streams]) object?.destroy();

    const highlands = new TrackedGraphics(scene);
    for (const id of RANGE_IDS) paintRange(highlands, layout.ranges[id], layout.unit);
    paintCoast(highlands, layout);
    paintIslands(highlands, layout);
    options.above?.(highlands);
    const high = bakeLayer(scene, box, ratio, samples, [highlands]);
    const parts = highlands.parts;
    highlands.destroy();
    ownTexture(this, high);

    // Where the high ground lies over a moving layer, whole tiles of device pixels: those patches of it
    // are drawn over that layer, and the rest of it is baked into the base. Tiles over the strait go
    // over the flowing currents (in the canvas); tiles over the sun's ellipse alone go over the glow
    // (in the page, once it shows the map, which draws the glow too).
    const over = (regions: readonly Rect[]): Rect[] =>
      parts
        .flatMap((part) => regions.map((region) => intersect(part, region)))
        .filter((r): r is Rect => r !== null)
        .map((r) => ({ x: r.x * ratio, y: r.y * ratio, width: r.width * ratio, height: r.height * ratio }));
    const overStrait = new TileGrid(PATCH_TILE, width, height).mark(still ? [] : over([currents.bounds]));
    const overSun = new TileGrid(PATCH_TILE, width, height).mark(still ? [] : over(ellipseBands(sunBox, SUN_BANDS))).without(overStrait);
    const straitPatches = overStrait.rects();
    const sunPatches = overSun.rects();

    const base = composeBase(scene, box, low, high, [...straitPatches, ...sunPatches]);
    low.destroy();
    const baseImage = new FlatImage(scene, base, base.get(), box).setBlendMode(copyBlendMode(scene));
    this.add(ownTexture(baseImage, base));
    // What the page can show instead, once it does: the base, the glow, the high ground over the glow.
    const pageLayers: Phaser.GameObjects.Shader[] = [baseImage];
    let glow: BackdropGlow | undefined;
    if (!still) {
      const sunshine = new Sunshine(scene, sunBox, LAND.sun, SUN_ALPHA);
      const breath = scene.tweens.add({ targets: sunshine, opacity: SUN_DIM_ALPHA, duration: SUN_BREATH_MS, ease: 'Sine.easeInOut', yoyo: true, repeat: -1 });
      this.once(Phaser.GameObjects.Events.DESTROY, () => breath.remove());
      const started = scene.time.now;
      glow = { box: sunBox, colour: LAND.sun, opacity: [SUN_ALPHA, SUN_DIM_ALPHA], halfPeriod: SUN_BREATH_MS, elapsed: () => scene.time.now - started };
      this.add(sunshine);
      pageLayers.push(sunshine);
    }
    const patch = (r: Rect): FlatImage | null => {
      const frame = high.add(`patch-${r.x}-${r.y}`, 0, r.x, r.y, r.width, r.height);
      return frame && new FlatImage(scene, high, frame, { x: r.x / ratio, y: r.y / ratio, width: r.width / ratio, height: r.height / ratio });
    };
    for (const r of sunPatches) {
      const image = patch(r);
      if (!image) continue;
      this.add(image);
      pageLayers.push(image);
    }
    if (!still) this.add(new FlowingCurrents(scene, currents));
    for (const r of straitPatches) {
      const image = patch(r);
      if (image) this.add(image);
    }

    this.names = new Phaser.GameObjects.Container(scene, 0, 0, addMapLabels(scene, layout));
    this.once(Phaser.GameObjects.Events.DESTROY, () => this.names.destroy());
    if (options.backdrop) this.showOn(options.backdrop, scene, ratio, base, glow, sunPatches, high, pageLayers);
  }

  /**
   * Hands the baked base, the sun's glow and the high ground over it to the page, to show behind the
   * canvas; once they are there the canvas stops drawing `layers`. Until then (or if the textures
   * cannot be read back) the canvas draws them.
   */
  private showOn(
    backdrop: Backdrop,
    scene: Phaser.Scene,
    ratio: number,
    base: Phaser.Textures.DynamicTexture,
    glow: BackdropGlow | undefined,
    overGlow: readonly Rect[],
    high: Phaser.Textures.DynamicTexture,
    layers: readonly Phaser.GameObjects.Shader[],
  ): void {
    const texels = readTexels(scene, base);
    if (!texels) return;
    const baseImage: BackdropImage = { blob: bmpBlob(bmpFromBottomUpRgba(texels, base.width, base.height)), x: 0, y: 0, width: base.width, height: base.height };
    let overGlowImage: BackdropImage | undefined;
    const bounds = boundsOf(overGlow);
    if (bounds) {
      // Only the patches, on a clear picture as big as they are together.
      const frames = overGlow.map((r) => {
        const frame = high.get(`patch-${r.x}-${r.y}`);
        return new FlatImage(scene, high, frame, { x: r.x - bounds.x, y: r.y - bounds.y, width: r.width, height: r.height });
      });
      const picture = renderToTexture(scene, { x: 0, y: 0, width: bounds.width, height: bounds.height }, 1, frames, Phaser.Textures.FilterMode.NEAREST);
      for (const frame of frames) frame.destroy();
      const pixels = readTexels(scene, picture);
      if (pixels) overGlowImage = { blob: bmpBlob(bmpWithAlphaFromBottomUpRgba(pixels, picture.width, picture.height)), ...bounds };
      picture.destroy();
      if (!pixels) return;
    }
    const at = (): Point => {
      const m = this.getWorldTransformMatrix();
      return { x: m.tx, y: m.ty };
    };
    backdrop.show(this, { ratio, at, base: baseImage, glow, overGlow: overGlowImage }, () => {
      for (const layer of layers) layer.setVisible(false);
    });
    this.once(Phaser.GameObjects.Events.DESTROY, () => backdrop.release(this));
  }
}

function bmpBlob(bytes: Uint8Array<ArrayBuffer>): Blob {
  return new Blob([bytes], { type: 'image/bmp' });
}

/**
 * `objects` baked over `box`, supersampled by `samples`, then averaged down to one texel per device
 * pixel (so the map shows texel for pixel, read with the cheapest filter).
 */
function bakeLayer(scene: Phaser.Scene, box: Rect, ratio: number, samples: number, objects: readonly Phaser.GameObjects.GameObject[]): Phaser.Textures.DynamicTexture {
  const nearest = Phaser.Textures.FilterMode.NEAREST;
  if (samples === 1) return renderToTexture(scene, box, ratio, objects, nearest);
  const fine = renderToTexture(scene, box, ratio * samples, objects);
  const shrink = new FlatImage(scene, fine, fine.get(), { x: 0, y: 0, width: fine.width / samples, height: fine.height / samples });
  const layer = renderToTexture(scene, { x: 0, y: 0, width: box.width * ratio, height: box.height * ratio }, 1, [shrink], nearest);
  shrink.destroy();
  fine.destroy();
  return layer;
}

/** The low ground with the high ground over it, except in `patches` (texels), which show the low ground alone. */
function composeBase(scene: Phaser.Scene, box: Rect, low: Phaser.Textures.DynamicTexture, high: Phaser.Textures.DynamicTexture, patches: readonly Rect[]): Phaser.Textures.DynamicTexture {
  const texels: Rect = { x: 0, y: 0, width: low.width, height: low.height };
  const layers: Phaser.GameObjects.GameObject[] = [new FlatImage(scene, low, low.get(), texels), new FlatImage(scene, high, high.get(), texels)];
  for (const patch of patches) {
    const frame = low.add(`patch-${patch.x}-${patch.y}`, 0, patch.x, patch.y, patch.width, patch.height);
    if (frame) layers.push(new FlatImage(scene, low, frame, patch));
  }
  const base = renderToTexture(scene, { x: 0, y: 0, width: box.width * pixelRatio(scene), height: box.height * pixelRatio(scene) }, 1, layers, Phaser.Textures.FilterMode.NEAREST);
  for (const layer of layers) layer.destroy();
  return base;
}
