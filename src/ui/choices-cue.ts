// On a short screen the story can fill the panel and leave the choices below it, out of sight. A cue
// beside the menu button (in the meters' bar, pinned to the panel's top on a phone held upright, so it
// covers none of the story) says so, and scrolls to them when pressed, until they come into view. Keys 1–9
// pick a choice wherever it is, and a screen reader reaches the choices as buttons, so the cue is for
// the eye and the pointer alone: out of the tab order and hidden from assistive technology.
import { counted } from '../text/counted';
import { el } from './dom';

/** Adds the cue to `screen`, the panel's content, for the choices of its `.choices` list. */
export function cueChoicesBelow(screen: HTMLElement): void {
  const choices = screen.querySelector<HTMLElement>('.choices');
  const count = choices?.querySelectorAll('button:not([disabled])').length ?? 0;
  if (!choices || count === 0 || typeof IntersectionObserver === 'undefined') return;
  const cue = el('button', `↓ ${counted(count, 'choice')}`, { type: 'button', class: 'choices-cue', tabindex: '-1', 'aria-hidden': 'true' });
  cue.hidden = true;
  const bar = screen.querySelector<HTMLElement>('.hud');
  const first = choices.querySelector<HTMLButtonElement>('button:not([disabled])') as HTMLButtonElement;
  // To the top of the choices, just below the meters' bar while it is pinned there, with the focus the
  // first choice had before the cue was pressed.
  cue.addEventListener('click', () => {
    const style = bar === null ? null : getComputedStyle(bar);
    // The pinned bar sticks at its `top` (above the panel's edge), so it covers that much less.
    const covered = bar !== null && style?.position === 'sticky' ? bar.offsetHeight + parseFloat(style.top) : 0;
    choices.style.scrollMarginTop = `${Math.max(0, covered) + 8}px`;
    first.focus({ preventScroll: true });
    choices.scrollIntoView({ block: 'start' });
  });
  const menu = bar?.querySelector('.menu-button');
  if (menu) menu.before(cue);
  else screen.append(cue);
  // Shown while the first choice is not wholly in sight below the story (a sliver of it says nothing),
  // and not once scrolled past it. Once shown, it keeps its place when hidden, so the bar it sits in
  // does not change height under a scrolling finger.
  new IntersectionObserver(
    ([entry]) => {
      if (!entry) return;
      const below = entry.boundingClientRect.bottom > (entry.rootBounds?.bottom ?? window.innerHeight);
      if (below) cue.hidden = false;
      cue.style.visibility = below ? '' : 'hidden';
    },
    { threshold: [0, 1] },
  ).observe(first);
}
