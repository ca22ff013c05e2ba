// What the browser tests check in every chart the facilitator views draw: no two of its texts overlap
// (an axis title on a tick label, a tick label on its neighbour).

/**
 * Run in the page: each pair of overlapping texts in the SVG charts under `selector`, as
 * "“title” on “tick”". Self-contained (no helpers), as page.evaluate sends it to the page as source.
 */
export function overlappingTexts(selector: string): string[] {
  const found: string[] = [];
  for (const svg of document.querySelectorAll(`${selector} svg`)) {
    const texts = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '');
    const boxes = texts.map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        if (a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom) found.push(`“${a.text}” on “${b.text}”`);
      }
    });
  }
  return found;
}
