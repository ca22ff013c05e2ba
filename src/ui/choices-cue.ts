// On a short screen the story can fill the panel and leave the choices below it, out of sight. A cue
// beside the menu button (in the meters' bar, pinned to the panel's top on a phone held upright, so it
// covers none of the story) says so, and scrolls to them when pressed, until they come into view. Keys 1–9
// pick a choice wherever it is, and a screen reader reaches the choices as buttons, so the cue is for
// the eye and the pointer alone: out of the tab order and hidden from assistive technology.
import { counted } from '../text/counted';
import { el } from './dom';

/** How much of the first choice, in pixels, must be in sight for it to be read (its label's first line, or all of a short one). */
const READABLE = 56;
/** The space left between the pinned bar and the choices it takes the player to. */
const GAP = 8;

/** Adds the cue to `screen`, the content of `panel` (which scrolls), for the choices of its `.choices` list. */
export function cueChoicesBelow(screen: HTMLElement, panel: HTMLElement): void {
  const choices = screen.querySelector<HTMLElement>('.choices');
  const count = choices?.querySelectorAll('button:not([disabled])').length ?? 0;
  if (!choices || count === 0 || typeof IntersectionObserver === 'undefined') return;
  const cue = el('button', `↓ ${counted(count, 'choice')}`, { type: 'button', class: 'choices-cue', tabindex: '-1', 'aria-hidden': 'true' });
  cue.hidden = true;
  const bar = screen.querySelector<HTMLElement>('.hud');
  const first = choices.querySelector<HTMLButtonElement>('button:not([disabled])') as HTMLButtonElement;
  // To the top of the choices, then down by what the meters' bar still covers where it is pinned (it
  // scrolls away on a short screen, and covers nothing), with the focus the first choice had before.
  cue.addEventListener('click', () => {
    first.focus({ preventScroll: true });
    choices.scrollIntoView({ block: 'start' });
    const covered = bar === null ? 0 : bar.getBoundingClientRect().bottom + GAP - choices.getBoundingClientRect().top;
    if (covered > 0) panel.scrollBy(0, -covered);
  });
  const menu = bar?.querySelector('.menu-button');
  if (menu) menu.before(cue);
  else screen.append(cue);
  // Shown while less than READABLE pixels of the first choice are in sight below the story (a sliver
  // of it says nothing; a choice taller than the panel is in sight once that much of it is), and not
  // once scrolled past it. Once shown, it keeps its place when hidden, so the bar it sits in does not
  // change height under a scrolling finger.
  new IntersectionObserver(
    ([entry]) => {
      if (!entry) return;
      const below = !entry.isIntersecting && entry.boundingClientRect.top >= (entry.rootBounds?.bottom ?? window.innerHeight - READABLE);
      if (below) cue.hidden = false;
      cue.style.visibility = below ? '' : 'hidden';
    },
    { rootMargin: `0px 0px -${READABLE}px 0px` },
  ).observe(first);
}
