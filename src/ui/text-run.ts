// A plain, accessible text view of a run: every choice is a button, every change is announced.
// It stands in for the Phaser world until the game's scenes land.
import { debrief, legalMoves, runCodeOf, type EngineEvent, type RunState } from '../engine';
import { CHECK_IN_QUESTIONS, MOVE_LABELS, REGION_DEFS, ROLE_NAMES } from '../content/world';
import type { Session } from '../session/session';
import { button, el } from './dom';

const regionName = (id: string): string => REGION_DEFS.find((r) => r.id === id)?.name ?? id;

function when(state: RunState): string {
  return `Year ${Math.floor(state.turn / 2) + 1}, ${state.turn % 2 === 0 ? 'first' : 'second'} half`;
}

function meters(state: RunState): HTMLElement {
  const list = el('ul', undefined, { class: 'meters', 'aria-label': 'Meters' });
  list.append(
    el('li', `Satisfaction ${state.satisfaction}/100`),
    el('li', `Burnout ${state.burnout}/100`),
    el('li', `Compensation $${state.compensation}k a year`),
  );
  return list;
}

function narrate(events: readonly EngineEvent[]): string[] {
  const lines: string[] = [];
  for (const e of events) {
    if (e.type === 'crossing-failed') lines.push('The currents turn you back. You wash up where you started.');
    if (e.type === 'application-denied') lines.push('No team needs a manager this half-year.');
    if (e.type === 'employer-changed') lines.push(`You join a ${e.company} company as ${ROLE_NAMES[e.role]}.`);
    if (e.type === 'fate' || e.type === 'delayed-landed') lines.push(e.text);
    if (e.type === 'promoted') lines.push(`Promoted: you are now ${ROLE_NAMES[e.role]}.`);
    if (e.type === 'promotion-denied') lines.push(`The committee does not promote you to ${ROLE_NAMES[e.role]} this time.`);
    if (e.type === 'left-staff-role') lines.push('You hand in your notice and take a staff role elsewhere.');
    if (e.type === 'check-in') {
      const answers = Object.entries(CHECK_IN_QUESTIONS).map(([k, q]) => `${q} ${e.answers[k as keyof typeof e.answers] ? 'Yes.' : 'No.'}`);
      lines.push(`Check-in: ${answers.join(' ')}`);
    }
  }
  return lines;
}

export function mountTextRun(root: HTMLElement, session: Session): void {
  const status = el('p', '', { role: 'status', 'aria-live': 'polite', class: 'announcer' });
  const view = el('main');
  root.replaceChildren(view, status);

  session.subscribe((state, events) => {
    const content = session.content;
    const said = narrate(events);
    const parts: HTMLElement[] = [
      el('h1', 'Interdell'),
      el('p', `${when(state)} · ${ROLE_NAMES[state.role]} · ${regionName(state.region)} · seed ${state.seed}`),
      meters(state),
    ];
    if (said.length > 0) {
      const log = el('ul', undefined, { class: 'log' });
      for (const line of said) log.append(el('li', line));
      parts.push(log);
    }
    if (state.phase === 'move') {
      parts.push(el('h2', 'Where do you go this half-year?'));
      legalMoves(state).forEach((m, i) =>
        parts.push(button(`${i + 1}. ${MOVE_LABELS[m.move]} — ${regionName(m.toward)}`, () => session.dispatch({ type: 'move', ...m }))),
      );
    } else if (state.phase === 'event' && state.event !== null) {
      const storylet = content.storylets[state.event];
      if (storylet) {
        parts.push(el('h2', storylet.title), el('p', storylet.text));
        storylet.options.forEach((o, i) =>
          parts.push(button(`${i + 1}. ${o.label}`, () => session.dispatch({ type: 'choose', option: i }))),
        );
      }
    } else {
      const d = debrief(content, state);
      parts.push(el('h2', d.outcome.title), el('p', d.summary));
      const lines = el('ul');
      for (const line of d.lines) lines.append(el('li', `${line.label}: ${line.effect}`));
      parts.push(lines, el('p', `Run code: ${runCodeOf(state)}`));
    }
    view.replaceChildren(...parts);
    status.textContent = said.join(' ');
    view.querySelector('button')?.focus();
  });

  document.addEventListener('keydown', (e) => {
    const n = Number(e.key);
    if (!Number.isInteger(n) || n < 1) return;
    view.querySelectorAll('button')[n - 1]?.click();
  });
}
