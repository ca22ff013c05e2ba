// Keeping what cannot be read: the text is written under the first free `<prefix>N` key, never over
// anything already kept. Throws when storage refuses the write (full or blocked).
import type { KeyValueStore } from './save';

export function keepAside(store: KeyValueStore, prefix: string, raw: string): string {
  let n = 1;
  while (store.getItem(`${prefix}${n}`) !== null) n += 1;
  const key = `${prefix}${n}`;
  store.setItem(key, raw);
  return key;
}
