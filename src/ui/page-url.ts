// Links to this page with other query parameters: share links, the room, the lab, a session to join.
export function pageUrl(params: Readonly<Record<string, string>>): string {
  const query = new URLSearchParams(params).toString();
  return `${window.location.origin}${window.location.pathname}${query === '' ? '' : `?${query}`}`;
}

/** Drops the page's query parameters from the address bar (a link that has been followed), without a reload. */
export function forgetLink(): void {
  if (window.location.search !== '') window.history.replaceState(window.history.state, '', window.location.pathname);
}

/** Puts this page with these query parameters in the address bar, without a reload. */
export function keepInAddress(params: Readonly<Record<string, string>>): void {
  window.history.replaceState(window.history.state, '', pageUrl(params));
}
