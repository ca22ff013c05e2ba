// FNV-1a over UTF-16 code units: a small, stable, platform-independent hash for checksums and
// golden-run fingerprints. Not for security.

/** 32-bit FNV-1a of a string, as 8 lowercase hex digits. */
export function fnv1a(text: string): string {
  return fnv1aNumber(text).toString(16).padStart(8, '0');
}

export function fnv1aNumber(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
