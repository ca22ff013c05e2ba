// Schema issues as sentences a facilitator can act on: where (a path such as
// `storylets.add[3].options[1].effects[0].delta`), what was expected, and what was found.
import * as v from 'valibot';
import { counted } from '../text/counted';
import { shown } from './shown';

/** A path into the file as it reads in a message: dotted fields, indices in brackets. */
export function pathText(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the file';
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      if (/^[A-Za-z0-9_-]+$/.test(key)) return i === 0 ? key : `.${key}`;
      return `[${shown(key)}]`;
    })
    .join('');
}

function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
}

/** Valibot's `("a" | "b")` as `one of "a", "b"`. */
function alternatives(expected: string | null): string {
  const parts = (expected ?? '').replace(/^\((.*)\)$/, '$1').split(' | ');
  return parts.length > 1 ? `one of ${parts.join(', ')}` : (parts[0] ?? 'something else');
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  strict_object: 'an object',
  object: 'an object',
};

function sizeOf(input: unknown): string {
  return typeof input === 'string' || Array.isArray(input) ? counted(input.length, unitOf(input)) : shown(input);
}

/** What a length limit counts: characters of text, items of a list. */
function unitOf(input: unknown): string {
  return typeof input === 'string' ? 'character' : 'item';
}

/** What a schema issue expected and found, without its path (see `issueProblems`). */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const found = shown(issue.input);
  const requirement = String(issue.requirement);
  switch (issue.type) {
    case 'integer':
      return `expected a whole number, found ${found}`;
    case 'finite':
      return `expected a finite number, found ${found}`;
    case 'min_value':
      return `expected at least ${requirement}, found ${found}`;
    case 'max_value':
      return `expected at most ${requirement}, found ${found}`;
    case 'gt_value':
      return `expected more than ${requirement}, found ${found}`;
    case 'max_length':
      return `expected at most ${counted(Number(requirement), unitOf(issue.input))}, found ${sizeOf(issue.input)}`;
    case 'min_length':
      return `expected at least ${counted(Number(requirement), unitOf(issue.input))}, found ${sizeOf(issue.input)}`;
    case 'non_empty':
      return `expected at least one item, found none`;
    case 'picklist':
    case 'variant':
    case 'literal':
      return issue.expected === 'Object' ? `expected an object, found ${found}` : `expected ${alternatives(issue.expected)}, found ${found}`;
    default:
      return `expected ${TYPE_WORDS[issue.type] ?? alternatives(issue.expected)}, found ${found}`;
  }
}

/** Edits (insertions, deletions, substitutions) between two short words, ignoring case. */
function distance(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++)
      next[j] = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length] as number;
}

/** The message of an object that takes exactly these fields: names a missing one, or the right ones. */
export function fieldsMessage(keys: readonly string[]): (issue: v.StrictObjectIssue) => string {
  return (issue) => {
    if (issue.expected === 'Object') return `expected an object, found ${shown(issue.input)}`;
    if (issue.expected !== 'never') return 'is missing';
    const key = String(issue.input);
    const close = key.length <= 60 ? keys.find((k) => distance(k, key) <= 2) : undefined;
    return close === undefined ? `is not a field here; the fields are ${keys.join(', ')}` : `is not a field here; did you mean ${close}?`;
  };
}

/** One sentence per issue, each opening with its path. */
export function issueProblems(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => `${pathText(issuePath(issue))}: ${issue.message}`);
}
