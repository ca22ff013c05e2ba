// Names at the ends of a chart's lines are cut short by Plot from its own estimate of their width, which
// a wide font (Debian's DejaVu Sans, a bold name, a name of '<' and '=') can outrun. Once the chart is
// on the page, a name that still runs over the chart's right edge is cut to fit, with an ellipsis, its
// full name kept as the tooltip Plot gives every name it cuts.

/** The class of the text marks whose names are fitted (see fitLabels). */
export const FITTED = 'fitted-label';

const ELLIPSIS = '…';

export function fitLabels(chart: Element): void {
  const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector('svg');
  if (svg === null) return;
  const box = svg.getBoundingClientRect();
  const edge = box.right;
  const scale = box.width / (svg.width.baseVal.value || box.width);
  for (const text of svg.querySelectorAll<SVGTextElement>(`.${FITTED} text`)) {
    const shown = text.firstChild;
    const drawn = text.getBoundingClientRect();
    if (!(shown instanceof Text) || drawn.right <= edge) continue;
    if (text.querySelector('title') === null) {
      const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
      title.textContent = shown.data;
      text.append(title);
    }
    const base = shown.data.endsWith(ELLIPSIS) ? shown.data.slice(0, -ELLIPSIS.length) : shown.data;
    shown.data = `${base}${ELLIPSIS}`;
    // Measured in place, without laying the page out again for each length tried, in the chart's own
    // units: the page may draw the chart larger or smaller than it was made (zoomed on a projector). A
    // name starts where it did, however it ends.
    const room = (edge - drawn.left) / scale;
    const ellipsis = text.getComputedTextLength() - text.getSubStringLength(0, base.length);
    let keep = base.length;
    while (keep > 1 && text.getSubStringLength(0, keep) + ellipsis > room) keep--;
    // Never half of a character written with two UTF-16 units.
    if (keep < base.length && /[\uD800-\uDBFF]/.test(base.charAt(keep - 1))) keep--;
    shown.data = `${base.slice(0, keep)}${ELLIPSIS}`;
  }
}
