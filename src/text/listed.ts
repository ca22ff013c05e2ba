// Items said as a sentence lists them: "a, b and c".

const conjunction = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** `items` joined as a sentence lists them: "a", "a and b", "a, b and c". */
export function listed(items: readonly string[]): string {
  return conjunction.format(items);
}
