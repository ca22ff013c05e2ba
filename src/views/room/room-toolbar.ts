// The room's toolbar: the runs downloaded as CSV or as a saved room (JSON), the one-page summary
// printed, and the room cleared after a question, whose answers both say what they answer.
import { roomCsv } from '../../room/export-csv';
import type { RoomRun } from '../../room/room-run';
import { savedRoomOf } from '../../room/saved-room';
import { counted } from '../../text/counted';
import { button, el } from '../../ui/dom';
import type { ViewEnv } from '../view-env';

export interface ToolbarActions {
  readonly download: ViewEnv['download'];
  /** Empties the room (after the facilitator said yes). */
  readonly clear: () => void;
}

function clearControls(runs: readonly RoomRun[], clear: () => void): HTMLElement {
  const box = el('div', undefined, { class: 'room-clear' });
  const ask = button('Clear the room…', () => {
    const confirm = button(`Remove all ${counted(runs.length, 'run')}`, clear);
    const keep = button('Keep them', () => {
      box.replaceChildren(ask);
      ask.focus();
    });
    // Both answers are described by the question, so a screen reader says it with the focused one.
    box.replaceChildren(el('span', 'Remove every run from this room? ', { class: 'room-confirm', id: 'room-clear-question' }), confirm, keep);
    for (const answer of [confirm, keep]) answer.setAttribute('aria-describedby', 'room-clear-question');
    keep.focus();
  });
  box.append(ask);
  return box;
}

/** Fills `toolbar` with the actions on `runs`; hidden while the room is empty. */
export function fillToolbar(toolbar: HTMLElement, runs: readonly RoomRun[], { download, clear }: ToolbarActions): void {
  toolbar.hidden = runs.length === 0;
  toolbar.replaceChildren(
    button('Download CSV', () => download('interdell-room.csv', new Blob([roomCsv(runs)], { type: 'text/csv' }))),
    button('Download saved room (JSON)', () => download('interdell-room.json', new Blob([JSON.stringify(savedRoomOf(runs), null, 2)], { type: 'application/json' }))),
    button('Print summary', () => window.print()),
    clearControls(runs, clear),
  );
}
