// What every screen scene is told when the game is made.
export interface SceneOptions {
  /** The player asked for less motion: animations become instant and the map holds still. */
  readonly reducedMotion: boolean;
}
