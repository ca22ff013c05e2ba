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

/**
 * Goes to `url`, another page of the game: back through the history when that page led here (so it
 * comes back as it was left, scrolled and chosen), else as a new visit.
 */
export function returnTo(url: string): void {
  if (sameAddress(document.referrer, url) && window.history.length > 1) window.history.back();
  else window.location.assign(url);
}

/** Whether two addresses name one page with the same parameters, however each wrote them (`my%20seed` or `my+seed`). */
export function sameAddress(a: string, b: string): boolean {
  try {
    const [x, y] = [new URL(a), new URL(b)];
    const params = (u: URL): string => new URLSearchParams(u.search).toString();
    return x.origin === y.origin && x.pathname === y.pathname && params(x) === params(y);
  } catch {
    return false;
  }
}
