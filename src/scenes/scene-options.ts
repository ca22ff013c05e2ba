// What every screen scene is told when the game is made.
import type { Backdrop } from './backdrop';

export interface SceneOptions {
  /** The player asked for less motion: animations become instant and the map holds still. */
  readonly reducedMotion: boolean;
  /** Where the baked map can be shown behind the canvas, so the canvas need not redraw it every frame. */
  readonly backdrop?: Backdrop;
  /** Chooses the move with this number, as its button in the panel would (a path clicked on the map). */
  readonly chooseMove?: (number: number) => void;
}
