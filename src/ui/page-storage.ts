// The browser storage a page keeps its runs, rooms and scenario files in. A browser set to block
// site data refuses it (reading `localStorage` throws): the page then keeps them in memory, and says
// why, so that nothing fails later and nobody believes their work is kept when it is not.
import { mapStore } from '../session/memory-store';
import type { KeyValueStore } from '../session/save';

export interface PageStorage {
  readonly store: KeyValueStore;
  /** Why nothing outlives the page (the browser's words), or null when storage works. */
  readonly refused: string | null;
}

export function pageStorage(): PageStorage {
  try {
    const store = window.localStorage;
    // A browser may hand the object out and refuse it on first use.
    store.getItem('interdell.storage-check');
    return { store, refused: null };
  } catch (e) {
    return { store: mapStore(), refused: (e as Error).message };
  }
}

/** A browser's error message set in brackets within a sentence: without its own full stop. */
export function inBrackets(message: string): string {
  return `(${message.trim().replace(/\.$/, '')})`;
}

/** The sentence a page shows when the browser refused it storage. */
export function refusedStorage(refused: string): string {
  return `This browser does not let the page keep anything ${inBrackets(refused)}, so nothing you do here is kept once you leave the page.`;
}
