/**
 * MinHash signatures and LSH banding.
 *
 * A signature keeps, for each of `numPerm` positions, the smallest (re-mixed) hash of a set of
 * shingle hashes in that position's share of the hash space; the share of equal positions in
 * two signatures estimates the Jaccard similarity of the two sets (standard error
 * sqrt(J(1-J)/numPerm), about 0.035 at J = 0.8 with 128 positions). Banding cuts a
 * signature into `bands` bands of `rows` positions: two sets share at least one band with
 * probability 1 - (1 - J^rows)^bands.
 */
import { combine32, fmix32 } from './hash.js';

/** Parameters of a MinHash sketch; the same parameters give the same signatures. */
export interface MinHashFamily {
  /** Signature length (the number of "permutations", here bins). */
  numPerm: number;
  seed: number;
}

/** The MinHash parameters for `numPerm` positions and a seed. */
export function minHashFamily(numPerm: number, seed = 0x5eed): MinHashFamily {
  return { numPerm: Math.max(1, Math.floor(numPerm)), seed: seed >>> 0 };
}

const EMPTY = 0xffffffff;

/**
 * The MinHash signature of a set of 32-bit shingle hashes, computed by one permutation hashing
 * with optimal densification (Shrivastava, ICML 2017): each hash, re-mixed with the seed, falls
 * into one of `numPerm` bins by its high bits and each bin keeps its minimum; an empty bin
 * copies the value of a non-empty bin picked by a fixed pseudo-random probe sequence of its
 * own index. Equal positions estimate Jaccard without bias, with the error of `numPerm`
 * classic permutations, in O(n + numPerm) instead of O(n * numPerm). All positions are
 * 0xffffffff for an empty set.
 */
export function minHashSignature(hashes: Uint32Array, fam: MinHashFamily): Uint32Array {
  const k = fam.numPerm;
  const sig = new Uint32Array(k).fill(EMPTY);
  for (let i = 0; i < hashes.length; i++) {
    const v = fmix32(hashes[i] ^ fam.seed);
    const b = Math.floor((v / 4294967296) * k);
    if (v < sig[b]) sig[b] = v;
  }
  if (hashes.length === 0) return sig;
  const filled = Uint8Array.from(sig, (x) => (x !== EMPTY ? 1 : 0));
  for (let b = 0; b < k; b++) {
    if (filled[b]) continue;
    for (let attempt = 1; ; attempt++) {
      const j = fmix32(Math.imul(b + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b)) % k;
      if (filled[j]) {
        sig[b] = sig[j];
        break;
      }
    }
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of positions where two signatures agree. */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let eq = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) eq++;
  return eq / n;
}

/**
 * One 32-bit key per band (`bands` bands of `rows` positions; the band number is mixed in, so
 * keys of different bands do not meet). Requires `bands * rows <= sig.length`.
 */
export function bandKeys(sig: ArrayLike<number>, bands: number, rows: number): Uint32Array {
  const keys = new Uint32Array(bands);
  for (let b = 0; b < bands; b++) {
    let h = combine32(0x2545f491, b);
    for (let r = 0; r < rows; r++) h = combine32(h, sig[b * rows + r]);
    keys[b] = fmix32(h);
  }
  return keys;
}

/** Probability that two sets with Jaccard `j` share at least one band. */
export function bandCatchProbability(j: number, bands: number, rows: number): number {
  return 1 - Math.pow(1 - Math.pow(j, rows), bands);
}
