// The frame every facilitator view shares: a header that leads back to the game and across to the
// other views, the page's heading, and the body the view fills. The links across carry the session
// (its seed and scenario), so the room and the lab opened from any view are the session's.
import { usableLinkSeed } from '../session/link-seed';
import { el } from '../ui/dom';
import type { ViewEnv } from './view-env';
import './views.css';

const VIEW_LINKS = [
  ['host', 'Host a session'],
  ['room', 'The room'],
  ['lab', 'Strategy lab'],
] as const;

/** The seed and scenario of a session, as a view's address names them (either may be missing). */
export interface CarriedSession {
  readonly seed?: string;
  readonly scenario?: string;
}

/** The session the query string `search` names: its seed (one a page can use) and scenario, where given. */
function sessionOf(search: string): CarriedSession {
  const seed = usableLinkSeed(search);
  const scenario = new URLSearchParams(search).get('scenario');
  return { ...(seed !== null && { seed }), ...(scenario && { scenario }) };
}

export function viewFrame(root: HTMLElement, title: string, env: ViewEnv): HTMLElement {
  document.title = `${title} — Interdell`;
  const header = el('header', undefined, { class: 'view-header' });
  const nav = el('nav', undefined, { 'aria-label': 'Interdell' });
  nav.append(el('a', '← Play Interdell', { href: env.gameUrl({}) }));
  for (const [view, text] of VIEW_LINKS) {
    const link = el('a', text, { 'data-view': view });
    if (text === title) link.setAttribute('aria-current', 'page');
    nav.append(link);
  }
  header.append(nav);
  carrySession(header, sessionOf(env.search), env);
  const body = el('div', undefined, { class: 'view-body' });
  body.append(el('h1', title));
  root.replaceChildren(header, body);
  return body;
}

/** Points the links across to the views at `session`: a host page calls it when it shows another session. */
export function carrySession(within: HTMLElement, session: CarriedSession, env: ViewEnv): void {
  for (const link of within.querySelectorAll<HTMLAnchorElement>('a[data-view]')) link.href = env.gameUrl({ view: link.dataset.view ?? '', ...session });
}
