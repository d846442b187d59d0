/**
 * The learned cue detector's weights: a logistic regression over hashed token features
 * ({@link tokenFeatures}), stored sparse in `model.json` (written by
 * `scripts/fit-attribution.ts`) and expanded into a dense table once.
 */
import { readFileSync } from 'node:fs';
import { FEATURE_VERSION, MAX_FEATURES, tokenFeatures, type FeatureDoc } from './features.js';
import type { TokRange } from './context.js';

/** Contents of `model.json`. */
export interface CueModelFile {
  featureVersion: number;
  /** log2 of the hashed table size. */
  bits: number;
  /** Probability above which a token belongs to a cue. */
  threshold: number;
  /** Probability a cue the rules do not know (no rule cue head inside) needs somewhere. */
  newThreshold: number;
  /** Weights are stored as integers: weight = w / scale. */
  scale: number;
  /** Sorted table indices of the non-zero weights, delta-encoded. */
  idx: number[];
  w: number[];
  /** How and when it was fitted (provenance only). */
  fitted?: { date: string; command: string; articles: number; note?: string };
}

/** A ready-to-score model. */
export interface CueModel {
  weights: Float32Array;
  mask: number;
  threshold: number;
  newThreshold: number;
}

/** Expands a stored model; null when it was fitted for other features than this code's. */
export function expandModel(file: CueModelFile): CueModel | null {
  if (file.featureVersion !== FEATURE_VERSION || file.idx.length !== file.w.length) return null;
  const size = 1 << file.bits;
  const weights = new Float32Array(size);
  let at = 0;
  for (let n = 0; n < file.idx.length; n++) {
    at += file.idx[n];
    if (at >= size) return null;
    weights[at] = file.w[n] / file.scale;
  }
  return { weights, mask: size - 1, threshold: file.threshold, newThreshold: file.newThreshold ?? file.threshold };
}

/** Stores dense weights sparsely, dropping those with |w| < `minAbs`. */
export function compactModel(
  weights: Float32Array,
  bits: number,
  thresholds: { threshold: number; newThreshold: number },
  minAbs: number,
  fitted?: CueModelFile['fitted'],
): CueModelFile {
  const scale = 1000;
  const idx: number[] = [];
  const w: number[] = [];
  let last = 0;
  for (let i = 0; i < weights.length; i++) {
    const q = Math.round(weights[i] * scale);
    if (Math.abs(weights[i]) < minAbs || q === 0) continue;
    idx.push(i - last);
    w.push(q);
    last = i;
  }
  return { featureVersion: FEATURE_VERSION, bits, ...thresholds, scale, idx, w, ...(fitted ? { fitted } : {}) };
}

let bundled: CueModel | null | undefined;

/**
 * The bundled model (loaded once), or null when `model.json` is missing or was fitted for
 * other features: the caller then keeps the rule-based cues only.
 */
export function bundledModel(): CueModel | null {
  if (bundled !== undefined) return bundled;
  try {
    const file = JSON.parse(readFileSync(new URL('./model.json', import.meta.url), 'utf8')) as CueModelFile;
    bundled = expandModel(file);
  } catch {
    bundled = null;
  }
  return bundled;
}

const BUF = new Uint32Array(MAX_FEATURES);

/** The raw score (log-odds) of token `k` of sentence `sent`. */
export function tokenScore(model: CueModel, doc: FeatureDoc, k: number, sent: TokRange): number {
  const n = tokenFeatures(doc, k, sent, model.mask, BUF);
  let z = 0;
  for (let f = 0; f < n; f++) z += model.weights[BUF[f]];
  return z;
}
