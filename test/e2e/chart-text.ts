// What the browser tests check in every chart the facilitator views draw: no two of its texts overlap
// (an axis title on a tick label, a tick label on its neighbour), and none runs over the chart's edge
// (a name at a line's end, cut off by the page).

/**
 * Run in the page: each pair of overlapping texts in the SVG charts under `selector`, as
 * "“title” on “tick”", and each text over its chart's left or right edge, as "“name” over the edge".
 * Self-contained (no helpers), as page.evaluate sends it to the page as source.
 */
export function misplacedTexts(selector: string): string[] {
  const found: string[] = [];
  for (const svg of document.querySelectorAll(`${selector} svg`)) {
    const texts = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '');
    const boxes = texts.map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
    const edges = svg.getBoundingClientRect();
    for (const { text, box } of boxes) if (box.left < edges.left - 0.5 || box.right > edges.right + 0.5) found.push(`“${text}” over the edge`);
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        if (a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom) found.push(`“${a.text}” on “${b.text}”`);
      }
    });
  }
  return found;
}
