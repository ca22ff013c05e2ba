// A facilitator view's page (?view=host, room or lab): the game's layout gives way to a full page,
// and the view's code, with its charts and libraries, loads only now, never on the player's screen.
import { localScenarios } from './scenario-file/resolve';
import { copyText } from './ui/clipboard';
import { downloadFile } from './ui/download';
import { pageStorage, refusedStorage } from './ui/page-storage';
import { keepInAddress, pageUrl } from './ui/page-url';
import { problemsBox } from './ui/dom';
import { BACK_PARAM, WHO_PARAM } from './views/names';
import type { ViewEnv } from './views/view-env';

export type ViewMount = (root: HTMLElement, env: ViewEnv) => void;

export function bootViewPage(mount: ViewMount): void {
  const root = document.createElement('main');
  root.id = 'view';
  document.getElementById('app')?.replaceWith(root);
  const announcer = document.getElementById('announcer') as HTMLElement;
  const { store, refused } = pageStorage();
  mount(root, {
    store,
    search: window.location.search,
    announce: (text) => (announcer.textContent = text),
    gameUrl: pageUrl,
    replayUrl: (code, who) => pageUrl({ code, ...(who !== undefined && { [WHO_PARAM]: who }), [BACK_PARAM]: window.location.search.replace(/^\?/, '') }),
    keepInAddress,
    scenarios: localScenarios(store),
    download: downloadFile,
    copy: copyText,
  });
  if (refused !== null) root.prepend(problemsBox([refusedStorage(refused)]));
}
