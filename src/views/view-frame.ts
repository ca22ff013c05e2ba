// The frame every facilitator view shares: a header that leads back to the game and across to the
// other views, the page's heading, and the body the view fills.
import { el } from '../ui/dom';
import type { ViewEnv } from './view-env';
import './views.css';

const VIEW_LINKS = [
  ['host', 'Host a session'],
  ['room', 'The room'],
  ['lab', 'Strategy lab'],
] as const;

export function viewFrame(root: HTMLElement, title: string, env: ViewEnv): HTMLElement {
  document.title = `${title} — Interdell`;
  const header = el('header', undefined, { class: 'view-header' });
  const nav = el('nav', undefined, { 'aria-label': 'Interdell' });
  nav.append(el('a', '← Play Interdell', { href: env.gameUrl({}) }));
  for (const [view, text] of VIEW_LINKS) {
    const link = el('a', text, { href: env.gameUrl({ view }) });
    if (text === title) link.setAttribute('aria-current', 'page');
    nav.append(link);
  }
  header.append(nav);
  const body = el('div', undefined, { class: 'view-body' });
  body.append(el('h1', title));
  root.replaceChildren(header, body);
  return body;
}
