// The map's colours. Hues that carry meaning come from the Okabe–Ito palette, which stays
// distinguishable for the common kinds of colour blindness; every meaning also has a shape or a label.

/** Okabe–Ito, as Phaser colour numbers. */
export const OKABE_ITO = {
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  bluishGreen: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  reddishPurple: 0xcc79a7,
} as const;

export const INK = 0x1f2a30;
export const PAPER = 0xf7f3e8;
export const WHITE = 0xffffff;

export const LAND = {
  meadow: 0xc5dd96,
  meadowShade: 0xa9cc7f,
  sun: 0xfff1a8,
  tree: 0x2f7552,
  treeLight: 0x4f9a63,
  river: OKABE_ITO.skyBlue,
  sand: 0xeedca6,
  sandShade: 0xd9c088,
  wall: 0xfff8ec,
  roof: OKABE_ITO.vermillion,
  timber: 0x7a5632,
} as const;

/** Each range has its own hue and its own silhouette (sharp spires north, terraced mesas south). */
export const RANGE_COLOURS = {
  'frontend-range': { light: 0xecc5dc, mid: 0xcf8fb6, shadow: 0x98577f, foothill: 0xd9b3c9 },
  'backend-range': { light: 0xf7d98f, mid: 0xe0a431, shadow: 0xa5730d, foothill: 0xe5c88a },
} as const;

export const SNOW = 0xfdfcf7;

export const SEA = {
  deep: 0x3d88c2,
  open: 0x5a9fd1,
  shallow: 0x9dcfea,
  foam: 0xeaf6ff,
} as const;

/** The run's meters in the outcome chart, coloured as in the DOM's meters; dash and marker differ too. */
export const METER_STYLE = {
  satisfaction: { colour: OKABE_ITO.blue, dash: [] as readonly number[], marker: 'circle' },
  burnout: { colour: OKABE_ITO.vermillion, dash: [8, 5] as readonly number[], marker: 'square' },
  compensation: { colour: OKABE_ITO.bluishGreen, dash: [2.5, 3.5] as readonly number[], marker: 'triangle' },
} as const;

/** Hex string for Phaser Text styles, which take CSS colours. */
export function css(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}
