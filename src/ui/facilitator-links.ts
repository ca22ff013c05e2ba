// The title screen's way into the facilitator views: hosting a session, the room, the strategy lab.
// Hosting and the lab open on the scenario chosen on the title, a scenario loaded from a file included.
import { el } from './dom';

const LINKS = [
  ['host', 'Host a session', 'a seed for the room to share, with a join link and QR code', true],
  ['room', 'The room', 'paste everyone’s run codes and debrief the room', false],
  ['lab', 'The strategy lab', 'the model’s seven strategies over 10,000 careers each', true],
] as const;

export function facilitatorLinks(scenario: HTMLSelectElement): HTMLElement {
  const nav = el('nav', undefined, { class: 'facilitator-links', 'aria-labelledby': 'facilitator-heading' });
  const list = el('ul');
  for (const [view, text, about, onScenario] of LINKS) {
    const item = el('li');
    const link = el('a', text, { href: `?view=${view}` });
    if (onScenario) {
      const follow = (): void => link.setAttribute('href', `?${new URLSearchParams({ view, scenario: scenario.value })}`);
      scenario.addEventListener('change', follow);
      follow();
    }
    item.append(link, document.createTextNode(`: ${about}`));
    list.append(item);
  }
  nav.append(el('h2', 'Workshops and offsites', { id: 'facilitator-heading' }), list);
  return nav;
}
