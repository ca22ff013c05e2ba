// A store held in the page's memory: what the game keeps when the browser refuses it storage, so the
// game plays on and nothing outlives the page.
import type { KeyValueStore } from './save';

export interface MapStore extends KeyValueStore {
  readonly items: Map<string, string>;
}

export function mapStore(entries: Readonly<Record<string, string>> = {}): MapStore {
  const items = new Map(Object.entries(entries));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}
