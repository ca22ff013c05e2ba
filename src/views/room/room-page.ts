// The room (?view=room): a facilitator collects the run codes of a session and shows the room's
// debrief on a projector. The room is kept in the browser; every import says what it could not use.
import { problemText, type Problem } from '../../room/candidate';
import { restoreDraft, restoreRoom, ROOM_KEY, storeDraft, storeRoom } from '../../room/persist';
import { usableLinkSeed } from '../../session/link-seed';
import { EMPTY_ROOM, renamed, withAddedBack, withoutRun, withRunAt, type LeftOut, type Room } from '../../room/room';
import type { RoomRun } from '../../room/room-run';
import { counted } from '../../text/counted';
import { listed } from '../../text/listed';
import { asSentence } from '../../text/sentence';
import { button, el } from '../../ui/dom';
import { viewFrame } from '../view-frame';
import type { ViewEnv } from '../view-env';
import { debriefSection } from './debrief-section';
import { importForm, type Source } from './import-form';
import { importSources } from './import-sources';
import { keepPlace } from './keep-place';
import { fillToolbar } from './room-toolbar';
import { focusedInRow, focusInRow, runsTable, undoBar } from './runs-table';
import { alreadyInWords, leftOutWords, numberedWords, otherSeedWords, shownLabel } from './words';

import './room.css';

export function mountRoomPage(root: HTMLElement, env: ViewEnv): void {
  const body = viewFrame(root, 'The room', env);
  body.classList.add('room-page');
  const restored = restoreRoom(env.store, env.scenarios);
  let room: Room = restored.room;
  // A host's link names the session's seed and scenario: the room opens on them.
  const asked = new URLSearchParams(env.search);
  const sessionSeed = usableLinkSeed(env.search);
  /** The run removed last, and where it stood, while its removal can be undone (until the room changes otherwise). */
  let removed: { readonly run: RoomRun; readonly at: number } | null = null;
  /** Whether another tab changed the room while a name was being typed here (taken up when the form closes). */
  let behindAnotherTab = false;

  const problems = el('section', undefined, { id: 'room-problems', class: 'problems', 'aria-labelledby': 'room-problems-title', hidden: '' });
  const toolbar = el('div', undefined, { class: 'room-actions', role: 'group', 'aria-label': 'The room' });
  const runsSection = el('section', undefined, { id: 'room-runs', 'aria-labelledby': 'room-runs-title' });
  const debrief = debriefSection(env, sessionSeed, asked.get('scenario'));

  const showProblems = (title: string, list: readonly Problem[], actions: readonly HTMLElement[] = []): void => {
    problems.hidden = list.length === 0;
    const items = el('ul');
    for (const p of list) items.append(el('li', problemText(p)));
    problems.replaceChildren(el('h2', title, { id: 'room-problems-title' }), items, ...actions, button('Dismiss', () => (problems.hidden = true)));
  };

  const save = (): void => {
    const error = storeRoom(env.store, room);
    if (error !== null) showProblems('The room could not be saved', [{ where: null, message: error }]);
  };

  /** Adds what the text area (named '') and the files chosen at once hold, and reports them together. */
  const add = (sources: readonly Source[]): void => {
    removed = null;
    const { room: grown, added, problems: found, said, keep, described, alreadyIn, numbered, leftOut } = importSources(room, sources, env, form.leftover());
    room = grown;
    // A run of another seed is counted (a room may compare seeds), but a session's room says it is there.
    const strays = sessionSeed === null ? [] : added.filter((run) => run.seed !== sessionSeed);
    // What the import has to say below the form: each kind, counted in the heading, and its lines.
    const note = (message: string): Problem[] => [{ where: null, message }];
    const reported = [
      { count: found.length, what: `${counted(found.length, 'problem')} with ${described}`, lines: found },
      { count: strays.length, what: `${counted(strays.length, 'run')} of another seed`, lines: note(otherSeedWords(strays, sessionSeed ?? '')) },
      { count: alreadyIn.names.length, what: `${counted(alreadyIn.names.length, 'run')} already in the room`, lines: note(alreadyInWords(alreadyIn)) },
      { count: numbered.length, what: `${counted(numbered.length, 'run')} numbered apart`, lines: note(numberedWords(numbered)) },
      { count: leftOut.length, what: `${counted(leftOut.length, 'run')} removed earlier`, lines: note(leftOutWords(leftOut)) },
    ].filter((kind) => kind.count > 0);
    const heading = listed(reported.map((kind) => kind.what));
    const addBackButton = button(leftOut.length === 1 ? 'Add it back' : 'Add them back', () => addBack(leftOut), { 'data-action': 'add-back' });
    showProblems(heading, reported.flatMap((kind) => kind.lines), leftOut.length > 0 ? [addBackButton] : []);
    form.say(said.join(' '));
    // The text area first: what it kept shrinks to the lines refused before the room is written beside it.
    if (keep !== null) form.keep(keep);
    if (added.length > 0) save();
    render();
    const below = heading === '' ? '' : ` ${heading}, listed below the form.`;
    const runs = added.length > 0 || said.length === 0 ? ` Added ${counted(added.length, 'run')} from ${described}.` : '';
    env.announce(`${said.join(' ')}${runs}${below} The room holds ${counted(room.runs.length, 'run')}.`.trim());
  };

  /** Adds after all the runs an import left out as removed earlier, as the facilitator asked. */
  const addBack = (leftOut: readonly LeftOut[]): void => {
    removed = null;
    const result = withAddedBack(room, leftOut, env.scenarios);
    room = result.room;
    save();
    render();
    if (result.problems.length > 0) showProblems(`${counted(result.problems.length, 'problem')} adding them back`, result.problems);
    else problems.hidden = true;
    // The Add back button is gone with the report: the focus goes to the first run back in the table.
    const first = result.added[0];
    if (first !== undefined) focusInRow(runsSection, room.runs.indexOf(first), 'room-remove');
    const back = result.added.length > 0 ? `Added back ${listed(result.added.map((run) => shownLabel(run)))}.` : 'Nothing was added back: the runs are in the room already.';
    env.announce(`${back} The room holds ${counted(room.runs.length, 'run')}.`);
  };

  const form = importForm(add, { text: restoreDraft(env.store), keep: (text) => storeDraft(env.store, text) });

  // A removal is one press away, so it can be undone: the focus goes to the Undo button.
  const remove = (run: RoomRun): void => {
    removed = { run, at: room.runs.indexOf(run) };
    room = withoutRun(room, run);
    save();
    render();
    (document.getElementById('room-undo') as HTMLElement).focus();
    env.announce(`Removed ${shownLabel(run)}. The room holds ${counted(room.runs.length, 'run')}. Undo is the focused button.`);
  };

  const undo = (): void => {
    if (removed === null) return;
    const { run, at } = removed;
    removed = null;
    room = withRunAt(room, run, at);
    save();
    render();
    focusInRow(runsSection, room.runs.indexOf(run), 'room-remove');
    env.announce(`${shownLabel(run)} is back in the room, which holds ${counted(room.runs.length, 'run')}.`);
  };

  /** Takes up the room as another tab or window left it, keeping the focus on the row it was on. */
  const takeUpLatest = (): void => {
    behindAnotherTab = false;
    const latest = restoreRoom(env.store, env.scenarios);
    removed = null;
    room = latest.room;
    // A report on an import into the room as it was (and its Add back) no longer holds.
    problems.hidden = true;
    if (latest.problems.length > 0) showProblems('The saved room could not be read in full', latest.problems);
    const focused = focusedInRow(runsSection);
    render();
    if (focused !== null) focusInRow(runsSection, Math.min(focused.index, room.runs.length - 1), focused.which);
    env.announce(`The room was changed in another tab or window: it now holds ${counted(room.runs.length, 'run')}.`);
  };

  const rename = (run: RoomRun, typed: string): string | null => {
    // Renamed on the room as it is now, with what another tab did meanwhile, so neither change is lost.
    const current = behindAnotherTab ? (takeUpLatest(), room.runs.find((r) => r.code === run.code && r.label === run.label)) : run;
    if (current === undefined) {
      (document.getElementById('room-runs-title') as HTMLElement).focus();
      env.announce(`${shownLabel(run)} was renamed or removed in another tab or window meanwhile, so it keeps that change. The room holds ${counted(room.runs.length, 'run')}.`);
      return null;
    }
    const result = renamed(room, current, typed);
    if ('problem' in result) {
      if (current === run) return result.problem;
      // The form went with the redraw that took up the other tab's change, so the problem is said instead.
      focusInRow(runsSection, room.runs.indexOf(current), 'room-rename');
      env.announce(`This name cannot be used: ${result.problem}.`);
      return null;
    }
    removed = null;
    room = result.room;
    save();
    render();
    // The redrawn row's button: the one that opened the form is gone with the old table.
    focusInRow(runsSection, room.runs.indexOf(result.run), 'room-rename');
    env.announce(asSentence(`Renamed ${shownLabel(run)} to ${shownLabel(result.run)}`));
    return null;
  };

  const renameCancelled = (): void => {
    if (behindAnotherTab) takeUpLatest();
  };

  const clear = (): void => {
    removed = null;
    room = EMPTY_ROOM;
    save();
    render();
    (document.getElementById('room-codes') as HTMLElement).focus();
    env.announce('The room is empty.');
  };

  const render = (): void => {
    const heading = el('h2', 'Runs', { id: 'room-runs-title', tabindex: '-1' });
    const undoable = removed === null ? [] : [undoBar(removed.run, undo)];
    runsSection.replaceChildren(heading, ...undoable, room.runs.length === 0 ? el('p', 'No runs yet.') : runsTable(room.runs, { replayUrl: env.replayUrl, rename, renameCancelled, remove }));
    fillToolbar(toolbar, room.runs, { download: env.download, clear });
    debrief.render(room.runs);
  };

  body.append(
    el('p', 'Collect the run codes of everyone in the session, then show the room its debrief: how the careers ended, where the meters finished, how the room moved across the map, and where players on one seed parted.', { class: 'room-intro' }),
    form.element,
    problems,
    toolbar,
    debrief.element,
    runsSection,
  );
  if (restored.problems.length > 0) showProblems('The saved room could not be read in full', restored.problems);
  render();
  keepPlace();

  // The room changed in another tab or window (a laptop beside the projector, say) is taken up here,
  // so that this page never writes back a room it no longer has.
  // While a name is being typed here, the form stays as it is and the change is taken up when it closes.
  window.addEventListener('storage', (event) => {
    if (event.key !== null && event.key !== ROOM_KEY) return;
    if (runsSection.querySelector('.room-rename-form') !== null) behindAnotherTab = true;
    else takeUpLatest();
  });
}
