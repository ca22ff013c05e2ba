// The picture behind the game canvas. The baked map never changes while it is on screen, yet WebGL
// would have to copy every one of its pixels into every frame, which on software WebGL costs more than
// everything else together. So once baked it is handed to the page as an image under the (transparent)
// canvas, and the canvas draws only what moves and what lies over it. The sunshine, which only breathes
// and lies right on the low ground, goes with it as a page layer animated by the browser. Paper shows
// where no map is.
import type { Point } from './layout';
import type { Rect } from './rects';

export interface BackdropGlow {
  /** Where the glow's ellipse is inscribed, in CSS pixels from the picture's top left. */
  readonly box: Rect;
  readonly colour: number;
  /** The glow's opacity at the start of a breath and at its turn. */
  readonly opacity: readonly [number, number];
  /** Milliseconds from one to the other (a sine ease in and out), and back. */
  readonly halfPeriod: number;
  /** How many milliseconds into its breathing the glow is now (so it carries on where it was). */
  readonly elapsed: () => number;
}

/** An encoded image of `width` × `height` device pixels, at (x, y) device pixels from the picture's top left. */
export interface BackdropImage {
  readonly blob: Blob;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Layers, bottom to top: the base, a breathing glow over it, and what lies over the glow. */
export interface BackdropPicture {
  /** Device pixels per CSS pixel. */
  readonly ratio: number;
  /** Where the picture's top left goes, in CSS pixels from the canvas's top left; asked when it is ready. */
  readonly at: () => Point;
  readonly base: BackdropImage;
  readonly glow?: BackdropGlow | undefined;
  readonly overGlow?: BackdropImage | undefined;
}

export interface Backdrop {
  /**
   * Shows `picture` for `owner` once it is ready, then calls `onShown`; it replaces what any other
   * owner showed. Nothing happens if `owner` is released before the picture is ready.
   */
  show(owner: object, picture: BackdropPicture, onShown: () => void): void;
  /** Takes down what `owner` shows or is about to show. */
  release(owner: object): void;
}

/** The easing of the glow's breath: a close cubic match for Phaser's Sine.easeInOut. */
const SINE_IN_OUT = 'cubic-bezier(0.37, 0, 0.63, 1)';

export class PageBackdrop implements Backdrop {
  private readonly element: HTMLDivElement;
  private readonly wanted = new WeakSet<object>();
  private shown: { owner: object; layers: HTMLElement[]; urls: string[] } | null = null;

  /** Lays a paper-coloured layer under everything else in `parent` (before the canvas, which must be positioned). */
  constructor(parent: HTMLElement, paper: string) {
    this.element = document.createElement('div');
    this.element.setAttribute('aria-hidden', 'true');
    Object.assign(this.element.style, { position: 'absolute', left: '0', top: '0', right: '0', bottom: '0', overflow: 'hidden', background: paper, pointerEvents: 'none' });
    parent.prepend(this.element);
  }

  show(owner: object, picture: BackdropPicture, onShown: () => void): void {
    this.wanted.add(owner);
    const images = [picture.base, picture.overGlow].filter((i): i is BackdropImage => i !== undefined);
    const urls = images.map((i) => URL.createObjectURL(i.blob));
    const elements = images.map((image, i) => {
      const img = new Image(image.width, image.height);
      img.alt = '';
      img.decoding = 'async';
      img.src = urls[i] as string;
      return img;
    });
    Promise.all(elements.map((img) => img.decode()))
      .then(() => {
        if (!this.wanted.has(owner)) throw new Error('released');
        const at = picture.at();
        const { ratio } = picture;
        images.forEach((image, i) => place(elements[i] as HTMLElement, { x: at.x + image.x / ratio, y: at.y + image.y / ratio, width: image.width / ratio, height: image.height / ratio }));
        const layers: HTMLElement[] = [elements[0] as HTMLElement];
        if (picture.glow) layers.push(glowLayer(picture.glow, at));
        if (elements[1]) layers.push(elements[1]);
        this.takeDown();
        this.element.append(...layers);
        this.shown = { owner, layers, urls };
        onShown();
      })
      .catch(() => urls.forEach((url) => URL.revokeObjectURL(url)));
  }

  release(owner: object): void {
    this.wanted.delete(owner);
    if (this.shown?.owner === owner) this.takeDown();
  }

  private takeDown(): void {
    if (!this.shown) return;
    for (const layer of this.shown.layers) layer.remove();
    for (const url of this.shown.urls) URL.revokeObjectURL(url);
    this.shown = null;
  }
}

function place(element: HTMLElement, box: Rect): void {
  Object.assign(element.style, { position: 'absolute', display: 'block', left: `${box.x}px`, top: `${box.y}px`, width: `${box.width}px`, height: `${box.height}px` });
}

/** The glow: the colour fading from full at the centre to 0.6 at 45% of the way to clear at the rim. */
function glowLayer(glow: BackdropGlow, at: Point): HTMLElement {
  const layer = document.createElement('div');
  place(layer, { x: at.x + glow.box.x, y: at.y + glow.box.y, width: glow.box.width, height: glow.box.height });
  const rgb = `${(glow.colour >> 16) & 0xff}, ${(glow.colour >> 8) & 0xff}, ${glow.colour & 0xff}`;
  layer.style.background = `radial-gradient(closest-side, rgba(${rgb}, 1) 0%, rgba(${rgb}, 0.6) 45%, rgba(${rgb}, 0) 100%)`;
  const [from, to] = glow.opacity;
  layer.style.opacity = String(from);
  const breath = layer.animate([{ opacity: from }, { opacity: to }], { duration: glow.halfPeriod, iterations: Infinity, direction: 'alternate', easing: SINE_IN_OUT });
  breath.currentTime = glow.elapsed();
  return layer;
}
