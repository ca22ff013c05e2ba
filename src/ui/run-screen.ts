// The run's panel: what just happened (with the check-in), then either the paths from here or the
// half-year's event. Every choice is a numbered button; digits pick them (see keyboard.ts).
import { MOVE_LABELS, regionName } from '../content/world';
import { legalMoves, sameCommand, type Command, type CompiledScenario, type EngineEvent, type MoveChoice, type RunState } from '../engine';
import { returningRung } from '../engine/moves';
import { button, el } from './dom';
import { hud } from './hud';
import { narrate } from './narrate';
import { checkInLines, halfYear, meterHint } from './words';

export interface RunScreenInput {
  readonly content: CompiledScenario;
  readonly state: RunState;
  readonly events: readonly EngineEvent[];
  /** Null in a replay, where choices are shown but made by the code. */
  readonly play: ((command: Command) => void) | null;
  /** In a replay, the command the code plays next: its choice is marked as the run's. */
  readonly chosen?: Command;
  readonly menu: () => void;
}

/**
 * What the half-step's events did, and the check-in that closed the half-year, under a heading of
 * `level` (the outcome screen shows the last half-year's under its own title); null when nothing did.
 */
export function happened(events: readonly EngineEvent[], level: 'h2' | 'h3' = 'h2'): HTMLElement | null {
  const lines = narrate(events);
  const checkIn = events.find((e) => e.type === 'check-in');
  if (lines.length === 0 && !checkIn) return null;
  const box = el('section', undefined, { class: 'happened', 'aria-label': 'What happened' });
  if (lines.length > 0) {
    const list = el('ul');
    for (const line of lines) list.append(el('li', line));
    box.append(list);
  }
  if (checkIn?.type === 'check-in') {
    box.append(el(level, `Check-in, ${halfYear(checkIn.turn).toLowerCase()}`, { class: 'check-in-title' }));
    const list = el('ul', undefined, { class: 'check-in' });
    for (const line of checkInLines(checkIn.answers)) list.append(el('li', line));
    box.append(list);
  }
  return box;
}

/** The n-th choice on screen under `panel` that can be pressed (numbered from 1, as the digits pick them), or null. */
export function choiceButton(panel: ParentNode, number: number | string): HTMLButtonElement | null {
  return panel.querySelector<HTMLButtonElement>(`button[data-choice="${number}"]:not([disabled])`);
}

function choices(labels: readonly { text: string; hint?: string; command: Command }[], { play, chosen }: RunScreenInput): HTMLElement {
  const list = el('ol', undefined, { class: 'choices' });
  labels.forEach(({ text, hint, command }, i) => {
    const item = el('li');
    const b = button(`${i + 1}. ${text}`, () => play?.(command), { 'data-choice': String(i + 1) });
    if (!play) b.disabled = true;
    if (sameCommand(command, chosen)) {
      b.classList.add('chosen');
      b.append(el('span', ' — the run’s choice', { class: 'chosen-mark' }));
    }
    item.append(b);
    if (hint) {
      const hintId = `hint-${i + 1}`;
      item.append(el('span', hint, { class: 'hint', id: hintId }));
      b.setAttribute('aria-describedby', hintId);
    }
    list.append(item);
  });
  return list;
}

/**
 * A path's words: the move, and where it leads when that is elsewhere. A return to IC by someone
 * never senior leads to the valley, whichever range they then mean to climb, and says so.
 */
function moveText(state: RunState, m: MoveChoice): string {
  if (m.move === 'go-ic' && returningRung(state) === 'intermediate') return `Return to IC — back to ${regionName('interdell')}, to climb ${regionName(m.toward)}`;
  return `${MOVE_LABELS[m.move]}${m.toward !== state.region ? ` — ${regionName(m.toward)}` : ''}`;
}

export function runScreen(input: RunScreenInput): HTMLElement {
  const { content, state, events, play } = input;
  const screen = el('div', undefined, { class: 'screen run' });
  screen.append(hud(state, input.menu));
  const log = happened(events);
  if (log) screen.append(log);
  if (state.phase === 'move') {
    screen.append(el('h2', 'Where do you go this half-year?'));
    if (play) screen.append(el('p', 'Each path is drawn on the map with its number: choose it here, press its number key, or tap or click it on the map.', { class: 'hint' }));
    const moves = legalMoves(state).map((m) => ({
      text: moveText(state, m),
      command: { type: 'move', move: m.move, toward: m.toward } as const,
    }));
    screen.append(choices(moves, input));
  } else if (state.phase === 'event' && state.event !== null) {
    const storylet = content.storylets[state.event];
    if (storylet) {
      const card = el('article', undefined, { class: 'event-card', 'aria-labelledby': 'event-title' });
      card.append(el('h2', storylet.title, { id: 'event-title' }), el('p', storylet.text));
      const options = storylet.options.map((o, i) => ({ text: o.label, hint: meterHint(o), command: { type: 'choose', option: i } as const }));
      card.append(choices(options, input));
      screen.append(card);
    }
  }
  return screen;
}
