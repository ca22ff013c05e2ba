// The seed a link gives (`?seed=`), checked as every page that reads one checks it: a %-escape that
// decodes to no text (a link cut short, such as %E0%A4%A) is read by URLSearchParams as U+FFFD, which
// would pass for a seed of its own, so the link's own text is looked at too.
import { seedProblem } from '../engine';

/** Decoded as a query string's part is, or null when a %-escape in it decodes to no text. */
function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Whether the query string `search` gives parameter `name` a value with a broken %-escape. */
function brokenEscape(search: string, name: string): boolean {
  for (const pair of search.replace(/^\?/, '').split('&')) {
    const at = pair.indexOf('=');
    const [key, value] = at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
    if (decoded(key) === name && decoded(value) === null) return true;
  }
  return false;
}

/** What is wrong with the `?seed=` of the query string `search` as the link wrote it, whatever it reads as; null when nothing is. */
export function brokenLinkSeed(search: string): string | null {
  return brokenEscape(search, 'seed') ? 'it holds a broken %-escape, as a link cut short or mistyped does' : null;
}

/** Why the seed `seed`, which `search` gives as `?seed=`, cannot be used; null when it can. */
export function linkSeedProblem(search: string, seed: string): string | null {
  return brokenLinkSeed(search) ?? seedProblem(seed);
}

/** The seed the query string `search` gives (trimmed), or null when it gives none or one that cannot be used. */
export function usableLinkSeed(search: string): string | null {
  const seed = new URLSearchParams(search).get('seed')?.trim() ?? null;
  return seed !== null && linkSeedProblem(search, seed) === null ? seed : null;
}
