// The runs in the room as a table: label, scenario, seed, outcome and final meters, a link that
// replays the run in the game, and buttons that rename the run (in place, in its row) or remove it.
import type { RoomRun } from '../../room/room-run';
import { button, el } from '../../ui/dom';
import { dataTable, scrollable } from './data-table';
import { shownLabel } from './words';

export interface RunActions {
  readonly replayUrl: (code: string, who: string) => string;
  /** Gives `run` the name typed; why not, when it cannot have it (null when renamed). */
  readonly rename: (run: RoomRun, typed: string) => string | null;
  /** A rename given up (Esc or Cancel): the name stays. */
  readonly renameCancelled: () => void;
  readonly remove: (run: RoomRun) => void;
}

/** A row's buttons, by their class: a redrawn table's buttons are new ones, found by the row they are in. */
export type RowButton = 'room-rename' | 'room-remove';

/** Focuses the button of kind `which` in row `index` (from 0) of the runs table in `scope`. */
export function focusInRow(scope: HTMLElement, index: number, which: RowButton): void {
  scope.querySelectorAll('tbody tr')[index]?.querySelector<HTMLButtonElement>(`button.${which}`)?.focus();
}

/** The row and kind of the runs table's button that has the focus, if one has. */
export function focusedInRow(scope: HTMLElement): { readonly index: number; readonly which: RowButton } | null {
  const focused = document.activeElement;
  const row = focused?.closest('tbody tr');
  if (!(focused instanceof HTMLButtonElement) || row == null || !scope.contains(row)) return null;
  const which: RowButton = focused.classList.contains('room-remove') ? 'room-remove' : 'room-rename';
  return { index: Array.from(row.parentElement?.children ?? []).indexOf(row), which };
}

/** Says which run was just removed, with the button that puts it back. */
export function undoBar(run: RoomRun, undo: () => void): HTMLElement {
  const bar = el('p', `Removed ${shownLabel(run)}. `, { class: 'room-undo' });
  bar.append(button('Undo', undo, { id: 'room-undo', 'aria-label': `Undo removing ${shownLabel(run)}` }));
  return bar;
}

/** Turns the name cell into a small form for the new name; Esc or Cancel puts the name back. */
function editName(cell: HTMLElement, run: RoomRun, actions: RunActions, renameButton: HTMLButtonElement): void {
  // Rename pressed again while its form is open goes back to the form.
  const open = cell.querySelector('input');
  if (open !== null) return open.focus();
  const id = `room-rename-${Array.from(cell.closest('tbody')?.rows ?? []).indexOf(cell.closest('tr') as HTMLTableRowElement)}`;
  const form = el('form', undefined, { class: 'room-rename-form' });
  const input = el('input', undefined, { id, type: 'text', value: run.label, autocomplete: 'off', spellcheck: 'false', maxlength: '200' });
  const problem = el('p', '', { class: 'room-rename-problem', id: `${id}-problem`, role: 'alert' });
  const shown = Array.from(cell.childNodes);
  const cancel = (): void => {
    cell.replaceChildren(...shown);
    renameButton.focus();
    actions.renameCancelled();
  };
  form.append(el('label', `New name for ${shownLabel(run)}`, { for: id, class: 'visually-hidden' }), input, el('button', 'Save name', { type: 'submit' }), button('Cancel', cancel), problem);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const why = actions.rename(run, input.value);
    if (why === null) return;
    problem.textContent = `This name cannot be used: ${why}.`;
    input.setAttribute('aria-describedby', problem.id);
    input.focus();
    // On the last row the message may open below the screen's edge.
    problem.scrollIntoView({ block: 'nearest' });
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    cancel();
  });
  cell.replaceChildren(form);
  input.focus();
  input.select();
  form.scrollIntoView({ block: 'nearest' });
}

export function runsTable(runs: readonly RoomRun[], actions: RunActions): HTMLElement {
  const rows = runs.map((run) => {
    const name = el('span', shownLabel(run));
    const rename: HTMLButtonElement = button('Rename', () => editName(name.closest('th') as HTMLElement, run, actions, rename), {
      'aria-label': `Rename ${shownLabel(run)}`,
      class: 'room-rename',
    });
    return [
      name,
      run.scenarioName,
      run.seed,
      run.outcomeTitle,
      run.final.satisfaction,
      run.final.burnout,
      run.final.compensation,
      run.history.length,
      el('a', 'Replay', { href: actions.replayUrl(run.code, run.label), 'aria-label': `Replay ${shownLabel(run)}` }),
      rename,
      button('Remove', () => actions.remove(run), { 'aria-label': `Remove ${shownLabel(run)} from the room`, class: 'room-remove' }),
    ];
  });
  const head = ['Run', 'Scenario', 'Seed', 'Outcome', 'Satisfaction', 'Burnout', 'Pay ($k)', 'Half-years', 'Replay', 'Rename', 'Remove'];
  const table = dataTable(`Runs in the room (${runs.length})`, head, rows);
  table.classList.add('room-runs-table', 'room-wide', 'row-names-stay');
  return scrollable(table, 'Runs in the room');
}
