// Titles and lines said as sentences: a title such as "Paged at 2 a.m." or "Would you co-maintain?"
// ends its sentence already, and a full stop after it would be read out twice.

/** Ends in a full stop, a question or an exclamation, perhaps inside closing quotes or brackets. */
const ENDED = /[.!?…]["'”’)\]]*$/u;

/** `text`, trimmed, with a full stop after it unless it ends a sentence already (empty stays empty). */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' || ENDED.test(trimmed) ? trimmed : `${trimmed}.`;
}
