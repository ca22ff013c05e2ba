// How a value from a file is quoted in a message: short, on one line, and always as plain text.
import { shortened } from '../text/shortened';

/** `value` as a message quotes it: strings in quotes and cut at 40 characters, containers by size. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(shortened(value, 40));
  // JSON has no infinity: a file's number too large for a double (1e400) is read as one.
  if (value === Infinity || value === -Infinity) return `a number too large to use (${value > 0 ? 'beyond 1e308' : 'below −1e308'})`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}
