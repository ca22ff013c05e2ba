// Where this browser keeps the scenario files it has loaded: one key, a format version and a list of
// files, read here without checking the files themselves (store.ts checks them). Kept light, so the
// title screen can name stored scenarios before the game's content has loaded.
import type { KeyValueStore } from '../session/save';
import { keepAside } from '../session/set-aside';
import { shown } from './shown';

export const SCENARIOS_KEY = 'interdell.scenarios';
export const SCENARIOS_SET_ASIDE_PREFIX = 'interdell.scenarios.unreadable.';
const SCENARIOS_FORMAT = 1;

interface StoredScenarios {
  readonly format: typeof SCENARIOS_FORMAT;
  readonly files: readonly unknown[];
}

/** The stored files, or why the stored value cannot be read (a phrase). */
export function readStoredFiles(raw: string): readonly unknown[] | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return 'they are not valid JSON';
  }
  const { format, files } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Partial<StoredScenarios>;
  if (format !== SCENARIOS_FORMAT) return `they have format ${shown(format)}; this game reads format ${SCENARIOS_FORMAT}`;
  return Array.isArray(files) ? files : 'they hold no list of files';
}

export function writeStoredFiles(store: KeyValueStore, files: readonly unknown[]): void {
  const value: StoredScenarios = { format: SCENARIOS_FORMAT, files };
  store.setItem(SCENARIOS_KEY, JSON.stringify(value));
}

/** Writes `raw` under a key of its own and says where it is kept: that key, or (storage full) its old place. */
export function setAsideScenarios(store: KeyValueStore, raw: string): { readonly kept: boolean; readonly where: string } {
  try {
    const key = keepAside(store, SCENARIOS_SET_ASIDE_PREFIX, raw);
    return { kept: true, where: `It is kept, untouched, under "${key}".` };
  } catch {
    return { kept: false, where: `This browser's storage is full, so it stays where it was, under "${SCENARIOS_KEY}".` };
  }
}

/** A stored file's `key` field when it is text, else null. */
export function textField(file: unknown, key: 'id' | 'name'): string | null {
  const value = typeof file === 'object' && file !== null ? (file as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : null;
}
