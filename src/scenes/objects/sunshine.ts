// The sunshine over the valley of Interdell: a soft glow that breathes. It is drawn with a shader of
// its own that works the glow out per pixel (the same fall-off the Glow texture is painted with, see
// PreloadScene), which is cheaper than reading a stretched texture on software WebGL.
import Phaser from 'phaser';
import type { Rect } from '../rects';

const SUN_FRAGMENT = [
  '#ifdef GL_FRAGMENT_PRECISION_HIGH',
  'precision highp float;',
  '#else',
  'precision mediump float;',
  '#endif',
  'uniform vec4 uTint;',
  'varying vec2 outTexCoord;',
  'void main ()',
  '{',
  '    float r = length(outTexCoord * 2.0 - 1.0);',
  // White at the centre, 0.6 at 45% of the radius, clear at the rim: the Glow texture's stops.
  '    float glow = r < 0.45 ? 1.0 - r * (0.4 / 0.45) : max(0.0, 0.6 * (1.0 - r) / 0.55);',
  '    gl_FragColor = uTint * glow;',
  '}',
].join('\n');

export class Sunshine extends Phaser.GameObjects.Shader {
  /** Tweened: how strongly the glow shows. */
  opacity: number;

  constructor(scene: Phaser.Scene, box: Rect, tint: number, opacity: number) {
    super(scene, { name: 'InterdellSunshine', fragmentSource: SUN_FRAGMENT }, box.x, box.y, box.width, box.height);
    this.opacity = opacity;
    this.setOrigin(0, 0);
    this.setupUniforms = (setUniform) => {
      const a = this.opacity;
      setUniform('uTint', [(((tint >> 16) & 0xff) / 255) * a, (((tint >> 8) & 0xff) / 255) * a, ((tint & 0xff) / 255) * a, a]);
    };
  }
}
