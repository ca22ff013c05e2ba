// The title screen's way into the facilitator views: hosting a session, the room, the strategy lab.
import { el } from './dom';

const LINKS = [
  ['?view=host', 'Host a session', 'a seed for the room to share, with a join link and QR code'],
  ['?view=room', 'The room', 'paste everyone’s run codes and debrief the room'],
  ['?view=lab', 'The strategy lab', 'the model’s seven strategies over 10,000 careers each'],
] as const;

export function facilitatorLinks(): HTMLElement {
  const nav = el('nav', undefined, { class: 'facilitator-links', 'aria-labelledby': 'facilitator-heading' });
  const list = el('ul');
  for (const [href, text, about] of LINKS) {
    const item = el('li');
    item.append(el('a', text, { href }), document.createTextNode(`: ${about}`));
    list.append(item);
  }
  nav.append(el('h2', 'Workshops and offsites', { id: 'facilitator-heading' }), list);
  return nav;
}
