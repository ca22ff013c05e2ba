// Going back to the page that led here: the history's entry is that page whenever its address names
// the same parameters, however each address wrote them.
import { describe, expect, it } from 'vitest';
import { sameAddress } from '../../src/ui/page-url';

describe('two addresses of one page', () => {
  it('are the same whatever the escapes of their parameters', () => {
    expect(sameAddress('https://x.org/game/?view=room&seed=my%20seed', 'https://x.org/game/?view=room&seed=my+seed')).toBe(true);
    expect(sameAddress('https://x.org/game/?view=room&seed=caf%C3%A9', 'https://x.org/game/?view=room&seed=café')).toBe(true);
  });

  it('differ by a parameter, a path, an origin, or when either is no address', () => {
    expect(sameAddress('https://x.org/game/?view=room&seed=a', 'https://x.org/game/?view=room&seed=b')).toBe(false);
    expect(sameAddress('https://x.org/game/?view=room', 'https://x.org/other/?view=room')).toBe(false);
    expect(sameAddress('https://x.org/?view=room', 'https://y.org/?view=room')).toBe(false);
    expect(sameAddress('', 'https://x.org/?view=room')).toBe(false);
  });
});
