/**
 * Word shingles: every run of `k` consecutive tokens, hashed to an unsigned 32-bit integer.
 */
import { combine32, fmix32 } from './hash.js';

/**
 * Hashes of the word `k`-shingles of a text given as its token hashes, in text order (a
 * repeated shingle appears repeatedly). A text shorter than `k` tokens has no shingle.
 */
export function shingleHashes(th: Uint32Array, k: number): Uint32Array {
  const n = th.length - k + 1;
  if (n <= 0) return new Uint32Array(0);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = k;
    for (let j = 0; j < k; j++) h = combine32(h, th[i + j]);
    out[i] = fmix32(h);
  }
  return out;
}

/** The distinct values of `hashes`, sorted ascending. */
export function uniqueSorted(hashes: Uint32Array): Uint32Array {
  if (hashes.length === 0) return new Uint32Array(0);
  // slice() copies the buffer at once (Uint32Array.from walks the iterator protocol).
  const s = hashes.slice().sort();
  let w = 1;
  for (let i = 1; i < s.length; i++) if (s[i] !== s[w - 1]) s[w++] = s[i];
  return s.slice(0, w);
}

/** Scratch hash set of {@link countDistinct}: values, and the call that wrote each slot. */
let setValues = new Uint32Array(1024);
let setStamps = new Uint32Array(1024);
let setStamp = 0;

/** The number of distinct values of `hashes` (as `uniqueSorted(hashes).length`, without sorting). */
export function countDistinct(hashes: Uint32Array): number {
  const n = hashes.length;
  if (n === 0) return 0;
  let size = setValues.length;
  while (size < 2 * n) size *= 2;
  if (size !== setValues.length || setStamp === 0xffffffff) {
    setValues = new Uint32Array(size);
    setStamps = new Uint32Array(size);
    setStamp = 0;
  }
  const stamp = ++setStamp;
  const mask = size - 1;
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    const v = hashes[i];
    // Shingle hashes are already well mixed: their low bits index the table.
    let slot = v & mask;
    for (;;) {
      if (setStamps[slot] !== stamp) {
        setStamps[slot] = stamp;
        setValues[slot] = v;
        distinct++;
        break;
      }
      if (setValues[slot] === v) break;
      slot = (slot + 1) & mask;
    }
  }
  return distinct;
}

/** Size of the intersection of two ascending sorted arrays of distinct values. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}
