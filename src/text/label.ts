// A player's name as the room, the CSV and a replay link carry it: typed or pasted by people, so
// control characters and line breaks are spaces and runs of spaces one.

/** A label as the room keeps it: one line, trimmed, whole (views shorten it to show it); null when empty. */
export function cleanLabel(raw: string): string | null {
  const label = raw.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return label === '' ? null : label;
}
