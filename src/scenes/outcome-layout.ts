// How the outcome screen shares its canvas between the map and the chart of the meters. Pure.

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The map's share of the outcome screen; the chart of the meters takes the rest. */
const OUTCOME_MAP_SHARE = 0.6;

/** The outcome screen: map and chart side by side on a wide canvas, map above chart on a tall one. */
export function outcomeBoxes(width: number, height: number): { map: Box; chart: Box } {
  const m = Math.max(6, Math.min(width, height) * 0.02);
  if (width >= height) {
    const split = Math.round(width * OUTCOME_MAP_SHARE);
    return { map: { x: 0, y: 0, width: split, height }, chart: { x: split + m, y: m, width: width - split - m * 2, height: height - m * 2 } };
  }
  const split = Math.round(height * OUTCOME_MAP_SHARE);
  return { map: { x: 0, y: 0, width, height: split }, chart: { x: m, y: split + m, width: width - m * 2, height: height - split - m * 2 } };
}
