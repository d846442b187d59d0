/**
 * 32-bit FNV-1a string hash. Story vectors and the document-frequency table key features by
 * this hash instead of by string, which keeps them compact (a collision between two features
 * merely blends their statistics, which is harmless at the rates involved).
 */

/** FNV-1a hash of `s` as an unsigned 32-bit integer. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
