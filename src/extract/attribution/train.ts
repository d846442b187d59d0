/**
 * Fitting the cue detector: collects the hashed features of every scorable token with a 0/1
 * label (inside a gold cue or not) and fits a logistic regression by FTRL-Proximal in a seeded
 * order, so the same data and seed give the same weights; {@link fitCueWeights} fits both
 * passes (the second on out-of-fold first-pass scores).
 */
import { mulberry32 } from '../../util/random.js';
import type { Span } from '../../types.js';
import { scorable } from './detect.js';
import { MAX_FEATURES, stackCandidate, stackFeatures, tokenFeatures, topTwo } from './features.js';
import type { PreparedText } from './index.js';
import { firstPass } from './model.js';
import { FILTER_BITS, MAX_FILTER_FEATURES, filterFeatures, nestedFlags, type Candidate } from './filter.js';
import type { Ctx } from './context.js';

/** Token examples stored flat: features of example n are `feats[off[n] .. off[n + 1])`. */
export interface TokenSet {
  feats: Uint32Array;
  off: Uint32Array;
  y: Uint8Array;
  size: number;
}

/** A growable {@link TokenSet} builder. */
export class TokenSetBuilder {
  private feats = new Uint32Array(1 << 20);
  private off: number[] = [0];
  private y: number[] = [];
  private readonly buf = new Uint32Array(MAX_FEATURES);

  constructor(private readonly mask: number) {}

  /**
   * Adds every scorable token of a prepared article, labelled by the gold cue spans. With
   * `firstWeights` (a first pass fitted without this article) the examples get the second
   * pass's {@link stackFeatures}.
   */
  addArticle(p: PreparedText, goldCues: Span[], firstWeights?: Float32Array): void {
    const { toks } = p.ctx;
    const cues = [...goldCues].sort((a, b) => a.start - b.start);
    const first = firstWeights ? { weights: firstWeights, mask: firstWeights.length - 1 } : null;
    for (const sent of p.ranges) {
      const z = first ? firstPass(first, p.features, sent, scorable) : null;
      const best = z ? topTwo(z) : null;
      for (let k = sent.a; k < sent.b; k++) {
        if (!scorable(p.features, k) || (z && !stackCandidate(z, k - sent.a))) continue;
        const t = toks[k];
        const label = cues.some((c) => c.start < t.end && t.start < c.end) ? 1 : 0;
        const n = z ? stackFeatures(p.features, k, sent, z, best ?? [-1, -1], this.mask, this.buf) : tokenFeatures(p.features, k, sent, this.mask, this.buf);
        const at = this.off[this.off.length - 1];
        if (at + n > this.feats.length) {
          const grown = new Uint32Array(this.feats.length * 2);
          grown.set(this.feats);
          this.feats = grown;
        }
        this.feats.set(this.buf.subarray(0, n), at);
        this.off.push(at + n);
        this.y.push(label);

      }
    }
  }

  /** The collected set. */
  build(): TokenSet {
    const end = this.off[this.off.length - 1];
    return { feats: this.feats.slice(0, end), off: Uint32Array.from(this.off), y: Uint8Array.from(this.y), size: this.y.length };
  }
}

/** Options of {@link fitLogistic} (FTRL-Proximal, McMahan et al. 2013). */
export interface FitOptions {
  bits: number;
  epochs: number;
  /** Per-coordinate learning rate scale. */
  alpha: number;
  beta: number;
  /** L1 strength: most hashed features end at exactly zero, which keeps the model small. */
  l1: number;
  l2: number;
  seed: number;
}

/**
 * Defaults. Detector character F1 of a half-a fit scored on half b moved by less than 0.005
 * across alpha 0.05-0.2, L1 0.3-3, L2 1-5 and 2-6 epochs; L1 = 1 keeps the file under 1 MB.
 */
export const DEFAULT_FIT: FitOptions = { bits: 20, epochs: 3, alpha: 0.1, beta: 1, l1: 1, l2: 1, seed: 20261122 };

/** Mulberry32: a small seeded PRNG (shared, `src/util/random.ts`). */
export const prng = mulberry32;

/** Fits logistic-regression weights (a dense table of `2^bits`) on `set` by FTRL-Proximal. */
export function fitLogistic(set: TokenSet, opts: FitOptions = DEFAULT_FIT): Float32Array {
  const size = 1 << opts.bits;
  const zs = new Float64Array(size);
  const ns = new Float64Array(size);
  const w = new Float32Array(size);
  const weight = (i: number): number => {
    const z = zs[i];
    if (Math.abs(z) <= opts.l1) return 0;
    return -(z - Math.sign(z) * opts.l1) / ((opts.beta + Math.sqrt(ns[i])) / opts.alpha + opts.l2);
  };
  const order = new Uint32Array(set.size);
  for (let n = 0; n < set.size; n++) order[n] = n;
  const rand = prng(opts.seed);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let n = set.size - 1; n > 0; n--) {
      const m = Math.floor(rand() * (n + 1));
      const t = order[n];
      order[n] = order[m];
      order[m] = t;
    }
    for (let r = 0; r < set.size; r++) {
      const n = order[r];
      const a = set.off[n];
      const b = set.off[n + 1];
      let z = 0;
      for (let f = a; f < b; f++) z += (w[set.feats[f]] = weight(set.feats[f]));
      const g = 1 / (1 + Math.exp(-z)) - set.y[n];
      for (let f = a; f < b; f++) {
        const i = set.feats[f];
        const sigma = (Math.sqrt(ns[i] + g * g) - Math.sqrt(ns[i])) / opts.alpha;
        zs[i] += g - sigma * w[i];
        ns[i] += g * g;
      }
    }
  }
  for (let i = 0; i < size; i++) w[i] = weight(i);
  return w;
}

/** Folds of the out-of-fold first pass (3 folds scored no better on PolNeAR half a). */
const STACK_FOLDS = 2;

/** An article to fit on: its prepared text and gold cue spans. */
export interface FitItem {
  prepared: PreparedText;
  cues: Span[];
}

/** Weights of a two-pass cue model. */
export interface CueWeights {
  weights: Float32Array;
  stack: Float32Array | null;
}

/**
 * Fits the first pass on all `items`, and (with `stacked`) the second pass on first-pass
 * scores each article gets from a first pass fitted on the other half of `items` (two folds,
 * even / odd), so the second pass learns from scores as unseen text gets them.
 */
export function fitCueWeights(items: FitItem[], opts: FitOptions = DEFAULT_FIT, stacked = true): CueWeights {
  const mask = (1 << opts.bits) - 1;
  const fitOn = (list: FitItem[]): Float32Array => {
    const b = new TokenSetBuilder(mask);
    for (const it of list) b.addArticle(it.prepared, it.cues);
    return fitLogistic(b.build(), opts);
  };
  const weights = fitOn(items);
  if (!stacked) return { weights, stack: null };
  const k = STACK_FOLDS;
  const b = new TokenSetBuilder(mask);
  for (let f = 0; f < k; f++) {
    const w = fitOn(items.filter((_, i) => i % k !== f));
    for (const it of items.filter((_, i) => i % k === f)) b.addArticle(it.prepared, it.cues, w);
  }
  return { weights, stack: fitLogistic(b.build(), opts) };
}

/** An article's candidates (from a cue model not fitted on it) labelled by the gold cues. */
export interface FilterExample {
  ctx: Ctx;
  cands: Candidate[];
  /** 1 where the candidate's cue overlaps a gold cue. */
  labels: number[];
}

/** The fitting options of the filter (FTRL-Proximal, as the cue model, in a small table). */
export const FILTER_FIT: FitOptions = { bits: FILTER_BITS, epochs: 5, alpha: 0.1, beta: 1, l1: 0.3, l2: 1, seed: 20261122 };

/** Fits the filter's weights on labelled candidates. */
export function fitFilterWeights(examples: FilterExample[], opts: FitOptions = FILTER_FIT): Float32Array {
  const feats: number[] = [];
  const off: number[] = [0];
  const y: number[] = [];
  const buf = new Uint32Array(MAX_FILTER_FEATURES);
  for (const ex of examples) {
    const nested = nestedFlags(ex.cands);
    ex.cands.forEach((c, i) => {
      const n = filterFeatures(ex.ctx, c, nested[i], buf);
      for (let f = 0; f < n; f++) feats.push(buf[f]);
      off.push(feats.length);
      y.push(ex.labels[i]);
    });
  }
  return fitLogistic({ feats: Uint32Array.from(feats), off: Uint32Array.from(off), y: Uint8Array.from(y), size: y.length }, opts);
}
