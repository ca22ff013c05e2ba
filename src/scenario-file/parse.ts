// Reading a scenario file: text or a parsed value in, the file's data or a list of problems out.
// Nothing here throws; every problem names where it is, what was expected and what was found.
import * as v from 'valibot';
import { SCENARIO_FILE_FORMAT, scenarioFileSchema, type ScenarioFile } from './file-schema';
import { describeIssue, issueProblems, pathText } from './messages';
import { shortened } from '../text/shortened';
import { shown } from './shown';

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly string[] };

export const MAX_FILE_CHARS = 256 * 1024;
/** Deeper than any scenario file nests (a storylet's effect sits 7 levels down). */
const MAX_DEPTH = 24;
/** More problems than this are summarised: the first ones are what a facilitator fixes first. */
export const MAX_PROBLEMS = 40;
/** Keys that could change how objects behave if they reached a spread or an assignment. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const failed = (...problems: string[]): { readonly ok: false; readonly problems: readonly string[] } => ({ ok: false, problems });

/** Keys no file may use, and nesting no file needs, each with its path. */
function structureProblems(root: unknown): string[] {
  const problems: string[] = [];
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (typeof value !== 'object' || value === null || problems.length >= MAX_PROBLEMS) return;
    if (path.length > MAX_DEPTH) {
      problems.push(`${pathText(path)}: nested more than ${MAX_DEPTH} levels deep; no scenario file needs that`);
      return;
    }
    if (Array.isArray(value)) return value.forEach((item, i) => visit(item, [...path, i]));
    for (const [key, item] of Object.entries(value)) {
      if (FORBIDDEN_KEYS.has(key)) problems.push(`${pathText([...path, key])}: a field may not be called ${shown(key)}`);
      else visit(item, [...path, key]);
    }
  };
  visit(root, []);
  return problems;
}

function formatProblem(format: unknown): string | null {
  if (format === SCENARIO_FILE_FORMAT) return null;
  const reads = `this game reads scenario files of format ${SCENARIO_FILE_FORMAT}`;
  if (format === undefined) return `format: is missing; ${reads} (start from an exported scenario)`;
  if (typeof format === 'number' && format > SCENARIO_FILE_FORMAT) return `format: the file is format ${format}, made by a newer version of the game; ${reads}`;
  return `format: expected ${SCENARIO_FILE_FORMAT}, found ${shown(format)}; ${reads}`;
}

function capped(problems: readonly string[]): readonly string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `…and ${problems.length - MAX_PROBLEMS} more problems`];
}

/** A parsed JSON value as a scenario file, checked against the schema. */
export function readScenarioValue(value: unknown): Checked<ScenarioFile> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return failed(`the file: expected a scenario (an object with "format", "base", "id" and "name"), found ${shown(value)}`);
  const structure = structureProblems(value);
  if (structure.length > 0) return { ok: false, problems: capped(structure) };
  const format = formatProblem((value as { format?: unknown }).format);
  if (format !== null) return failed(format);
  const result = v.safeParse(scenarioFileSchema, value, { message: describeIssue });
  return result.success ? { ok: true, value: result.output } : { ok: false, problems: capped(issueProblems(result.issues)) };
}

/** Why a file of this size is refused, or null. */
export function sizeProblem(characters: number): string | null {
  return characters > MAX_FILE_CHARS ? `the file: expected at most ${MAX_FILE_CHARS / 1024} KB, found ${Math.ceil(characters / 1024)} KB; a scenario file is much smaller` : null;
}

/**
 * Whether `text` is meant as a scenario file (a JSON object naming the preset it is based on), whatever
 * its mistakes: what the room tells apart from run codes and saved rooms, which name no base.
 */
export function looksLikeScenarioFile(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return typeof value === 'object' && value !== null && !Array.isArray(value) && 'base' in value && !('runs' in value);
  } catch {
    return false;
  }
}

/** The text of a scenario file, parsed and checked. */
export function readScenarioText(text: unknown): Checked<ScenarioFile> {
  if (typeof text !== 'string') return failed('the file: expected text, found something else');
  const tooLarge = sizeProblem(text.length);
  if (tooLarge !== null) return failed(tooLarge);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return failed('the file: expected a scenario in JSON, found an empty file');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return failed(`the file: expected JSON, found text that is not JSON (${shortened(String((error as Error).message).replace(/\s+/g, ' '), 100)})`);
  }
  return readScenarioValue(value);
}
