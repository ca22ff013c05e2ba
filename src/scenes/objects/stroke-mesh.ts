// Lines that move (marching dashes, flowing currents) as one mesh each: the same quads Graphics would
// stroke, but built in plain arrays and drawn as textured triangles, so no Graphics is re-tessellated
// per frame. A soft-edged texture gives the edges the smoothness multisampling used to.
import Phaser from 'phaser';
import type { Point } from '../layout';
import { pixelRatio } from '../screen';
import { softLineAlpha, strokeGeometry, type StrokeStyle } from '../stroke-geometry';
import { ownTexture, uniqueKey } from './bake';

/** Texels along the line in the soft-line texture: odd, so u = 0.5 falls on a texel centre (fully opaque). */
const ALONG_TEXELS = 17;
/** Texels per device pixel across the line. */
const ACROSS_TEXELS_PER_PIXEL = 4;

/** The soft-line texture for a line `width` device pixels wide (see softLineAlpha). */
function softLineTexture(scene: Phaser.Scene, width: number): Phaser.Textures.CanvasTexture {
  const rows = Math.max(3, Math.ceil((width + 1) * ACROSS_TEXELS_PER_PIXEL)) | 1;
  const texture = scene.textures.createCanvas(uniqueKey('line'), ALONG_TEXELS, rows);
  if (!texture) throw new Error('could not make a line texture');
  const alpha = softLineAlpha(width, ALONG_TEXELS, rows);
  const context = texture.getContext();
  const image = context.createImageData(ALONG_TEXELS, rows);
  alpha.forEach((a, i) => image.data.set([255, 255, 255, Math.round(a * 255)], i * 4));
  context.putImageData(image, 0, 0);
  texture.refresh();
  return texture;
}

/** One colour of line, stroked along any number of polylines; change them with setPaths. */
export class StrokeMesh extends Phaser.GameObjects.Mesh2D {
  /** The line's colour: Mesh2D multiplies its (white) texture by it, though Phaser's typings omit it. */
  declare tint: number;
  private readonly style: StrokeStyle;

  constructor(scene: Phaser.Scene, lineWidth: number, colour: number, alpha: number) {
    const ratio = pixelRatio(scene);
    const texture = softLineTexture(scene, lineWidth * ratio);
    super(scene, 0, 0, texture, [], []);
    ownTexture(this, texture);
    this.style = { lineWidth, feather: 0.5 / ratio, detail: 1 / ratio };
    this.tint = colour;
    this.setRenderAsTriangles(true).setAlpha(alpha);
  }

  setPaths(paths: readonly (readonly Point[])[]): this {
    const { vertices, indices } = strokeGeometry(paths, this.style);
    this.vertices = vertices;
    this.indices = indices;
    return this;
  }
}
