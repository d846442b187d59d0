/**
 * The rule that turns similarity figures for a pair of texts into a duplicate kind. Pure, so
 * the deduper and `explain` cannot disagree.
 */
import type { DuplicateKind } from '../types.js';

/** Similarity figures for an (earlier, newer) pair of texts. */
export interface PairFigures {
  /** Estimated (MinHash) Jaccard similarity of the shingle sets. */
  jaccard: number;
  /** Share of the newer text's fingerprints (or shingles) found in the earlier one. */
  newInOld: number;
  /** Share of the earlier text's fingerprints (or shingles) found in the newer one. */
  oldInNew: number;
  /** Distinct shingles of the newer text. */
  newShingles: number;
  /** Distinct shingles of the earlier text. */
  oldShingles: number;
}

/** Thresholds of {@link decideKind}. */
export interface DecideThresholds {
  nearThreshold: number;
  containThreshold: number;
  /** Size ratio (bigger / smaller, in shingles) from which containment beats near. */
  containRatio: number;
}

/** A decided duplicate relation. */
export interface Decision {
  kind: Exclude<DuplicateKind, 'exact'>;
  similarity: number;
  /** For `contains`: which side holds the other's text. */
  container?: 'new' | 'old';
}

/**
 * The kind of an (earlier, newer) pair, from `c` = the share of the smaller text (fewer
 * shingles) found inside the bigger and `J` = the Jaccard estimate:
 * 1. `contains` when `c >= containThreshold` and the bigger text is at least `containRatio`
 *    times the smaller (it adds text of its own: a wire story inside a local article, "85% of
 *    this article is the agency's text");
 * 2. else `near` when `J >= nearThreshold` (copies of about the same length: a few words
 *    changed, a sentence added or dropped);
 * 3. else `contains` when `c >= containThreshold`;
 * 4. else no link. Similarity: `c` for `contains`, `J` for `near`.
 */
export function decideKind(f: PairFigures, t: DecideThresholds): Decision | null {
  const newIsSmaller = f.newShingles <= f.oldShingles;
  const c = newIsSmaller ? f.newInOld : f.oldInNew;
  const ratio = newIsSmaller ? f.oldShingles / Math.max(1, f.newShingles) : f.newShingles / Math.max(1, f.oldShingles);
  const contains: Decision = { kind: 'contains', similarity: round3(c), container: newIsSmaller ? 'old' : 'new' };
  if (c >= t.containThreshold && ratio >= t.containRatio) return contains;
  if (f.jaccard >= t.nearThreshold) return { kind: 'near', similarity: round3(f.jaccard) };
  if (c >= t.containThreshold) return contains;
  return null;
}

/** Rounds to three decimals (similarities are estimates; more digits only suggest precision). */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
