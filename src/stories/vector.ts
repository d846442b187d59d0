/**
 * Compact sparse vectors: parallel typed arrays of feature hashes (sorted ascending) and
 * weights. Story centroids keep only their heaviest entries, so thousands of active stories fit
 * in little memory, and sorted keys make dot products a linear merge (no hashing).
 */
import type { SparseVector } from './features.js';

/** A compact sparse vector; `keys` strictly ascending. */
export interface CompactVector {
  keys: Uint32Array;
  vals: Float32Array;
}

/** An empty compact vector. */
export function emptyVector(): CompactVector {
  return { keys: new Uint32Array(0), vals: new Float32Array(0) };
}

/** A sparse map as a compact vector, each weight multiplied by `scale`. */
export function fromMap(m: SparseVector, scale = 1): CompactVector {
  const keys = Uint32Array.from(m.keys()).sort();
  const vals = new Float32Array(keys.length);
  for (let i = 0; i < keys.length; i++) vals[i] = (m.get(keys[i]) as number) * scale;
  return { keys, vals };
}

/** L2 norm of a sparse map's raw weights. */
export function l2(v: SparseVector): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

/** Keeps the `cap` heaviest entries (ties broken by key), keys still ascending. */
export function topEntries(v: CompactVector, cap: number): CompactVector {
  return prune(v, cap);
}

function prune(v: CompactVector, cap: number): CompactVector {
  if (v.keys.length <= cap) return v;
  // The cap-th largest weight (selection on a copy), then one ordered pass: entries above it
  // are kept, and entries equal to it while room remains (lowest keys first).
  const cut = kthSmallest(scratchCopy(v.vals), v.vals.length - cap);
  let above = 0;
  for (let i = 0; i < v.vals.length; i++) if (v.vals[i] > cut) above++;
  let equalRoom = cap - above;
  // Keys and weights share one buffer (one allocation for the garbage collector to track).
  const buf = new ArrayBuffer(cap * 8);
  const keys = new Uint32Array(buf, 0, cap);
  const vals = new Float32Array(buf, cap * 4, cap);
  let k = 0;
  for (let i = 0; i < v.keys.length && k < cap; i++) {
    const x = v.vals[i];
    if (x > cut || (x === cut && equalRoom-- > 0)) {
      keys[k] = v.keys[i];
      vals[k++] = x;
    }
  }
  return { keys, vals };
}

/** Reused work space of {@link prune}'s selection (grown as needed, never shrunk). */
let scratch = new Float32Array(1024);

/** A copy of `vals` in the reused work space (valid until the next call). */
function scratchCopy(vals: Float32Array): Float32Array {
  if (scratch.length < vals.length) scratch = new Float32Array(Math.max(vals.length, 2 * scratch.length));
  const out = scratch.subarray(0, vals.length);
  out.set(vals);
  return out;
}

/**
 * The value of rank `k` (0-based, ascending) of `a`, as `a.sort()[k]` would give it, by
 * quickselect (Hoare partition, median-of-three pivot); reorders `a`. Weights are finite.
 */
export function kthSmallest(a: Float32Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three as pivot.
    let x = a[lo];
    let y = a[mid];
    let z = a[hi];
    if (x > y) [x, y] = [y, x];
    if (y > z) [y, z] = [z, y];
    if (x > y) [x, y] = [y, x];
    const pivot = y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

/**
 * `a + b` by a linear merge of the sorted keys. When the result holds more than `cap` entries
 * (with 25% slack, so pruning is amortised), only the `cap` heaviest are kept.
 */
export function addVectors(a: CompactVector, b: CompactVector, cap: number): CompactVector {
  const ak = a.keys;
  const bk = b.keys;
  const n = ak.length;
  const m = bk.length;
  // First pass: the size of the union, so the result is allocated once at its exact size.
  let size = n + m;
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (ak[i] < bk[j]) i++;
    else if (bk[j] < ak[i]) j++;
    else {
      size--;
      i++;
      j++;
    }
  }
  // Keys and weights share one buffer (one allocation for the garbage collector to track).
  const buf = new ArrayBuffer(size * 8);
  const keys = new Uint32Array(buf, 0, size);
  const vals = new Float32Array(buf, size * 4, size);
  const av = a.vals;
  const bv = b.vals;
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < n || j < m) {
    if (j >= m || (i < n && ak[i] < bk[j])) {
      keys[k] = ak[i];
      vals[k++] = av[i++];
    } else if (i >= n || bk[j] < ak[i]) {
      keys[k] = bk[j];
      vals[k++] = bv[j++];
    } else {
      keys[k] = ak[i];
      vals[k++] = av[i++] + bv[j++];
    }
  }
  const out = { keys, vals };
  return k > cap * 1.25 ? prune(out, cap) : out;
}

/** A compact vector as plain arrays (for snapshots). */
export function vectorToJson(v: CompactVector): [number[], number[]] {
  return [Array.from(v.keys), Array.from(v.vals)];
}

/** The inverse of {@link vectorToJson}. */
export function vectorFromJson(j: [number[], number[]]): CompactVector {
  return { keys: Uint32Array.from(j[0]), vals: Float32Array.from(j[1]) };
}

/**
 * `a - b` on the keys of `a` (keys only in `b` are ignored: a capped centroid may have dropped
 * them); entries that fall to (near) zero are removed.
 */
export function subtractVectors(a: CompactVector, b: CompactVector): CompactVector {
  const keys = new Uint32Array(a.keys.length);
  const vals = new Float32Array(a.keys.length);
  let j = 0;
  let k = 0;
  for (let i = 0; i < a.keys.length; i++) {
    const key = a.keys[i];
    while (j < b.keys.length && b.keys[j] < key) j++;
    const x = j < b.keys.length && b.keys[j] === key ? a.vals[i] - b.vals[j] : a.vals[i];
    if (x > 1e-5) {
      keys[k] = key;
      vals[k++] = x;
    }
  }
  return { keys: keys.slice(0, k), vals: vals.slice(0, k) };
}
