/** Reproducible randomness: every draw is a pure function of a key string (ids, day, segment). */

/** FNV-1a, 32 bits. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A number in [0, 1) fixed by the key (one mulberry32 step over the key's hash). */
export function unit(key: string): number {
  let t = (hash(key) + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** A factor in [1 - spread, 1 + spread], fixed by the key. */
export function jitter(key: string, spread: number): number {
  return 1 - spread + 2 * spread * unit(key);
}
