// The room kept in the browser under one key, in the saved-room format (with the runs removed from
// it), and the text box's draft under another. A saved room that cannot be read in full is set aside
// under a key of its own and reported; the runs that can be read are kept.
import type { KeyValueStore } from '../session/save';
import { keepAside } from '../session/set-aside';
import type { ScenarioResolver } from '../scenario-file/resolve';
import type { Problem } from './candidate';
import { admit, EMPTY_ROOM, type Room } from './room';
import { readSavedRoom, savedRoomOf } from './saved-room';

export const ROOM_KEY = 'interdell.room';
/** What the room's text area holds (codes not yet added, or refused), kept across reloads and visits elsewhere. */
export const DRAFT_KEY = 'interdell.room.draft';
export const ROOM_SET_ASIDE_PREFIX = 'interdell.room.unreadable.';

export interface RestoredRoom {
  readonly room: Room;
  readonly problems: readonly Problem[];
  /** The key the unreadable saved room now lives under, or null when nothing was set aside. */
  readonly setAsideAs: string | null;
}

/** What this module once wrote for a room with no runs, which reads back as the empty room it was. */
const EMPTY_SAVED_ROOM = JSON.stringify(savedRoomOf([]));

/** Writes the room (an empty one is no saved room at all); returns why it could not be written (storage full or blocked), or null. */
export function storeRoom(store: KeyValueStore, room: Room): string | null {
  try {
    if (room.runs.length === 0 && room.removed.length === 0) store.removeItem(ROOM_KEY);
    else store.setItem(ROOM_KEY, JSON.stringify(savedRoomOf(room.runs, room.removed)));
    return null;
  } catch (e) {
    return `the room could not be saved in this browser (${(e as Error).message}); export it to keep it`;
  }
}

export function restoreRoom(store: KeyValueStore, scenarios: ScenarioResolver): RestoredRoom {
  let raw: string | null;
  try {
    raw = store.getItem(ROOM_KEY);
  } catch (e) {
    return { room: EMPTY_ROOM, problems: [{ where: null, message: `this browser does not let the page read its saved room (${(e as Error).message})` }], setAsideAs: null };
  }
  if (raw === null || raw === EMPTY_SAVED_ROOM) return { room: EMPTY_ROOM, problems: [], setAsideAs: null };
  // Read once, its runs replayed as an import of it would (storeRoom wrote it: a saved room, at most MAX_ROOM_RUNS runs).
  const { parsed, removed } = readSavedRoom(raw);
  // Every run removed: a room of removals alone, which are kept so that a paste leaves them out.
  if (parsed.candidates.length === 0 && parsed.problems.length === 0) return { room: { runs: [], removed }, problems: [], setAsideAs: null };
  const read = admit(EMPTY_ROOM, parsed, scenarios);
  const restored = { ...read, room: { ...read.room, removed } };
  if (restored.problems.length === 0) return { room: restored.room, problems: [], setAsideAs: null };
  let key: string;
  try {
    key = keepAside(store, ROOM_SET_ASIDE_PREFIX, raw);
  } catch (e) {
    // Nothing is overwritten while the original cannot be kept elsewhere.
    const stuck = { where: null, message: `the saved room could not be read in full, nor set aside (${(e as Error).message}); it stays under “${ROOM_KEY}” until the room changes` };
    return { room: restored.room, problems: [stuck, ...restored.problems], setAsideAs: null };
  }
  const saveError = storeRoom(store, restored.room);
  const kept = { where: null, message: `the saved room could not be read in full; it is kept unchanged under the browser storage key “${key}”` };
  const problems = [kept, ...restored.problems, ...(saveError === null ? [] : [{ where: null, message: saveError }])];
  return { room: restored.room, problems, setAsideAs: key };
}

/** The longest text area kept: some two thousand codes with names, far beyond a room's 500 runs. */
export const MAX_DRAFT_CHARS = 200_000;

/**
 * Keeps the text area's text (none when empty, nor when longer than MAX_DRAFT_CHARS, which would
 * crowd the room out of the browser's storage). A browser that will not keep it loses only the
 * draft: the box still holds it.
 */
export function storeDraft(store: KeyValueStore, text: string): void {
  try {
    if (text.trim() === '' || text.length > MAX_DRAFT_CHARS) store.removeItem(DRAFT_KEY);
    else store.setItem(DRAFT_KEY, text);
  } catch {
    // Nothing to say: the text stays in the box for as long as the page is open.
  }
}

/** The text area's text as last kept, or '' when none was (or storage cannot be read). */
export function restoreDraft(store: KeyValueStore): string {
  try {
    return store.getItem(DRAFT_KEY) ?? '';
  } catch {
    return '';
  }
}
