// The runs in the room as a table: label, scenario, seed, outcome and final meters, a link that
// replays the run in the game, and a button that removes it from the room.
import type { RoomRun } from '../../room/room-run';
import { button, el } from '../../ui/dom';
import { dataTable, scrollable } from './data-table';
import { shownLabel } from './words';

export function runsTable(runs: readonly RoomRun[], replayUrl: (code: string, who: string) => string, remove: (run: RoomRun) => void): HTMLElement {
  const rows = runs.map((run) => [
    shownLabel(run),
    run.scenarioName,
    run.seed,
    run.outcomeTitle,
    run.final.satisfaction,
    run.final.burnout,
    run.final.compensation,
    run.history.length,
    el('a', 'Replay', { href: replayUrl(run.code, run.label), 'aria-label': `Replay ${shownLabel(run)}` }),
    button('Remove', () => remove(run), { 'aria-label': `Remove ${shownLabel(run)} from the room`, class: 'room-remove' }),
  ]);
  const head = ['Run', 'Scenario', 'Seed', 'Outcome', 'Satisfaction', 'Burnout', 'Pay ($k)', 'Half-years', 'Replay', 'Remove'];
  const table = dataTable(`Runs in the room (${runs.length})`, head, rows);
  table.classList.add('room-runs-table', 'room-wide');
  return scrollable(table, 'Runs in the room');
}
