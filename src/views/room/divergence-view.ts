// Where runs on one seed parted: choose a seed the room shared, see each run's meter against the
// room's most common path, the points where the room split, and each run's departure as a table.
import { METERS, type MeterId } from '../../engine';
import { divergence, seedGroups, SOON_AFTER, type Divergence, type Split } from '../../room/divergence';
import type { RoomRun } from '../../room/room-run';
import { el } from '../../ui/dom';
import { asSentence } from '../../text/sentence';
import { halfYear } from '../../ui/words';
import { METER_NAMES } from '../labels';
import { divergenceChart } from './charts';
import { fitLabels } from './fit-labels';
import { dataTable, scrollable, type ChartBlock } from './data-table';
import { meterDeltas, meterValues, shownLabel } from './words';

/** How many splits the printed page has room for (room.css hides the rest in print). */
const PRINTED_SPLITS = 4;
/** Up to how many runs a split names on the room's path (more would crowd the line). */
const NAMED_ON_PATH = 3;

/** Who a split concerns: all the seed's runs, or those that the earlier choices on their way set apart. */
function splitRuns(split: Split): string {
  if (split.after.length === 0) return `the ${split.runs} runs`;
  const choices = split.after.map((a) => `${a.text} in ${halfYear(a.turn).toLowerCase()}`);
  return `the ${split.runs} runs that had chosen ${choices.join(', then ')},`;
}

/** A split as a list item: when, which runs and how many ways, then each choice with how many made it, who, and where they ended. */
function splitItem(split: Split, path: RoomRun): HTMLLIElement {
  const item = el('li', `${halfYear(split.turn)}, ${split.kind === 'move' ? 'the move' : 'the event'}: ${splitRuns(split)} split ${split.branches.length} ways.`);
  const branches = el('ul');
  for (const b of split.branches) {
    // The runs that left the room's path are named, and the path's too when they are few.
    const names = b.runs.map(shownLabel).join(', ');
    const who = !b.runs.includes(path) ? `: ${asSentence(names)}` : b.runs.length <= NAMED_ON_PATH ? `: ${names}, the room's path.` : ", the room's path.";
    const chose = `${b.runs.length} chose ${b.text}${who}`;
    const end = `${b.runs.length === 1 ? 'It ended at' : 'They ended on average at'} ${meterValues(b.meanFinal)}.`;
    // Where they ended is left off the printed page (room.css), which has room for the choices alone.
    const branch = el('li', `${chose} `);
    branch.append(el('span', end, { class: 'room-split-end' }));
    branches.append(branch);
  }
  item.append(branches);
  return item;
}

/** A select with its label before it, kept together on one line when the controls wrap. */
function labelled(label: string, select: HTMLSelectElement): HTMLElement {
  const pair = el('div', undefined, { class: 'room-control' });
  pair.append(el('label', label, { for: select.id }), select);
  return pair;
}

function departuresTable(result: Divergence): HTMLTableElement {
  const rows = result.departures.map((d) => [
    d.run === result.reference ? `${shownLabel(d.run)} (the room's path)` : shownLabel(d.run),
    d.turn === null ? 'never' : `${halfYear(d.turn)} (${d.kind === 'move' ? 'move' : 'event'})`,
    d.chose || '—',
    d.roomChose || '—',
    d.soon === null ? '—' : `${halfYear(d.soon.turn)}: ${meterDeltas(d.soon.delta)}`,
    d.turn === null ? '—' : meterDeltas(d.atEnd),
  ]);
  const table = dataTable(
    `Each run on seed ${result.group.seed} against the room's most common path`,
    ['Run', 'Left the path', 'It chose', 'The path chose', `${SOON_AFTER} half-years later`, 'At the end'],
    rows,
  );
  table.classList.add('room-wide');
  return table;
}

/** `seed` and `meter` are shown first, when the runs have that seed and the meter is one. */
export function divergenceBlock(runs: readonly RoomRun[], announce: (text: string) => void, seed: string | null, meter: string | null): ChartBlock {
  const block = el('section', undefined, { class: 'room-chart room-divergence', id: 'room-divergence', 'aria-labelledby': 'room-divergence-title' });
  block.append(el('h3', 'Where runs on one seed parted', { id: 'room-divergence-title' }));
  const groups = seedGroups(runs);
  if (groups.length === 0) {
    block.append(el('p', 'No two runs here share a seed yet. When several people play one seed, this shows where their choices parted and what that did to their meters.'));
    return { block, draw: () => undefined };
  }
  block.append(
    el('p', "Runs on one seed meet the same events until someone chooses differently. The thick line is the room's most common path (where choices tie, it follows the run added to the room first); each dot marks the half-year a run left it.", { class: 'hint' }),
  );
  const controls = el('div', undefined, { class: 'room-controls' });
  const seedSelect = el('select', undefined, { id: 'room-seed' });
  for (const g of groups) seedSelect.append(el('option', `${g.seed} (${g.runs.length} runs)`, { value: g.seed }));
  const groupShown = (): (typeof groups)[number] => groups.find((g) => g.seed === seedSelect.value) ?? (groups[0] as (typeof groups)[number]);
  if (seed !== null && groups.some((g) => g.seed === seed)) seedSelect.value = seed;
  const meterSelect = el('select', undefined, { id: 'room-divergence-meter' });
  for (const m of METERS) meterSelect.append(el('option', METER_NAMES[m], { value: m }));
  if (meter !== null && (METERS as readonly string[]).includes(meter)) meterSelect.value = meter;
  controls.append(labelled('Seed', seedSelect), labelled('Meter', meterSelect));
  const figure = el('figure', undefined, { class: 'room-figure' });
  const content = el('div');
  block.append(controls, figure, content);

  let result = divergence(groupShown());
  const draw = (): void => {
    const meter = meterSelect.value as MeterId;
    // The caption names what the controls chose, which the printed page does not show.
    const caption = el('figcaption', `Seed “${result.group.seed}”, ${result.group.runs.length} runs: ${METER_NAMES[meter]}, year by year.`, { class: 'room-figure-caption' });
    const chart = divergenceChart(result, meter, Math.max(280, Math.floor(figure.clientWidth)));
    figure.replaceChildren(chart, caption);
    fitLabels(chart);
  };
  const show = (): void => {
    result = divergence(groupShown());
    const splits = el('ol', undefined, { class: 'room-splits' });
    for (const split of result.splits) splits.append(splitItem(split, result.reference));
    content.replaceChildren(
      el('h4', 'Where the room split'),
      result.splits.length > 0 ? splits : el('p', 'Every run on this seed made the same choices.'),
      ...(result.splits.length > PRINTED_SPLITS ? [el('p', `The printed summary lists the first ${PRINTED_SPLITS} of these ${result.splits.length} splits.`, { class: 'room-print-only' })] : []),
      el('h4', "Each run against the room's path"),
      scrollable(departuresTable(result), `Each run on seed ${result.group.seed} against the room's path`),
    );
    if (block.isConnected) draw();
  };
  seedSelect.addEventListener('change', () => {
    show();
    announce(`Showing seed ${result.group.seed}: ${result.group.runs.length} runs, ${result.splits.length} points where they parted.`);
  });
  meterSelect.addEventListener('change', () => {
    draw();
    announce(`The chart of seed ${result.group.seed} now shows ${METER_NAMES[meterSelect.value as MeterId]}, year by year.`);
  });
  show();
  return { block, draw };
}
