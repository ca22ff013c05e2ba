// Stepping through a replayed run code: back, forward, and where in the run the replay stands.
import type { ReplayView } from '../session/replay-view';
import { quoted } from '../text/shortened';
import { button, el } from './dom';

/**
 * The replay's controls; `who` names whose run it is (as the room called it), `leaveLabel` where
 * `leave` goes (the title, or the view the replay came from).
 */
export function replayControls(view: ReplayView, who: string | null, leaveLabel: string, leave: () => void): HTMLElement {
  const { at, of } = view.progress;
  const bar = el('nav', undefined, { class: 'replay-controls', 'aria-label': 'Replay' });
  const back = button('← Back one step', () => view.back(), { 'data-action': 'replay-back' });
  const forward = button('Forward one step →', () => view.forward(), { 'data-action': 'replay-forward' });
  back.disabled = at === 0;
  forward.disabled = at === of;
  // The focus rests on where the replay stands when a step button has no step left to take.
  bar.append(el('p', `Replaying ${who === null ? 'a run code' : quoted(who)}: step ${at} of ${of} (a move, then a choice, each half-year)`, { class: 'replay-where', tabindex: '-1' }), back, forward, button(leaveLabel, leave));
  return bar;
}
