// Boots the game: the map (Phaser) in the stage, the accessible panel beside it, and the app that
// connects them to the session, the save and the URL.
import { createGame } from './scenes/game';
import { todaysSeed } from './session/daily';
import { App } from './ui/app';

const stage = document.getElementById('stage') as HTMLElement;
const panel = document.getElementById('panel') as HTMLElement;
const announcer = document.getElementById('announcer') as HTMLElement;
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

new App({
  panel,
  announcer,
  game: createGame(stage, { reducedMotion }),
  store: window.localStorage,
  search: window.location.search,
  todaysSeed: () => todaysSeed(),
  shareUrl: (code) => `${window.location.origin}${window.location.pathname}?code=${encodeURIComponent(code)}`,
  copy,
}).start();
