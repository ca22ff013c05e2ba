// A link's seed as every page reads it: a broken %-escape is refused wherever it sits in the link, and
// whatever the key is written as, where URLSearchParams would read it as a seed of U+FFFD characters.
import { describe, expect, it } from 'vitest';
import { brokenLinkSeed, linkSeedProblem } from '../../src/session/link-seed';

const seedOf = (search: string): string => new URLSearchParams(search).get('seed') ?? '';

describe('the seed of a link', () => {
  it.each(['?seed=%E0%A4%A', '?scenario=startup&seed=ab%ZZ', '?seed=x=%E0%A4', '?se%65d=%E0%A4', '?seed=ok&seed=%E0'])('is refused for a broken %%-escape: %s', (search) => {
    expect(brokenLinkSeed(search)).toMatch(/broken %-escape/);
    expect(linkSeedProblem(search, seedOf(search))).toMatch(/broken %-escape/);
  });

  it.each(['?seed=workshop', '?seed=caf%C3%A9+au+lait', '?seed=a%3Db', '?other=%E0&seed=fine', '?seed'])('takes a well-formed one: %s', (search) => {
    expect(brokenLinkSeed(search)).toBeNull();
  });

  it('says what seedProblem says of a well-formed one that cannot be a seed', () => {
    expect(linkSeedProblem('?seed=', '')).toBe('the seed is empty');
    expect(linkSeedProblem('?seed=workshop', 'workshop')).toBeNull();
  });
});
