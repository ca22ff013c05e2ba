// Boots the page the URL asks for: a facilitator view (?view=host, room or lab), loaded on demand,
// or the game, whose map and scenarios load after its title screen is up.
import { bootGamePage } from './game-page';
import { isViewName, type ViewName } from './views/names';
import type { ViewMount } from './view-page';

const VIEWS: Record<ViewName, () => Promise<ViewMount>> = {
  host: () => import('./views/host/host-page').then((m) => m.mountHostPage),
  room: () => import('./views/room/room-page').then((m) => m.mountRoomPage),
  lab: () => import('./views/lab/lab-page').then((m) => m.mountLabPage),
};

const view = new URLSearchParams(window.location.search).get('view');
if (isViewName(view)) {
  Promise.all([VIEWS[view](), import('./view-page')])
    .then(([mount, page]) => page.bootViewPage(mount))
    .catch(() => {
      const panel = document.getElementById('panel');
      if (panel) panel.textContent = `The ${view} view could not be loaded. Reload the page to try again.`;
    });
} else bootGamePage();
