// Text cut short for a message or a page, by whole characters: an emoji or a letter written with two
// UTF-16 units is never split in half at the cut.

/** `text` cut to at most `max` characters, the last an ellipsis, when it is longer. */
export function shortened(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/** `text` quoted in a message as what was found: in curly quotes, cut to at most `max` characters. */
export function quoted(text: string, max = 40): string {
  return `“${shortened(text, max)}”`;
}
