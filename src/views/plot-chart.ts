// Charts drawn with Observable Plot, shown to assistive technology as one named image: Plot labels
// its inner groups ("bar", "tick", "rule"), which screen readers would read as noise, and the numbers
// themselves are in the table every chart comes with.
import * as Plot from '@observablehq/plot';

export function plotChart(options: Plot.PlotOptions): SVGSVGElement | HTMLElement {
  const chart = Plot.plot(options);
  // With a legend, Plot wraps the chart in a figure: the chart is its own svg, the swatches sit deeper.
  const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector(':scope > svg');
  svg?.setAttribute('role', 'img');
  for (const part of chart.querySelectorAll('svg [aria-label], svg [aria-description]')) {
    part.removeAttribute('aria-label');
    part.removeAttribute('aria-description');
  }
  return chart;
}
