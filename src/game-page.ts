// The game's page: the accessible panel and the app at once, the scenarios (with their storylets)
// right after the title is up, and the map (Phaser) once the title can be used.
import type { ScenarioResolver } from './scenario-file/resolve';
import { lazyGame } from './scenes/lazy-game';
import { todaysSeed } from './session/daily';
import { App } from './ui/app';
import { choiceButton } from './ui/run-screen';
import { copyText } from './ui/clipboard';
import { downloadFile } from './ui/download';
import { pageStorage } from './ui/page-storage';
import { forgetLink, pageUrl, returnTo } from './ui/page-url';

export function bootGamePage(): void {
  const stage = document.getElementById('stage') as HTMLElement;
  const panel = document.getElementById('panel') as HTMLElement;
  const announcer = document.getElementById('announcer') as HTMLElement;
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const { store, refused } = pageStorage();
  const loadScenarios = (): Promise<ScenarioResolver> => import('./scenario-file/resolve').then((m) => m.localScenarios(store));
  // The first load starts at once; the map waits for it, and the app takes it (loading again only after it failed).
  const firstLoad = loadScenarios();
  let unclaimed: Promise<ScenarioResolver> | null = firstLoad;
  const chooseMove = (number: number): void => choiceButton(panel, number)?.click();
  void new App({
    panel,
    announcer,
    game: lazyGame(stage, { reducedMotion, chooseMove }, firstLoad),
    store,
    storageRefused: refused,
    search: window.location.search,
    todaysSeed: () => todaysSeed(),
    pageUrl,
    forgetLink,
    returnTo,
    download: downloadFile,
    copy: copyText,
    loadScenarios: () => {
      const load = unclaimed ?? loadScenarios();
      unclaimed = null;
      return load;
    },
  }).start();
}
