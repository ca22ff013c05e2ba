// The text beside every chart: a table with the chart's numbers, folded under the chart, and the
// block that holds a heading, the chart and its table.
import { el } from '../../ui/dom';
import { whole } from '../labels';

/** A cell's text, or an element such as a link or a button. */
export type Cell = string | number | Node;

export function dataTable(caption: string, head: readonly string[], rows: readonly (readonly Cell[])[]): HTMLTableElement {
  const table = el('table', undefined, { class: 'room-table' });
  table.append(el('caption', caption));
  const headRow = el('tr');
  for (const h of head) headRow.append(el('th', h, { scope: 'col' }));
  const thead = el('thead');
  thead.append(headRow);
  const tbody = el('tbody');
  for (const row of rows) {
    const tr = el('tr');
    row.forEach((cell, i) => {
      const td = i === 0 ? el('th', undefined, { scope: 'row' }) : el('td', undefined, typeof cell === 'number' ? { class: 'num' } : {});
      td.append(typeof cell === 'number' ? whole(cell) : cell);
      tr.append(td);
    });
    tbody.append(tr);
  }
  table.append(thead, tbody);
  return table;
}

/** A table that scrolls sideways on a narrow screen, reachable by keyboard to scroll it. */
export function scrollable(table: HTMLTableElement, name: string): HTMLElement {
  const wrap = el('div', undefined, { class: 'room-scroll', role: 'region', 'aria-label': name, tabindex: '0' });
  wrap.append(table);
  return wrap;
}

export interface ChartBlock {
  readonly block: HTMLElement;
  /** Draws (or redraws) the chart at the width the block has now. */
  readonly draw: () => void;
}

/** A heading, a chart drawn at the block's width, and the same numbers as a table under a disclosure. */
export function chartBlock(id: string, title: string, chart: (width: number) => Element, table: HTMLTableElement, note?: string): ChartBlock {
  const block = el('section', undefined, { class: 'room-chart', id, 'aria-labelledby': `${id}-title` });
  block.append(el('h3', title, { id: `${id}-title` }));
  if (note !== undefined) block.append(el('p', note, { class: 'hint' }));
  const figure = el('figure', undefined, { class: 'room-figure' });
  const details = el('details', undefined, { class: 'room-numbers' });
  // The summary names its chart for a screen reader, which lists the page's several summaries apart from their headings.
  const summary = el('summary', 'The numbers as a table');
  summary.append(el('span', `: ${title}`, { class: 'visually-hidden' }));
  details.append(summary, scrollable(table, `${title}: table`));
  block.append(figure, details);
  const draw = (): void => {
    figure.replaceChildren(chart(Math.max(280, Math.floor(figure.clientWidth))));
  };
  return { block, draw };
}
