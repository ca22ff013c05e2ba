// The room's debrief for the runs of one scenario: outcomes, final meters and the flow through the
// regions, each a chart with its numbers as a table, then where runs on one seed parted.
import { meterSummaries, outcomeDistribution } from '../../room/aggregate';
import { FLOW_PLACES, regionFlow } from '../../room/flow';
import type { RoomRun } from '../../room/room-run';
import { el } from '../../ui/dom';
import { percentShares } from '../../text/shares';
import { METER_NAMES, whole } from '../labels';
import { flowChart, meterChart, outcomeChart } from './charts';
import { chartBlock, dataTable, type ChartBlock } from './data-table';
import { divergenceBlock } from './divergence-view';
import { placeName } from './words';

function outcomesBlock(runs: readonly RoomRun[]): ChartBlock {
  const counts = outcomeDistribution(runs);
  const shares = percentShares(counts.map((c) => c.count), 0);
  const table = dataTable(
    'Outcomes, most frequent first',
    ['Outcome', 'Runs', 'Share'],
    counts.map((c, i) => [c.title, c.count, shares[i] as string]),
  );
  return chartBlock('room-outcomes', 'How the careers ended', (width) => outcomeChart(counts, runs.length, width), table);
}

function metersBlock(runs: readonly RoomRun[]): ChartBlock {
  const summaries = meterSummaries(runs);
  const table = dataTable(
    'Each meter at the end of the runs',
    ['Meter', 'Lowest', 'Lower quartile', 'Median', 'Upper quartile', 'Highest', 'Mean'],
    summaries.map((s) => [METER_NAMES[s.meter], ...[s.min, s.q1, s.median, s.q3, s.max, s.mean].map(whole)]),
  );
  const charts = (width: number): Element => {
    const stack = el('div', undefined, { class: 'room-meter-stack' });
    for (const summary of summaries) stack.append(meterChart(summary, runs, width));
    return stack;
  };
  return chartBlock('room-meters', 'Where the meters ended', charts, table, 'One dot per run, coloured by its outcome; the box spans the middle half of the room, its thick line is the median, the thin line runs from lowest to highest.');
}

function flowBlock(runs: readonly RoomRun[]): ChartBlock {
  const cells = regionFlow(runs);
  const years = [...new Set(cells.map((c) => c.year))];
  const table = dataTable(
    'Runs in each place at the end of each year',
    ['Year', ...FLOW_PLACES.map(placeName)],
    years.map((year) => [`Year ${year}`, ...FLOW_PLACES.map((p) => cells.find((c) => c.year === year && c.place === p)?.count ?? 0)]),
  );
  return chartBlock('room-flow', 'Where the room stood, year by year', (width) => flowChart(cells, width), table);
}

/**
 * Draws the debrief of `runs` (all of one scenario) into `into`, and returns what redraws its charts at a
 * new width; `seed` (from a host's link, or chosen before) is the seed shown first where runs parted,
 * and `meter` the meter.
 */
export function renderDebrief(into: HTMLElement, runs: readonly RoomRun[], announce: (text: string) => void, seed: string | null, meter: string | null): () => void {
  const blocks = [outcomesBlock(runs), metersBlock(runs), flowBlock(runs)];
  const grid = el('div', undefined, { class: 'room-grid' });
  grid.append(...blocks.map((b) => b.block));
  const divergence = divergenceBlock(runs, announce, seed, meter);
  into.replaceChildren(grid, divergence.block);
  const draw = (): void => {
    for (const b of blocks) b.draw();
    divergence.draw();
  };
  draw();
  return draw;
}
