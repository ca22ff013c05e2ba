// The heads-up display: the half-year, where the player stands, and the three meters as labelled bars
// with their numbers (burnout's bar warns as it fills).
import type { RunState } from '../engine';
import { el, menuButton } from './dom';
import { halfYear, place } from './words';

/** Compensation bars are drawn against this ceiling (thousands of USD a year). */
const PAY_SCALE = 700;

function bar(label: string, value: number, max: number, text: string, kind: string): HTMLElement {
  const row = el('div', undefined, { class: `meter meter-${kind}` });
  // The meter itself is named and valued for the screen reader; the visible label and number would repeat it.
  const name = el('span', label, { class: 'meter-label', 'aria-hidden': 'true' });
  const track = el('span', undefined, { class: 'meter-track', role: 'meter', 'aria-label': label, 'aria-valuemin': '0', 'aria-valuemax': String(max), 'aria-valuenow': String(value), 'aria-valuetext': text });
  const fill = el('span', undefined, { class: 'meter-fill' });
  fill.style.width = `${Math.max(0, Math.min(100, (100 * value) / max))}%`;
  track.append(fill);
  row.append(name, track, el('span', text, { class: 'meter-value', 'aria-hidden': 'true' }));
  return row;
}

export function hud(state: RunState, menu: () => void): HTMLElement {
  const box = el('header', undefined, { class: 'hud' });
  const top = el('div', undefined, { class: 'hud-top' });
  top.append(el('p', halfYear(state.turn), { class: 'hud-when' }), menuButton(menu));
  box.append(
    top,
    el('p', place(state), { class: 'hud-place' }),
    bar('Satisfaction', state.satisfaction, 100, `${state.satisfaction} of 100`, 'satisfaction'),
    bar('Burnout', state.burnout, 100, `${state.burnout} of 100`, 'burnout'),
    bar('Compensation', state.compensation, PAY_SCALE, `$${state.compensation}k a year`, 'pay'),
  );
  return box;
}
