/**
 * Winnowing (Schleimer, Wilkerson & Aiken 2003): from each window of `w` consecutive shingle
 * hashes keep the smallest. The chosen fingerprints depend only on local content, so a passage
 * of at least `w + k - 1` words that two texts share always yields at least one common
 * fingerprint, and a text copied whole into another has all of its fingerprints there too.
 * That makes the share of a text's fingerprints found in another an estimate of containment.
 */
import { uniqueSorted } from './shingles.js';

/**
 * The winnowed fingerprints of a sequence of shingle hashes (text order), as a sorted set.
 * Ties in a window pick the rightmost minimum; a sequence shorter than `w` yields its minimum.
 */
export function winnow(hashes: Uint32Array, w: number): Uint32Array {
  const n = hashes.length;
  if (n === 0) return new Uint32Array(0);
  if (n <= w) {
    let m = hashes[0];
    for (let i = 1; i < n; i++) if (hashes[i] < m) m = hashes[i];
    return Uint32Array.of(m);
  }
  const picked: number[] = [];
  let last = -1;
  // The rightmost minimum of the current window; carried over while it stays inside the window
  // (a new last value at most as small takes its place), searched afresh when it drops out.
  let minPos = -1;
  for (let start = 0; start + w <= n; start++) {
    const end = start + w - 1;
    if (minPos < start) {
      minPos = start;
      for (let i = start + 1; i <= end; i++) if (hashes[i] <= hashes[minPos]) minPos = i;
    } else if (hashes[end] <= hashes[minPos]) minPos = end;
    if (minPos !== last) {
      picked.push(hashes[minPos]);
      last = minPos;
    }
  }
  return uniqueSorted(new Uint32Array(picked));
}
