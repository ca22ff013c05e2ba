// The map loads after the page: Phaser is most of the game's code, and the title screen (DOM) needs
// none of it to be read and used. Booting the map holds the page's only thread for a second or more
// (Phaser's evaluation, then baking the map), so it waits for `after` (what the title needs to be
// used, whether that arrives or fails) and for the title to be painted. Until the map is ready, the
// handle remembers the latest screen asked for and shows it once Phaser has booted.
import type { RunView } from '../session/run-view';
import type { GameHandle } from './game';
import type { SceneOptions } from './scene-options';

/** Resolves once the page has painted what is on it now: in the task after the next frame. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export function lazyGame(parent: HTMLElement, options: SceneOptions, after: Promise<unknown>): GameHandle {
  let game: GameHandle | null = null;
  let latest: (handle: GameHandle) => void = (handle) => handle.showTitle();
  after
    .catch(() => undefined)
    .then(afterNextPaint)
    .then(() => import('./game'))
    .then(({ createGame }) => {
      game = createGame(parent, options);
      latest(game);
    })
    .catch(() => {
      // The panel plays the whole game; without the map it is only less pretty.
      parent.textContent = 'The map could not be loaded. The game plays on in the panel.';
    });
  const show = (act: (handle: GameHandle) => void): void => {
    latest = act;
    if (game) act(game);
  };
  return {
    showTitle: () => show((handle) => handle.showTitle()),
    showRun: (view: RunView) => show((handle) => handle.showRun(view)),
    showOutcome: (view: RunView) => show((handle) => handle.showOutcome(view)),
  };
}
