// The end of a run: the outcome, the debrief, the meters half-year by half-year (as a table, beside
// the chart the map draws), the run code with a copy button and a share link, the result card and the
// run record to save, and a way to set the run beside the bots'.
import { debrief, recordHash, runCodeOf, runRecord, unlistedCheckIns, type CompiledScenario, type EngineEvent, type RunState } from '../engine';
import { regionName } from '../content/world';
import { copyField } from './copy-field';
import { button, el, menuButton } from './dom';
import { fileNamePart } from './download';
import { resultCardPng } from './result-card';
import { happened } from './run-screen';
import { counted } from '../text/counted';
import { halfYear, roleName } from './words';

export interface OutcomeActions {
  readonly shareUrl: (code: string) => string;
  readonly copy: (text: string) => Promise<boolean>;
  /** To the title, for a new run in the same scenario. */
  readonly newRun: () => void;
  /** A new run of the same scenario and seed: the same career, to play differently. */
  readonly again: () => void;
  readonly download: (name: string, data: Blob) => void;
  /** The strategy lab, showing this run against the bots on its seed. */
  readonly labUrl: (code: string) => string;
  readonly menu: () => void;
}

function meterTable(state: RunState): HTMLElement {
  const details = el('details', undefined, { class: 'timeline' });
  details.append(el('summary', 'The meters, half-year by half-year'));
  const table = el('table');
  const head = el('tr');
  for (const h of ['When', 'Where', 'Satisfaction', 'Burnout', 'Pay ($k)']) head.append(el('th', h, { scope: 'col' }));
  table.append(head);
  for (const t of state.history ?? []) {
    const row = el('tr');
    for (const cell of [halfYear(t.turn), `${roleName(t.role)}, ${regionName(t.region)}`, String(t.satisfaction), String(t.burnout), String(t.compensation)])
      row.append(el('td', cell));
    table.append(row);
  }
  details.append(table);
  return details;
}

/** The outcome of the ended run `state`; `events` are its last half-step's, shown as the last half-year's end (none for a run resumed ended). */
export function outcomeScreen(content: CompiledScenario, state: RunState, events: readonly EngineEvent[], actions: OutcomeActions): HTMLElement {
  const d = debrief(content, state);
  const code = runCodeOf(state);
  const screen = el('div', undefined, { class: 'screen outcome' });
  const top = el('div', undefined, { class: 'outcome-top' });
  top.append(el('p', 'The run is over', { class: 'eyebrow' }), menuButton(actions.menu));
  screen.append(
    top,
    el('h2', d.outcome.title, { id: 'outcome-title', tabindex: '-1' }),
    // A run ends in its last half-year's turn: the half-years played are one more.
    el('p', `Satisfaction ${state.satisfaction}, burnout ${state.burnout}, pay $${state.compensation}k a year, after ${counted(state.turn + 1, 'half-year')}.`, { class: 'finals' }),
    el('p', d.summary, { class: 'summary' }),
  );
  const last = happened(events, 'h3');
  if (last) {
    last.setAttribute('aria-label', 'How the last half-year ended');
    last.prepend(el('h3', 'How the last half-year ended'));
    screen.append(last);
  }
  const lines = el('ul', undefined, { class: 'debrief', 'aria-label': 'What moved the meters most' });
  for (const line of d.lines) {
    // Each of the effect's amounts is kept on one line: a break inside one once left its minus sign alone at a line's end.
    const item = el('li', `${line.label}: `);
    line.effect.split(', ').forEach((amount, i) => item.append(i > 0 ? ', ' : '', el('span', amount, { class: 'amount' })));
    lines.append(item);
  }
  screen.append(el('h3', 'What moved the meters most'), lines);
  const checkIns = unlistedCheckIns(d);
  if (checkIns !== null) screen.append(el('p', checkIns, { class: 'check-in-summary' }));
  screen.append(meterTable(state));
  const fingerprint = recordHash(runRecord(state, 'player'));
  screen.append(
    el('h3', 'Share this run'),
    copyField('copy-run-code', 'Run code', code, actions),
    copyField('copy-share-link', 'Share link', actions.shareUrl(code), actions),
    el('p', `Fingerprint ${fingerprint}: the same on every machine that plays this code.`, { class: 'hint', 'data-fingerprint': fingerprint }),
  );
  screen.append(savers(content, state, d.outcome.title, d.summary, actions));
  screen.append(button('Start a new run', actions.newRun, { class: 'primary' }), button(`Play seed ${state.seed} again`, actions.again));
  return screen;
}

/** Buttons that save the result card (PNG) and the run record (JSON), and the link to the lab. */
function savers(content: CompiledScenario, state: RunState, outcome: string, epitaph: string, actions: OutcomeActions): HTMLElement {
  const code = runCodeOf(state);
  const name = `interdell-${fileNamePart(state.seed)}-${fileNamePart(outcome)}`;
  const box = el('div', undefined, { class: 'savers' });
  // What each button did, said on screen and to screen readers.
  const status = el('p', '', { class: 'action-status', role: 'status' });
  const card = button('Save the result card (PNG)', () => {
    resultCardPng({ outcome, epitaph, scenario: content.def.name, seed: state.seed, code, state })
      .then((png) => {
        actions.download(`${name}.png`, png);
        status.textContent = `Result card saved as ${name}.png.`;
      })
      .catch((error: unknown) => (status.textContent = `The result card could not be made: ${(error as Error).message}.`));
  }, { 'data-action': 'save-card' });
  const json = button('Save the run (JSON)', () => {
    actions.download(`${name}.json`, new Blob([JSON.stringify(runRecord(state, 'player'), null, 2)], { type: 'application/json' }));
    status.textContent = `Run saved as ${name}.json.`;
  }, { 'data-action': 'save-json' });
  const lab = el('a', 'Set this run beside the bots on its seed (strategy lab)', { href: actions.labUrl(code), class: 'lab-link' });
  box.append(card, json, status, el('p', undefined, { class: 'hint' }));
  box.lastElementChild?.append(lab);
  return box;
}
