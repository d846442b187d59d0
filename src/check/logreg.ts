/**
 * Multinomial logistic regression with L2 penalty and per-row weights, fitted by full-batch
 * gradient descent on standardised inputs (deterministic: zero start, fixed step count).
 */

/** A fitted linear softmax model (inputs standardised with `mean` / `scale`). */
export interface LinearModel {
  classes: string[];
  mean: number[];
  scale: number[];
  /** `weights[feature][class]`. */
  weights: number[][];
  bias: number[];
}

/** Training options. */
export interface LinearOptions {
  /** L2 penalty (on the mean loss, times 1 / rows). */
  l2: number;
  iterations: number;
  step: number;
}

/** Defaults that suit a few thousand rows. */
export const DEFAULT_LINEAR: LinearOptions = { l2: 100, iterations: 500, step: 0.5 };

function softmax(z: number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/** Class scores (log-odds, before softmax) of one input. */
export function linearScores(model: LinearModel, x: readonly number[]): number[] {
  const z = model.bias.slice();
  for (let f = 0; f < model.mean.length; f++) {
    const v = ((x[f] ?? 0) - model.mean[f]) / model.scale[f];
    if (v === 0) continue;
    const w = model.weights[f];
    for (let k = 0; k < z.length; k++) z[k] += v * w[k];
  }
  return z;
}

/** Class probabilities of one input. */
export function linearProba(model: LinearModel, x: readonly number[]): number[] {
  return softmax(linearScores(model, x));
}

/** Fits the model; `y[i]` indexes `classes`, `w[i]` weights row i. */
export function fitLinear(X: number[][], y: number[], w: number[], classes: string[], opts: LinearOptions = DEFAULT_LINEAR): LinearModel {
  const n = X.length;
  const d = X[0]?.length ?? 0;
  const K = classes.length;
  const mean = Array.from({ length: d }, (_, f) => X.reduce((a, r) => a + r[f], 0) / (n || 1));
  const scale = Array.from({ length: d }, (_, f) => Math.sqrt(X.reduce((a, r) => a + (r[f] - mean[f]) ** 2, 0) / (n || 1)) + 1e-6);
  const Z = X.map((r) => r.map((v, f) => (v - mean[f]) / scale[f]));
  const W = Array.from({ length: d }, () => new Array<number>(K).fill(0));
  const b = new Array<number>(K).fill(0);
  const wsum = w.reduce((a, v) => a + v, 0) || 1;
  for (let it = 0; it < opts.iterations; it++) {
    const gW = Array.from({ length: d }, () => new Array<number>(K).fill(0));
    const gb = new Array<number>(K).fill(0);
    for (let i = 0; i < n; i++) {
      const zi = Z[i];
      const s = b.slice();
      for (let f = 0; f < d; f++) {
        const v = zi[f];
        if (v !== 0) for (let k = 0; k < K; k++) s[k] += v * W[f][k];
      }
      const p = softmax(s);
      for (let k = 0; k < K; k++) {
        const g = ((p[k] - (y[i] === k ? 1 : 0)) * w[i]) / wsum;
        gb[k] += g;
        for (let f = 0; f < d; f++) gW[f][k] += zi[f] * g;
      }
    }
    for (let f = 0; f < d; f++) for (let k = 0; k < K; k++) W[f][k] -= opts.step * (gW[f][k] + (opts.l2 * W[f][k]) / (n || 1));
    for (let k = 0; k < K; k++) b[k] -= opts.step * gb[k];
  }
  return { classes, mean, scale, weights: W, bias: b };
}

/** Rounds every number to `digits` significant digits (smaller JSON). */
export function compactLinear(model: LinearModel, digits = 5): LinearModel {
  const r = (v: number): number => Number(v.toPrecision(digits));
  return {
    classes: model.classes,
    mean: model.mean.map(r),
    scale: model.scale.map(r),
    weights: model.weights.map((row) => row.map(r)),
    bias: model.bias.map(r),
  };
}
