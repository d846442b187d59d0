/**
 * 32-bit FNV-1a string hash, shared by the story features (vectors and the document-frequency
 * table key features by it) and the attribution cue model (hashed feature templates). A
 * collision merely blends two features' statistics, harmless at the rates involved.
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
