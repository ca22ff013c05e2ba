// The end of a run: the outcome, the debrief, the meters half-year by half-year (as a table, beside
// the chart the map draws), and the run code with a copy button and a share link.
import { debrief, recordHash, runCodeOf, runRecord, type CompiledScenario, type RunState } from '../engine';
import { button, el } from './dom';
import { halfYear, regionName, roleName } from './words';

export interface OutcomeActions {
  readonly shareUrl: (code: string) => string;
  readonly copy: (text: string) => Promise<boolean>;
  readonly announce: (text: string) => void;
  readonly newRun: () => void;
}

function copyField(label: string, value: string, actions: OutcomeActions): HTMLElement {
  const row = el('div', undefined, { class: 'copy-row' });
  const id = `copy-${label.toLowerCase().replace(/\W+/g, '-')}`;
  const input = el('input', undefined, { id, readonly: '', value, 'aria-label': label });
  row.append(
    el('label', label, { for: id }),
    input,
    button(`Copy ${label.toLowerCase()}`, () => {
      void actions.copy(value).then((ok) => {
        if (!ok) input.select();
        actions.announce(ok ? `${label} copied.` : `Select the ${label.toLowerCase()} and copy it.`);
      });
    }),
  );
  return row;
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

export function outcomeScreen(content: CompiledScenario, state: RunState, actions: OutcomeActions): HTMLElement {
  const d = debrief(content, state);
  const code = runCodeOf(state);
  const screen = el('div', undefined, { class: 'screen outcome' });
  screen.append(el('p', 'The run is over', { class: 'eyebrow' }), el('h2', d.outcome.title, { id: 'outcome-title' }), el('p', d.summary, { class: 'summary' }));
  const lines = el('ul', undefined, { class: 'debrief', 'aria-label': 'What moved the meters most' });
  for (const line of d.lines) lines.append(el('li', `${line.label}: ${line.effect}`));
  screen.append(el('h3', 'What moved the meters most'), lines, meterTable(state));
  const fingerprint = recordHash(runRecord(state, 'player'));
  screen.append(
    el('h3', 'Share this run'),
    copyField('Run code', code, actions),
    copyField('Share link', actions.shareUrl(code), actions),
    el('p', `Fingerprint ${fingerprint}: the same on every machine that plays this code.`, { class: 'hint', 'data-fingerprint': fingerprint }),
  );
  screen.append(button('Start a new run', actions.newRun, { class: 'primary' }));
  return screen;
}
