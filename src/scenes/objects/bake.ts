// Baking: drawing Graphics once into textures, so nothing is re-tessellated every frame. A bake is
// supersampled (twice the device pixels each way where memory allows) and shown at the screen's pixel
// ratio, so edges stay smooth without the canvas multisampling, and lines stay as sharp as before.
import Phaser from 'phaser';
import type { Rect } from '../rects';
import { pixelRatio } from '../screen';

/** Samples per device pixel along each axis when a bake is supersampled. */
const SUPERSAMPLE = 2;
/** The most texels one supersampled bake may take (64 MB of RGBA); past it, fewer samples per pixel. */
const MAX_SUPERSAMPLED_TEXELS = 4096 * 4096;

let serial = 0;

/** A texture key no other texture has. */
export function uniqueKey(prefix: string): string {
  serial += 1;
  return `interdell-${prefix}-${serial}`;
}

/** Frees `texture` when `owner` is destroyed (a redraw, or the scene shutting down). */
export function ownTexture<T extends Phaser.GameObjects.GameObject>(owner: T, texture: Phaser.Textures.Texture): T {
  owner.once(Phaser.GameObjects.Events.DESTROY, () => texture.destroy());
  return owner;
}

/** Samples per device pixel along each axis for a bake of `width` × `height` device pixels. */
export function supersampling(scene: Phaser.Scene, width: number, height: number): number {
  const renderer = scene.sys.renderer;
  const maxSize = renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer ? renderer.getMaxTextureSize() : 4096;
  const fits = Math.min(Math.sqrt(MAX_SUPERSAMPLED_TEXELS / Math.max(1, width * height)), maxSize / Math.max(1, width, height));
  return Math.max(1, Math.min(SUPERSAMPLE, Math.floor(fits * 4) / 4));
}

/**
 * A new DynamicTexture showing `box` (CSS pixels) at `scale` texels per CSS pixel, with `objects`
 * (not on any display list) drawn into it in order, read with `filter`. The caller owns the texture.
 */
export function renderToTexture(
  scene: Phaser.Scene,
  box: Rect,
  scale: number,
  objects: readonly Phaser.GameObjects.GameObject[],
  filter: Phaser.Textures.FilterMode = Phaser.Textures.FilterMode.LINEAR,
): Phaser.Textures.DynamicTexture {
  const width = Math.max(1, Math.ceil(box.width * scale - 1e-6));
  const height = Math.max(1, Math.ceil(box.height * scale - 1e-6));
  const texture = scene.textures.addDynamicTexture(uniqueKey('bake'), width, height, false);
  if (!texture) throw new Error('could not make a texture to bake into');
  // Before drawing: setting the filter re-creates the texture, empty.
  if (filter !== Phaser.Textures.FilterMode.LINEAR) texture.setFilter(filter);
  texture.camera.setOrigin(0, 0).setZoom(scale).setScroll(box.x, box.y);
  texture.clear();
  for (const object of objects) texture.draw(object);
  texture.render();
  return texture;
}

/** Paints with `paint` (in CSS pixels) into a new Graphics that is on no display list. */
export function painted(scene: Phaser.Scene, paint: (g: Phaser.GameObjects.Graphics) => void): Phaser.GameObjects.Graphics {
  const g = new Phaser.GameObjects.Graphics(scene);
  paint(g);
  return g;
}

/**
 * An Image of what `paint` draws inside `box` (local CSS pixels), baked supersampled and shown at the
 * box's place and size; the texture goes with the Image. For small pictures that move or scale.
 */
export function bakedImage(scene: Phaser.Scene, box: Rect, paint: (g: Phaser.GameObjects.Graphics) => void): Phaser.GameObjects.Image {
  const ratio = pixelRatio(scene);
  const scale = ratio * supersampling(scene, box.width * ratio, box.height * ratio);
  const g = painted(scene, paint);
  const texture = renderToTexture(scene, box, scale, [g]);
  g.destroy();
  const image = new Phaser.GameObjects.Image(scene, box.x, box.y, texture).setOrigin(0, 0).setScale(1 / scale);
  return ownTexture(image, texture);
}

/** `box` grown outward to whole device pixels, so a baked picture of it lands on the pixel grid. */
function onPixelGrid(scene: Phaser.Scene, box: Rect): Rect {
  const ratio = pixelRatio(scene);
  const x = Math.floor(box.x * ratio) / ratio;
  const y = Math.floor(box.y * ratio) / ratio;
  return { x, y, width: Math.ceil((box.x + box.width) * ratio) / ratio - x, height: Math.ceil((box.y + box.height) * ratio) / ratio - y };
}

/**
 * A still picture inside `box` (CSS pixels) as a FlatImage: what `paint` draws (supersampled, for
 * smooth edges), then `objects` over it (such as text, which is drawn at the screen's resolution
 * already), baked at one texel per device pixel on the pixel grid and shown texel for pixel. For
 * labels and markers, which never move. The objects are destroyed; the texture goes with the image.
 */
export function flatBake(scene: Phaser.Scene, box: Rect, paint: ((g: Phaser.GameObjects.Graphics) => void) | null, objects: readonly Phaser.GameObjects.GameObject[] = []): FlatImage {
  const ratio = pixelRatio(scene);
  const grid = onPixelGrid(scene, box);
  const layers: Phaser.GameObjects.GameObject[] = [];
  let fine: Phaser.Textures.DynamicTexture | null = null;
  if (paint) {
    const g = painted(scene, paint);
    fine = renderToTexture(scene, grid, ratio * supersampling(scene, grid.width * ratio, grid.height * ratio), [g]);
    g.destroy();
    layers.push(new FlatImage(scene, fine, fine.get(), grid));
  }
  const texture = renderToTexture(scene, grid, ratio, [...layers, ...objects], Phaser.Textures.FilterMode.NEAREST);
  for (const object of [...layers, ...objects]) object.destroy();
  fine?.destroy();
  return ownTexture(new FlatImage(scene, texture, texture.get(), grid), texture);
}

/** The texels of `texture`, RGBA, bottom row first (as WebGL reads them); null without WebGL. */
export function readTexels(scene: Phaser.Scene, texture: Phaser.Textures.DynamicTexture): Uint8Array | null {
  const renderer = scene.sys.renderer;
  const context = texture.drawingContext;
  if (!(renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer) || !context) return null;
  const { width, height } = texture;
  const pixels = new Uint8Array(width * height * 4);
  const gl = renderer.gl;
  // Bound through Phaser's record of the GL state, as its own snapshots do.
  renderer.glWrapper.updateBindingsFramebuffer({ bindings: { framebuffer: context.framebuffer } });
  gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
  return pixels;
}

const FLAT_FRAGMENT = [
  '#ifdef GL_FRAGMENT_PRECISION_HIGH',
  'precision highp float;',
  '#else',
  'precision mediump float;',
  '#endif',
  'uniform sampler2D uMainSampler;',
  'varying vec2 outTexCoord;',
  'void main ()',
  '{',
  '    gl_FragColor = texture2D(uMainSampler, outTexCoord);',
  '}',
].join('\n');

/**
 * A textured quad drawn with the plainest shader there is: one texture read. Phaser's sprite shader
 * does much more per pixel (tint modes, texture units, lighting), which dominates the frame on
 * software WebGL when the quad is large, as baked layers are. Shows `frame` of `texture` over `box`.
 */
export class FlatImage extends Phaser.GameObjects.Shader {
  constructor(scene: Phaser.Scene, texture: Phaser.Textures.Texture, frame: Phaser.Textures.Frame, box: Rect) {
    super(scene, { name: 'InterdellFlatImage', fragmentSource: FLAT_FRAGMENT }, box.x, box.y, box.width, box.height, [texture]);
    this.setOrigin(0, 0);
    this.setTextureCoordinatesFromFrame(frame);
    this.setupUniforms = (setUniform) => setUniform('uMainSampler', 0);
  }
}

const copyModes = new WeakMap<Phaser.Renderer.WebGL.WebGLRenderer, number>();

/**
 * A blend mode that writes the source over what is there (no blending): for an opaque picture
 * covering the screen it saves reading every pixel back. NORMAL where there is no WebGL.
 */
export function copyBlendMode(scene: Phaser.Scene): number {
  const renderer = scene.sys.renderer;
  if (!(renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer)) return Phaser.BlendModes.NORMAL;
  let mode = copyModes.get(renderer);
  if (mode === undefined) {
    const gl = renderer.gl;
    renderer.addBlendMode([gl.ONE, gl.ZERO], gl.FUNC_ADD);
    mode = renderer.blendModes.length - 1;
    copyModes.set(renderer, mode);
  }
  return mode;
}

type XY = { x0: number; y0: number; x1: number; y1: number };

/**
 * A Graphics that also records the bounds of every shape drawn on it (each fill or stroke), generous
 * by the line width and a pixel, never too small: so a bake knows where its picture has anything.
 */
export class TrackedGraphics extends Phaser.GameObjects.Graphics {
  private readonly closed: Rect[] = [];
  private open: XY | null = null;
  private pad = 0;

  /** Bounds of every shape drawn so far. */
  get parts(): Rect[] {
    this.close();
    return [...this.closed];
  }

  private close(): void {
    const open = this.open;
    if (open) this.closed.push({ x: open.x0, y: open.y0, width: open.x1 - open.x0, height: open.y1 - open.y0 });
    this.open = null;
  }

  private grow(x0: number, y0: number, x1: number, y1: number): void {
    const m = this.pad + 1;
    const o = (this.open ??= { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity });
    o.x0 = Math.min(o.x0, Math.min(x0, x1) - m);
    o.y0 = Math.min(o.y0, Math.min(y0, y1) - m);
    o.x1 = Math.max(o.x1, Math.max(x0, x1) + m);
    o.y1 = Math.max(o.y1, Math.max(y0, y1) + m);
  }

  /** Grows the open shape by a box, draws, and closes the shape. */
  private shape(x0: number, y0: number, x1: number, y1: number, draw: () => void): this {
    this.grow(x0, y0, x1, y1);
    draw();
    this.close();
    return this;
  }

  override lineStyle(lineWidth: number, color: number, alpha?: number): this {
    this.pad = lineWidth / 2;
    return super.lineStyle(lineWidth, color, alpha);
  }

  override moveTo(x: number, y: number): this {
    this.grow(x, y, x, y);
    return super.moveTo(x, y);
  }

  override lineTo(x: number, y: number): this {
    this.grow(x, y, x, y);
    return super.lineTo(x, y);
  }

  override fillPath(): this {
    super.fillPath();
    this.close();
    return this;
  }

  override strokePath(): this {
    super.strokePath();
    this.close();
    return this;
  }

  override lineBetween(x1: number, y1: number, x2: number, y2: number): this {
    return this.shape(x1, y1, x2, y2, () => super.lineBetween(x1, y1, x2, y2));
  }

  override fillRect(x: number, y: number, width: number, height: number): this {
    return this.shape(x, y, x + width, y + height, () => super.fillRect(x, y, width, height));
  }

  override strokeRect(x: number, y: number, width: number, height: number): this {
    return this.shape(x, y, x + width, y + height, () => super.strokeRect(x, y, width, height));
  }

  override fillTriangle(x0: number, y0: number, x1: number, y1: number, x2: number, y2: number): this {
    return this.shape(Math.min(x0, x1, x2), Math.min(y0, y1, y2), Math.max(x0, x1, x2), Math.max(y0, y1, y2), () => super.fillTriangle(x0, y0, x1, y1, x2, y2));
  }

  override strokeTriangle(x0: number, y0: number, x1: number, y1: number, x2: number, y2: number): this {
    return this.shape(Math.min(x0, x1, x2), Math.min(y0, y1, y2), Math.max(x0, x1, x2), Math.max(y0, y1, y2), () => super.strokeTriangle(x0, y0, x1, y1, x2, y2));
  }

  override fillEllipse(x: number, y: number, width: number, height: number, smoothness?: number): this {
    return this.shape(x - width / 2, y - height / 2, x + width / 2, y + height / 2, () => super.fillEllipse(x, y, width, height, smoothness));
  }

  override fillCircle(x: number, y: number, radius: number): this {
    return this.shape(x - radius, y - radius, x + radius, y + radius, () => super.fillCircle(x, y, radius));
  }

  override strokeCircle(x: number, y: number, radius: number): this {
    return this.shape(x - radius, y - radius, x + radius, y + radius, () => super.strokeCircle(x, y, radius));
  }

  override arc(x: number, y: number, radius: number, startAngle: number, endAngle: number, anticlockwise?: boolean, overshoot?: number): this {
    this.grow(x - radius, y - radius, x + radius, y + radius);
    return super.arc(x, y, radius, startAngle, endAngle, anticlockwise, overshoot);
  }

  override fillRoundedRect(x: number, y: number, width: number, height: number, radius?: Phaser.Types.GameObjects.Graphics.RoundedRectRadius | number): this {
    return this.shape(x, y, x + width, y + height, () => super.fillRoundedRect(x, y, width, height, radius));
  }

  override strokeRoundedRect(x: number, y: number, width: number, height: number, radius?: Phaser.Types.GameObjects.Graphics.RoundedRectRadius | number): this {
    return this.shape(x, y, x + width, y + height, () => super.strokeRoundedRect(x, y, width, height, radius));
  }
}
