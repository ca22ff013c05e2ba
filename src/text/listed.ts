// Items said as a sentence lists them: "a, b and c".

// Made on first use: the first Intl object a page makes costs it some milliseconds, and the game's
// first screen lists nothing.
let conjunction: Intl.ListFormat | undefined;

/** `items` joined as a sentence lists them: "a", "a and b", "a, b and c". */
export function listed(items: readonly string[]): string {
  return (conjunction ??= new Intl.ListFormat('en-GB', { type: 'conjunction' })).format(items);
}
