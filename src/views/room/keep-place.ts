// Where the facilitator was in the room, kept for this tab when the page is left (to replay a run,
// say) and given back when the history brings them back: the scenario, seed and meter chosen, how far
// down the page they were, and the link they left by (a run's Replay link), focused again; and, while
// the page stays, the tables opened under the charts, kept when the room is drawn again. The room
// itself is kept in storage; this is only the view of it.

const KEY = 'interdell.room.place';
/** The room's choices, by the id of their select, in the order they are given back (each redraws what follows it). */
const CHOICES = ['room-scenario', 'room-seed', 'room-divergence-meter'] as const;

interface Place {
  readonly scroll: number;
  readonly choices: Readonly<Record<string, string>>;
  /** The address of the link that had the focus when the page was left, if one had. */
  readonly link: string | null;
}

function read(text: string | null): Place | null {
  try {
    const place = JSON.parse(text ?? 'null') as Partial<Place> | null;
    if (typeof place?.scroll !== 'number' || typeof place.choices !== 'object' || place.choices === null) return null;
    return { scroll: place.scroll, choices: place.choices, link: typeof place.link === 'string' ? place.link : null };
  } catch {
    return null;
  }
}

function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Keeps the room's place when the page is left, and gives it back now if the history brought the page back. */
export function keepPlace(): void {
  const store = session();
  if (store === null) return;
  window.history.scrollRestoration = 'manual';
  window.addEventListener('pagehide', () => {
    const choices: Record<string, string> = {};
    for (const id of CHOICES) {
      const select = document.getElementById(id);
      if (select instanceof HTMLSelectElement) choices[id] = select.value;
    }
    const active = document.activeElement;
    const link = active instanceof HTMLAnchorElement ? active.getAttribute('href') : null;
    try {
      store.setItem(KEY, JSON.stringify({ scroll: window.scrollY, choices, link }));
    } catch {
      // A place not kept is only a place to scroll back to.
    }
  });
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const place = navigation?.type === 'back_forward' ? read(store.getItem(KEY)) : null;
  if (place === null) return;
  for (const id of CHOICES) {
    const select = document.getElementById(id);
    const value = place.choices[id];
    if (!(select instanceof HTMLSelectElement) || value === undefined || value === select.value) continue;
    if (![...select.options].some((o) => o.value === value)) continue;
    select.value = value;
    select.dispatchEvent(new Event('change'));
  }
  requestAnimationFrame(() => {
    window.scrollTo(0, place.scroll);
    const link = [...document.querySelectorAll('a')].find((a) => a.getAttribute('href') === place.link);
    link?.focus({ preventScroll: true });
  });
}

/** The ids of the debrief's chart blocks whose table the facilitator has opened. */
export function openTables(debrief: HTMLElement): string[] {
  const ids = Array.from(debrief.querySelectorAll('details[open]'), (d) => d.closest('section[id]')?.id ?? '');
  return ids.filter((id) => id !== '');
}

/** Opens again, in a debrief drawn anew, the tables of the blocks `ids` names. */
export function reopenTables(debrief: HTMLElement, ids: readonly string[]): void {
  for (const details of debrief.querySelectorAll('details')) {
    const id = details.closest('section[id]')?.id;
    if (id !== undefined && ids.includes(id)) details.open = true;
  }
}
