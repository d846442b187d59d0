/**
 * Multiclass gradient-boosted decision trees (softmax loss, second-order leaf values, small
 * depth), with per-row weights. Training bins each feature at quantiles; the fitted trees keep
 * raw thresholds, so prediction needs only the feature vector. Deterministic: no sampling.
 */

/** A tree node: `[feature, threshold, leftIndex, rightIndex]` (go left when `x[f] <= t`) or a
 * leaf `[value]`. */
export type TreeNode = [number, number, number, number] | [number];

/** A fitted boosted model. */
export interface BoostedModel {
  classes: string[];
  /** Initial log-odds per class. */
  base: number[];
  /** `trees[round][class]`: nodes, root at index 0. */
  trees: TreeNode[][][];
}

/** Training options. */
export interface BoostOptions {
  rounds: number;
  depth: number;
  learningRate: number;
  /** L2 penalty on leaf values. */
  lambda: number;
  /** Minimum summed hessian (times weight) in a child. */
  minChild: number;
  /** Number of quantile bins per feature. */
  bins: number;
}

/** Defaults suited to a few thousand rows and a few dozen features. */
export const DEFAULT_BOOST: BoostOptions = { rounds: 150, depth: 3, learningRate: 0.1, lambda: 1, minChild: 2, bins: 32 };

/** Class probabilities (softmax of the summed tree outputs). */
export function predictProba(model: BoostedModel, x: readonly number[]): number[] {
  const z = model.base.slice();
  for (const round of model.trees)
    for (let k = 0; k < round.length; k++) z[k] += evalTree(round[k], x);
  return softmax(z);
}

function evalTree(nodes: TreeNode[], x: readonly number[]): number {
  let i = 0;
  for (;;) {
    const n = nodes[i];
    if (n.length === 1) return n[0];
    i = (x[n[0]] ?? 0) <= n[1] ? n[2] : n[3];
  }
}

function softmax(z: number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/** Quantile thresholds of one feature column (distinct, ascending). */
function thresholds(values: number[], bins: number): number[] {
  const sorted = values.slice().sort((a, b) => a - b);
  const out: number[] = [];
  for (let b = 1; b < bins; b++) {
    const v = sorted[Math.floor((b * sorted.length) / bins)];
    if (v !== undefined && (out.length === 0 || v > out[out.length - 1])) out.push(v);
  }
  // A threshold equal to the maximum splits nothing.
  if (out.length && out[out.length - 1] >= sorted[sorted.length - 1]) out.pop();
  return out;
}

/**
 * Fits a softmax boosted model. `y[i]` is a class index into `classes`; `w[i]` a row weight
 * (class weights go here).
 */
export function fitBoosted(
  X: number[][],
  y: number[],
  w: number[],
  classes: string[],
  opts: BoostOptions = DEFAULT_BOOST,
): BoostedModel {
  const n = X.length;
  const d = X[0]?.length ?? 0;
  const K = classes.length;
  const cuts = Array.from({ length: d }, (_, f) => thresholds(X.map((r) => r[f]), opts.bins));
  // Bin index of every value: number of thresholds strictly below it.
  const binned = X.map((r) =>
    r.map((v, f) => {
      const c = cuts[f];
      let lo = 0;
      let hi = c.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (c[mid] < v) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }),
  );
  const wsum = w.reduce((a, b) => a + b, 0);
  const base = classes.map((_, k) => {
    const p = y.reduce((a, yi, i) => a + (yi === k ? w[i] : 0), 0) / wsum;
    return Math.log(Math.max(p, 1e-6));
  });
  const F = X.map(() => base.slice());
  const trees: TreeNode[][][] = [];
  const all = Array.from({ length: n }, (_, i) => i);
  for (let r = 0; r < opts.rounds; r++) {
    const P = F.map(softmax);
    const round: TreeNode[][] = [];
    for (let k = 0; k < K; k++) {
      if (K === 2 && k === 0) {
        // Binary: the first class stays at its base score; one tree per round suffices.
        round.push([[0]]);
        continue;
      }
      const g = P.map((p, i) => w[i] * (p[k] - (y[i] === k ? 1 : 0)));
      const h = P.map((p, i) => w[i] * Math.max(p[k] * (1 - p[k]), 1e-6));
      const nodes: TreeNode[] = [];
      grow(nodes, all, 0);
      round.push(nodes);
      for (let i = 0; i < n; i++) F[i][k] += evalTree(nodes, X[i]);

      function grow(out: TreeNode[], rows: number[], depth: number): number {
        const idx = out.length;
        out.push([0]);
        let G = 0;
        let H = 0;
        for (const i of rows) {
          G += g[i];
          H += h[i];
        }
        const leaf = (-G / (H + opts.lambda)) * opts.learningRate;
        if (depth >= opts.depth || rows.length < 4) {
          out[idx] = [leaf];
          return idx;
        }
        const parentScore = (G * G) / (H + opts.lambda);
        let bestGain = 1e-9;
        let bestF = -1;
        let bestBin = -1;
        for (let f = 0; f < d; f++) {
          const nb = cuts[f].length + 1;
          if (nb < 2) continue;
          const hg = new Float64Array(nb);
          const hh = new Float64Array(nb);
          for (const i of rows) {
            const b = binned[i][f];
            hg[b] += g[i];
            hh[b] += h[i];
          }
          let GL = 0;
          let HL = 0;
          for (let b = 0; b < nb - 1; b++) {
            GL += hg[b];
            HL += hh[b];
            const GR = G - GL;
            const HR = H - HL;
            if (HL < opts.minChild || HR < opts.minChild) continue;
            const gain = (GL * GL) / (HL + opts.lambda) + (GR * GR) / (HR + opts.lambda) - parentScore;
            if (gain > bestGain) {
              bestGain = gain;
              bestF = f;
              bestBin = b;
            }
          }
        }
        if (bestF < 0) {
          out[idx] = [leaf];
          return idx;
        }
        const left = rows.filter((i) => binned[i][bestF] <= bestBin);
        const right = rows.filter((i) => binned[i][bestF] > bestBin);
        const l = grow(out, left, depth + 1);
        const rr = grow(out, right, depth + 1);
        out[idx] = [bestF, cuts[bestF][bestBin], l, rr];
        return idx;
      }
    }
    trees.push(round);
  }
  return { classes, base, trees };
}

/** Rounds every number of a model to `digits` significant digits (smaller JSON). */
export function compactModel(model: BoostedModel, digits = 5): BoostedModel {
  const r = (v: number): number => Number(v.toPrecision(digits));
  return {
    classes: model.classes,
    base: model.base.map(r),
    trees: model.trees.map((round) =>
      round.map((nodes) => nodes.map((nd) => (nd.length === 1 ? [r(nd[0])] : [nd[0], nd[1], nd[2], nd[3]]) as TreeNode)),
    ),
  };
}
