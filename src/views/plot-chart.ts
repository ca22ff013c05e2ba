// Charts drawn with Observable Plot, shown to assistive technology as one named image: Plot labels
// its inner groups ("bar", "tick", "rule"), which screen readers would read as noise, and the numbers
// themselves are in the table every chart comes with.
import * as Plot from '@observablehq/plot';

export function plotChart(options: Plot.PlotOptions): SVGSVGElement | HTMLElement {
  const chart = Plot.plot(options);
  // With a legend, Plot wraps the chart in a figure: the chart is its own svg, the swatches sit deeper.
  const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector(':scope > svg');
  svg?.setAttribute('role', 'img');
  // A legend's swatches are unnamed pictures beside their names: the names alone say it.
  for (const swatch of chart.querySelectorAll('svg')) if (swatch !== svg) swatch.setAttribute('aria-hidden', 'true');
  for (const part of chart.querySelectorAll('svg [aria-label], svg [aria-description]')) {
    part.removeAttribute('aria-label');
    part.removeAttribute('aria-description');
  }
  return chart;
}

/** Plot's tick length and the gap between a tick and its label, in pixels. */
const TICK = 6 + 3;
/** Space kept between an axis title and the tick labels next to it, in pixels. */
const GAP = 4;

export interface AxisTitleMargins {
  readonly marginTop: number;
  readonly marginBottom: number;
}

/**
 * Margins that give each axis title a line of its own at `fontSize` pixels, whatever the width:
 * Plot writes an x title at the foot of the bottom margin and a y title at the head of the top one,
 * so the bottom margin holds the tick labels and then the title, and the top margin holds the
 * title and then the upper half of the top tick label, with a gap between them.
 */
export function axisTitleMargins(fontSize: number): AxisTitleMargins {
  return { marginTop: 3 + fontSize + GAP + Math.ceil(fontSize / 2), marginBottom: TICK + fontSize + GAP + fontSize + 3 };
}
