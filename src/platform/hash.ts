// Stateless hashing for values that must be reproducible without drawing from the random source: derived log
// lines (recomputed on every query) and per-device bandwidth.

/** FNV-1a over the string's UTF-16 code units. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines a hash with a number (murmur3's finaliser), e.g. a base hash with a slot index. */
export function mix(h: number, n: number): number {
  let x = (h ^ Math.imul(n | 0, 0x9e3779b1) ^ Math.floor(n / 4294967296)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
