// The map loads after the page: Phaser is most of the game's code, and the title screen (DOM) needs
// none of it to be read and used. Until the map is ready, the handle remembers the latest screen
// asked for and shows it once Phaser has booted.
import type { RunView } from '../session/run-view';
import type { GameHandle } from './game';
import type { SceneOptions } from './scene-options';

export function lazyGame(parent: HTMLElement, options: SceneOptions): GameHandle {
  let game: GameHandle | null = null;
  let destroyed = false;
  let latest: (handle: GameHandle) => void = (handle) => handle.showTitle();
  import('./game')
    .then(({ createGame }) => {
      if (destroyed) return;
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
    destroy: () => {
      destroyed = true;
      game?.destroy();
    },
  };
}
