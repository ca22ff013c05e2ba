// On a short screen the story can fill the panel and leave the choices below it, out of sight. A cue
// at the panel's foot says so, and scrolls to them when pressed, until they come into view. Keys 1–9
// pick a choice wherever it is, and a screen reader reaches the choices as buttons, so the cue is for
// the eye and the pointer alone: out of the tab order and hidden from assistive technology.
import { counted } from '../text/counted';
import { el } from './dom';

/** Adds the cue to `screen`, the panel's content, for the choices of its `.choices` list. */
export function cueChoicesBelow(screen: HTMLElement): void {
  const choices = screen.querySelector<HTMLElement>('.choices');
  const count = choices?.querySelectorAll('button:not([disabled])').length ?? 0;
  if (!choices || count === 0 || typeof IntersectionObserver === 'undefined') return;
  const cue = el('button', `↓ ${counted(count, 'choice')} below`, { type: 'button', class: 'choices-cue', tabindex: '-1', 'aria-hidden': 'true' });
  cue.hidden = true;
  // To the first choice, in the middle of the panel (clear of the meters pinned at its top), with the
  // focus it had before the cue was pressed.
  cue.addEventListener('click', () => {
    const first = choices.querySelector<HTMLButtonElement>('button:not([disabled])');
    first?.focus({ preventScroll: true });
    first?.scrollIntoView({ block: 'center' });
  });
  screen.append(cue);
  // Shown only while the choices lie below what can be seen (not once scrolled past them).
  new IntersectionObserver(([entry]) => {
    if (entry) cue.hidden = entry.isIntersecting || entry.boundingClientRect.top < (entry.rootBounds?.top ?? 0);
  }).observe(choices);
}
