/**
 * The learned cue detector's weights: a logistic regression over hashed token features
 * ({@link tokenFeatures}), and a second one over the same features plus the neighbours' binned
 * first-pass scores ({@link stackFeatures}: a stacked pass that makes the parts of a multiword
 * cue agree), stored sparse in `model.json` (written by `scripts/fit-attribution.ts`) and
 * expanded into dense tables once.
 */
import { readFileSync } from 'node:fs';
import { FEATURE_VERSION, MAX_FEATURES, stackCandidate, stackFeatures, tokenFeatures, topTwo, type FeatureDoc } from './features.js';
import type { TokRange } from './context.js';
import { FILTER_BITS, type RelationFilter } from './filter.js';

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
  /** The second pass's weights ({@link stackFeatures}), stored like `idx` / `w`. */
  stack?: { idx: number[]; w: number[] };
  /** The relation filter ({@link RelationFilter}): weights stored like `idx` / `w`, and its threshold. */
  filter?: { idx: number[]; w: number[]; threshold: number };
  /** How and when it was fitted (provenance only). */
  fitted?: { date: string; command: string; articles: number; note?: string };
}

/** A ready-to-score model. */
export interface CueModel {
  weights: Float32Array;
  mask: number;
  threshold: number;
  newThreshold: number;
  /** Second-pass weights over {@link stackFeatures} (null: one pass). */
  stack: Float32Array | null;
  /** The relation filter (null: none). */
  filter?: RelationFilter | null;
  /** `weights` and `stack` packed small for scoring ({@link PackedWeights}; absent: score from them). */
  packed?: { weights: PackedWeights; stack: PackedWeights | null } | null;
}

/**
 * A weight table stored as the fitted integers (`weight = w / scale`, as `model.json` keeps
 * them): two bytes a weight instead of four, so the half-random reads of scoring miss the CPU
 * caches less often. `values[w + PACK_ZERO]` is the weight, the very float of the dense table.
 */
export interface PackedWeights {
  q: Int16Array;
  values: Float32Array;
}

/** Offset of weight 0 in {@link PackedWeights.values}. */
const PACK_ZERO = 32768;

/** Packs stored weights (null when one does not fit in 16 bits). */
function packWeights(size: number, idx: number[], w: number[], scale: number): PackedWeights | null {
  const q = new Int16Array(size);
  let at = 0;
  for (let n = 0; n < idx.length; n++) {
    at += idx[n];
    if (at >= size || !Number.isInteger(w[n]) || Math.abs(w[n]) >= PACK_ZERO) return null;
    q[at] = w[n];
  }
  return { q, values: palette(scale) };
}

/** The floats of every 16-bit stored weight at `scale`, made once per scale (the tables of a model share it). */
function palette(scale: number): Float32Array {
  let values = PALETTES.get(scale);
  if (!values) {
    values = new Float32Array(2 * PACK_ZERO);
    for (let v = 0; v < values.length; v++) values[v] = (v - PACK_ZERO) / scale;
    PALETTES.set(scale, values);
  }
  return values;
}
const PALETTES = new Map<number, Float32Array>();

function expandWeights(size: number, idx: number[], w: number[], scale: number): Float32Array | null {
  if (idx.length !== w.length) return null;
  const weights = new Float32Array(size);
  let at = 0;
  for (let n = 0; n < idx.length; n++) {
    at += idx[n];
    if (at >= size) return null;
    weights[at] = w[n] / scale;
  }
  return weights;
}

function compactWeights(weights: Float32Array, scale: number, minAbs: number): { idx: number[]; w: number[] } {
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
  return { idx, w };
}

/** Expands a stored model; null when it was fitted for other features than this code's. */
export function expandModel(file: CueModelFile): CueModel | null {
  if (file.featureVersion !== FEATURE_VERSION) return null;
  const size = 1 << file.bits;
  const weights = expandWeights(size, file.idx, file.w, file.scale);
  const stack = file.stack ? expandWeights(size, file.stack.idx, file.stack.w, file.scale) : null;
  const fw = file.filter ? expandWeights(1 << FILTER_BITS, file.filter.idx, file.filter.w, file.scale) : null;
  if (!weights || (file.stack && !stack) || (file.filter && !fw)) return null;
  const filter = file.filter && fw ? { weights: fw, threshold: file.filter.threshold } : null;
  const pw = packWeights(size, file.idx, file.w, file.scale);
  const ps = file.stack ? packWeights(size, file.stack.idx, file.stack.w, file.scale) : null;
  const packed = pw && (!file.stack || ps) ? { weights: pw, stack: ps } : null;
  return { weights, mask: size - 1, threshold: file.threshold, newThreshold: file.newThreshold ?? file.threshold, stack, filter, packed };
}

/** Stores dense weights (and the second pass's, when given) sparsely, dropping |w| < `minAbs`. */
export function compactModel(
  weights: Float32Array,
  bits: number,
  thresholds: { threshold: number; newThreshold: number },
  minAbs: number,
  fitted?: CueModelFile['fitted'],
  stack?: Float32Array | null,
  filter?: RelationFilter | null,
): CueModelFile {
  const scale = 1000;
  const { idx, w } = compactWeights(weights, scale, minAbs);
  return {
    featureVersion: FEATURE_VERSION,
    bits,
    ...thresholds,
    scale,
    idx,
    w,
    ...(stack ? { stack: compactWeights(stack, scale, minAbs) } : {}),
    ...(filter ? { filter: { ...compactWeights(filter.weights, scale, 0.001), threshold: filter.threshold } } : {}),
    ...(fitted ? { fitted } : {}),
  };
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

/** The first-pass score (log-odds) of token `k` of sentence `sent`. */
export function tokenScore(model: Pick<CueModel, 'weights' | 'mask' | 'packed'>, doc: FeatureDoc, k: number, sent: TokRange): number {
  const n = tokenFeatures(doc, k, sent, model.mask, BUF);
  const p = model.packed?.weights;
  return p ? packedSum(p, n) : denseSum(model.weights, n);
}

/** The sum of the weights of the `n` features in `BUF`, in order. */
function denseSum(weights: Float32Array, n: number): number {
  let z = 0;
  for (let f = 0; f < n; f++) z += weights[BUF[f]];
  return z;
}

/** {@link denseSum} from packed weights: the same floats, added in the same order. */
function packedSum({ q, values }: PackedWeights, n: number): number {
  let z = 0;
  for (let f = 0; f < n; f++) z += values[q[BUF[f]] + PACK_ZERO];
  return z;
}

/**
 * First-pass scores of every token of `sent` (`-Infinity` where `scorable` is false), as
 * `z[k - sent.a]`.
 */
export function firstPass(model: Pick<CueModel, 'weights' | 'mask' | 'packed'>, doc: FeatureDoc, sent: TokRange, scorable: (doc: FeatureDoc, k: number) => boolean): Float64Array {
  const z = new Float64Array(sent.b - sent.a);
  for (let k = sent.a; k < sent.b; k++) z[k - sent.a] = scorable(doc, k) ? tokenScore(model, doc, k, sent) : -Infinity;
  return z;
}

/**
 * The final scores of every token of `sent`: the first pass, then, when the model has one, the
 * second pass over {@link stackFeatures} (the neighbours' first-pass scores).
 */
export function sentenceScores(model: CueModel, doc: FeatureDoc, sent: TokRange, scorable: (doc: FeatureDoc, k: number) => boolean): Float64Array {
  const z1 = firstPass(model, doc, sent, scorable);
  const { stack } = model;
  if (!stack) return z1;
  const z2 = new Float64Array(z1.length);
  const best = topTwo(z1);
  const packedStack = model.packed?.stack ?? null;
  for (let x = 0; x < z1.length; x++) {
    if (!stackCandidate(z1, x)) {
      z2[x] = z1[x];
      continue;
    }
    const n = stackFeatures(doc, sent.a + x, sent, z1, best, model.mask, BUF);
    z2[x] = packedStack ? packedSum(packedStack, n) : denseSum(stack, n);
  }
  return z2;
}
