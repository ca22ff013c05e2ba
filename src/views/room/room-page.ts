// The room (?view=room): a facilitator collects the run codes of a session and shows the room's
// debrief on a projector. The room is kept in the browser; every import says what it could not use.
import { byScenario } from '../../room/aggregate';
import { problemText, type Problem } from '../../room/candidate';
import { roomCsv } from '../../room/export-csv';
import { restoreDraft, restoreRoom, ROOM_KEY, storeDraft, storeRoom } from '../../room/persist';
import { EMPTY_ROOM, renamed, withoutRun, withRunAt, type Room } from '../../room/room';
import type { RoomRun } from '../../room/room-run';
import { savedRoomOf } from '../../room/saved-room';
import { button, el } from '../../ui/dom';
import { viewFrame } from '../view-frame';
import type { ViewEnv } from '../view-env';
import { renderDebrief } from './debrief';
import { importForm, type Source } from './import-form';
import { importSources } from './import-sources';
import { keepPlace, openTables, reopenTables } from './keep-place';
import { focusedInRow, focusInRow, runsTable, undoBar } from './runs-table';
import { alreadyInWords, shownLabel } from './words';
import { counted } from '../../text/counted';
import { quoted } from '../../text/shortened';
import './room.css';


/** What the room says of runs added to a session's room that were played on another seed. */
function strayWords(strays: readonly RoomRun[], sessionSeed: string): string {
  const one = strays.length === 1;
  const who = strays.map((run) => `${shownLabel(run)} played seed ${quoted(run.seed)}`).join('; ');
  return `${who}, not the session's seed ${quoted(sessionSeed)}. ${one ? 'It is' : 'They are'} counted in the debrief: remove ${one ? 'it' : 'them'} in the runs table if ${one ? 'it does' : 'they do'} not belong.`;
}

/** The summary's words on seeds: the session's, and how many runs were played on others. */
function seedWords(runs: readonly RoomRun[], sessionSeed: string | null): string {
  if (sessionSeed === null) return '';
  const others = runs.filter((run) => run.seed !== sessionSeed).length;
  const session = ` Session seed ${quoted(sessionSeed)}`;
  return others === 0 ? `${session}.` : `${session}; ${counted(others, 'run')} of another seed ${others === 1 ? 'is' : 'are'} counted too.`;
}

export function mountRoomPage(root: HTMLElement, env: ViewEnv): void {
  const body = viewFrame(root, 'The room', env);
  body.classList.add('room-page');
  const restored = restoreRoom(env.store, env.scenarios);
  let room: Room = restored.room;
  // A host's link names the session's seed and scenario: the room opens on them.
  const asked = new URLSearchParams(env.search);
  const sessionSeed = asked.get('seed');
  let shownScenario: string | null = asked.get('scenario');
  let redraw = (): void => undefined;
  /** The run removed last, and where it stood, while its removal can be undone (until the room changes otherwise). */
  let removed: { readonly run: RoomRun; readonly at: number } | null = null;
  // The seed and meter the facilitator chose where runs parted, which the debrief keeps when drawn again.
  let seedChosen = sessionSeed;
  let meterChosen: string | null = null;
  /** Whether another tab changed the room while a name was being typed here (taken up when the form closes). */
  let behindAnotherTab = false;

  const problems = el('section', undefined, { id: 'room-problems', class: 'problems', 'aria-labelledby': 'room-problems-title', hidden: '' });
  const toolbar = el('div', undefined, { class: 'room-actions', role: 'group', 'aria-label': 'The room' });
  const runsSection = el('section', undefined, { id: 'room-runs', 'aria-labelledby': 'room-runs-title' });
  const debrief = el('section', undefined, { id: 'room-debrief', 'aria-labelledby': 'room-debrief-title' });

  const showProblems = (title: string, list: readonly Problem[]): void => {
    problems.hidden = list.length === 0;
    const items = el('ul');
    for (const p of list) items.append(el('li', problemText(p)));
    problems.replaceChildren(el('h2', title, { id: 'room-problems-title' }), items, button('Dismiss', () => (problems.hidden = true)));
  };

  const save = (): void => {
    const error = storeRoom(env.store, room);
    if (error !== null) showProblems('The room could not be saved', [{ where: null, message: error }]);
  };

  /** Adds what the text area (named '') and the files chosen at once hold, and reports them together. */
  const add = (sources: readonly Source[]): void => {
    removed = null;
    const { room: grown, added, problems: found, said, keep, described, alreadyIn } = importSources(room, sources, env, form.leftover());
    room = grown;
    // A run of another seed is counted (a room may compare seeds), but a session's room says it is there.
    const strays = sessionSeed === null ? [] : added.filter((run) => run.seed !== sessionSeed);
    const known = alreadyIn.names.length;
    const notes: Problem[] = [
      ...(strays.length === 0 ? [] : [{ where: null, message: strayWords(strays, sessionSeed ?? '') }]),
      ...(known === 0 ? [] : [{ where: null, message: alreadyInWords(alreadyIn) }]),
    ];
    const listed = [
      ...(found.length === 0 ? [] : [`${counted(found.length, 'problem')} with ${described}`]),
      ...(strays.length === 0 ? [] : [`${counted(strays.length, 'run')} of another seed`]),
      ...(known === 0 ? [] : [`${counted(known, 'run')} already in the room`]),
    ].join(', and ');
    showProblems(listed, [...found, ...notes]);
    form.say(said.join(' '));
    if (added.length > 0) save();
    if (keep !== null) form.keep(keep);
    render();
    const below = listed === '' ? '' : ` ${listed}, listed below the form.`;
    const runs = added.length > 0 || said.length === 0 ? ` Added ${counted(added.length, 'run')} from ${described}.` : '';
    env.announce(`${said.join(' ')}${runs}${below} The room holds ${counted(room.runs.length, 'run')}.`.trim());
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
    env.announce(`Renamed ${shownLabel(run)} to ${shownLabel(result.run)}.`);
    return null;
  };

  const renameCancelled = (): void => {
    if (behindAnotherTab) takeUpLatest();
  };

  const clearControls = (): HTMLElement => {
    const box = el('div', undefined, { class: 'room-clear' });
    const ask = button('Clear the room…', () => {
      const confirm = button(`Remove all ${counted(room.runs.length, 'run')}`, () => {
        removed = null;
        room = EMPTY_ROOM;
        save();
        render();
        (document.getElementById('room-codes') as HTMLElement).focus();
        env.announce('The room is empty.');
      });
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
  };

  const fillToolbar = (): void => {
    toolbar.hidden = room.runs.length === 0;
    toolbar.replaceChildren(
      button('Download CSV', () => env.download('interdell-room.csv', new Blob([roomCsv(room.runs)], { type: 'text/csv' }))),
      button('Download saved room (JSON)', () => env.download('interdell-room.json', new Blob([JSON.stringify(savedRoomOf(room.runs), null, 2)], { type: 'application/json' }))),
      button('Print summary', () => window.print()),
      clearControls(),
    );
  };

  const scenarioPicker = (sections: ReturnType<typeof byScenario>): HTMLElement => {
    const box = el('div', undefined, { class: 'room-scenario' });
    const select = el('select', undefined, { id: 'room-scenario' });
    for (const s of sections) select.append(el('option', `${s.name}: ${counted(s.runs.length, 'run')}`, { value: s.scenario }));
    select.value = shownScenario ?? '';
    select.addEventListener('change', () => {
      shownScenario = select.value;
      renderDebriefSection();
      (document.getElementById('room-scenario') as HTMLElement).focus();
      env.announce(`The debrief now shows scenario ${select.selectedOptions[0]?.textContent ?? ''}.`);
    });
    box.append(
      el('p', `This room holds runs of ${sections.length} scenarios. Runs of different scenarios are never counted together: the debrief shows one scenario at a time.`),
      el('label', 'Scenario shown', { for: 'room-scenario' }),
      select,
    );
    return box;
  };

  const renderDebriefSection = (): void => {
    // Drawn again (runs added, renamed or removed), the debrief keeps the tables the facilitator opened.
    const opened = openTables(debrief);
    const sections = byScenario(room.runs);
    const section = sections.find((s) => s.scenario === shownScenario) ?? sections[0];
    shownScenario = section?.scenario ?? shownScenario;
    const heading = el('h2', "The room's debrief", { id: 'room-debrief-title' });
    if (section === undefined) {
      debrief.replaceChildren(heading, el('p', 'Add run codes above to see how the room’s careers ended, where its meters finished, and where players on one seed parted.'));
      redraw = () => undefined;
      return;
    }
    const summary = el('p', `${counted(section.runs.length, 'run')} of the scenario “${section.name}”.${seedWords(section.runs, sessionSeed)}`, { class: 'room-summary' });
    const charts = el('div');
    debrief.replaceChildren(heading, ...(sections.length > 1 ? [scenarioPicker(sections)] : []), summary, charts);
    redraw = renderDebrief(charts, section.runs, env.announce, seedChosen, meterChosen);
    reopenTables(debrief, opened);
  };

  const render = (): void => {
    const heading = el('h2', 'Runs', { id: 'room-runs-title', tabindex: '-1' });
    const undoable = removed === null ? [] : [undoBar(removed.run, undo)];
    runsSection.replaceChildren(heading, ...undoable, room.runs.length === 0 ? el('p', 'No runs yet.') : runsTable(room.runs, { replayUrl: env.replayUrl, rename, renameCancelled, remove }));
    fillToolbar();
    renderDebriefSection();
  };

  body.append(
    el('p', 'Collect the run codes of everyone in the session, then show the room its debrief: how the careers ended, where the meters finished, how the room moved across the map, and where players on one seed parted.', { class: 'room-intro' }),
    form.element,
    problems,
    toolbar,
    debrief,
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
  debrief.addEventListener('change', (event) => {
    const select = event.target;
    if (!(select instanceof HTMLSelectElement)) return;
    if (select.id === 'room-seed') seedChosen = select.value;
    if (select.id === 'room-divergence-meter') meterChosen = select.value;
  });

  let width = debrief.clientWidth;
  let pending = false;
  new ResizeObserver(() => {
    if (pending || Math.abs(debrief.clientWidth - width) < 16) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      width = debrief.clientWidth;
      redraw();
    });
  }).observe(debrief);
}
