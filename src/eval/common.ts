/**
 * Helpers every evaluation shares: precision / recall / F1 from counts, and the conversion of
 * gold offsets (Unicode code points) to JavaScript string indices.
 */

/** Precision, recall and F1 from counts (0 where a denominator is 0). */
export function prf(correct: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const p = predicted ? correct / predicted : 0;
  const r = gold ? correct / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/**
 * Maps code-point offsets to UTF-16 string indices for `text` (the identity when the text has
 * no character outside the Basic Multilingual Plane). Offsets past the end map to its length.
 */
export function codePointToIndex(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => Math.min(cp, text.length);
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    map.push(i);
    i += ch.length;
  }
  map.push(i);
  return (cp) => map[Math.min(cp, map.length - 1)];
}
