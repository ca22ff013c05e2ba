// Saving the live run: after every command the run's code (version, scenario, seed, commands) is
// written under one key, with a format version. A save that cannot be read is set aside under its own
// key and reported; it is never silently overwritten or lost. Storage that refuses a write (full, or
// blocked by the browser) is reported as a sentence, never thrown at the game.
import { careerStartOf, decodeRunCode, runCodeOf, type CareerStart, type RunState } from '../engine';
import { keepAside } from './set-aside';

/** The part of Web Storage the save needs, so tests can pass a Map-backed stand-in. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const SAVE_KEY = 'interdell.save';
export const SET_ASIDE_PREFIX = 'interdell.save.unreadable.';
export const SAVE_FORMAT = 1;

export interface SaveFile {
  readonly format: typeof SAVE_FORMAT;
  readonly code: string;
}

export type LoadedSave =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly code: string }
  | {
      readonly kind: 'unreadable';
      readonly error: string;
      readonly setAside: SetAside;
      /** The career the save was on, when its code still tells (one made by another version does). */
      readonly career: CareerStart | null;
    };

function problemWith(raw: string): { code: string } | { error: string; career: CareerStart | null } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { error: 'the saved run is not valid JSON', career: null };
  }
  if (typeof parsed !== 'object' || parsed === null) return { error: 'the saved run is not an object', career: null };
  const { format, code } = parsed as Record<string, unknown>;
  if (format !== SAVE_FORMAT) return { error: `the saved run has format ${JSON.stringify(format)}; this game reads format ${SAVE_FORMAT}`, career: null };
  const decoded = decodeRunCode(code);
  if (!decoded.ok) return { error: `the saved run's code is unusable: ${decoded.error}`, career: careerStartOf(code) };
  return { code: code as string };
}

/** Whether anything is stored under the save's key (readable or not); reads nothing else. */
export function hasSave(store: KeyValueStore): boolean {
  return store.getItem(SAVE_KEY) !== null;
}

/** Reads the save. An unreadable one is moved aside (kept, under a new key) and reported. */
export function loadSave(store: KeyValueStore): LoadedSave {
  const raw = store.getItem(SAVE_KEY);
  if (raw === null) return { kind: 'none' };
  const result = problemWith(raw);
  if ('code' in result) return { kind: 'ok', code: result.code };
  return { kind: 'unreadable', error: result.error, setAside: setAside(store), career: result.career };
}

/** Where a save that was moved aside is kept, or why it could not be (it then stays under SAVE_KEY). */
export type SetAside = { readonly kept: string } | { readonly stuck: string };

/** Moves the current save to a key of its own, kept for the player; when storage refuses, it stays where it is. */
export function setAside(store: KeyValueStore): SetAside {
  try {
    const kept = keepAside(store, SET_ASIDE_PREFIX, store.getItem(SAVE_KEY) ?? '');
    store.removeItem(SAVE_KEY);
    return { kept };
  } catch (e) {
    return { stuck: (e as Error).message };
  }
}

/** Saves the run; why it could not be saved, or null when it was. */
export function writeSave(store: KeyValueStore, state: RunState): string | null {
  const file: SaveFile = { format: SAVE_FORMAT, code: runCodeOf(state) };
  try {
    store.setItem(SAVE_KEY, JSON.stringify(file));
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

export function clearSave(store: KeyValueStore): void {
  store.removeItem(SAVE_KEY);
}
