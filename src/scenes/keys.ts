// Typed keys for everything Phaser stores by name: scenes and the textures Preload draws.

export enum SceneKey {
  Boot = 'boot',
  Preload = 'preload',
  Title = 'title',
  World = 'world',
  Outcome = 'outcome',
}

/** Textures drawn in code by the Preload scene; there are no image files to load. */
export enum TextureKey {
  /** A soft white disc fading to transparent: sunshine, halos, clouds. */
  Glow = 'glow',
  /** A small four-pointed white star: the sparkle of a promotion. */
  Spark = 'spark',
}
