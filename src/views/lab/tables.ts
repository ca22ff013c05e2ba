// The lab's numbers as tables: the accessible alternative to the charts, and what a facilitator
// reads out. Meter percentiles are rounded as `npm run sim` prints them.
import type { CompiledScenario } from '../../engine/compile';
import { METERS, type MeterId } from '../../engine/ids';
import { PERCENTILES, type StrategySummary } from '../../lab/tally';
import { el } from '../../ui/dom';
import { percentShares } from '../../text/shares';
import { METER_NAMES, OUTCOME_ORDER, outcomeTitle, STRATEGY_NAMES, whole } from '../labels';

/** Tables made so far, numbering each table's title id. */
let tables = 0;

/**
 * A table under a title, with a header row; the first `textColumns` columns hold text (the first heads
 * its row), the rest numbers. The table scrolls sideways on its own when it is wider than the page.
 */
export function dataTable(
  title: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  attributes: Record<string, string> = {},
  textColumns = 1,
): HTMLElement {
  const id = `lab-table-${++tables}`;
  const table = el('table', undefined, { ...attributes, 'aria-labelledby': id, class: 'row-names-stay' });
  const head = el('tr');
  header.forEach((text, i) => head.append(el('th', text, { scope: 'col', class: i < textColumns ? 'text' : 'number' })));
  table.append(el('thead'), el('tbody'));
  table.tHead?.append(head);
  for (const row of rows) {
    const tr = el('tr');
    row.forEach((text, i) => tr.append(el(i === 0 ? 'th' : 'td', text, i === 0 ? { scope: 'row', class: 'text' } : { class: i < textColumns ? 'text' : 'number' })));
    table.tBodies[0]?.append(tr);
  }
  // Focusable, so a keyboard can scroll a table wider than a phone.
  const scroller = el('div', undefined, { class: 'lab-table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': id });
  scroller.append(table);
  const wrap = el('div', undefined, { class: 'lab-table' });
  wrap.append(el('p', title, { class: 'lab-table-title', id }), scroller);
  return wrap;
}

export function outcomeTable(content: CompiledScenario, summaries: readonly StrategySummary[]): HTMLElement {
  const outcomes = OUTCOME_ORDER.filter((o) => summaries.some((s) => s.outcomes.some((c) => c.outcome === o)));
  const columns = summaries.map((s) => {
    const counts = outcomes.map((outcome) => s.outcomes.find((c) => c.outcome === outcome)?.count ?? 0);
    const shares = percentShares(counts, 1);
    return counts.map((count, i) => `${shares[i] as string} (${whole(count)})`);
  });
  const rows = outcomes.map((outcome, row) => [outcomeTitle(content, outcome), ...columns.map((column) => column[row] as string)]);
  const header = ['Outcome', ...summaries.map((s) => STRATEGY_NAMES[s.strategy])];
  return dataTable('How the careers ended: share of each strategy’s careers (count)', header, rows, { 'data-table': 'outcomes' });
}

export function meterTable(meter: MeterId, summaries: readonly StrategySummary[]): HTMLElement {
  const rows = summaries.map((s) => [STRATEGY_NAMES[s.strategy], ...PERCENTILES.map((p) => whole(s.meters[meter].percentiles[p]))]);
  return dataTable(`${METER_NAMES[meter]} at the end: percentiles of each strategy’s careers`, ['Strategy', ...PERCENTILES.map((p) => `p${p}`)], rows, { 'data-table': meter });
}

export function meterTables(summaries: readonly StrategySummary[]): HTMLElement[] {
  return METERS.map((meter) => meterTable(meter, summaries));
}
