/**
 * A logistic model of "these two claims state the same fact": it rescores the candidate links
 * that the cosine index proposes, from a few interpretable features of the pair (cosine,
 * shared rare words, shared numbers with the same unit, shared entities, the same predicate,
 * the same date, length balance). The weights are fitted by `fit.ts` (leave-one-story-out
 * checked); nothing here knows a story. Pure.
 */
import { featureKey } from './interned.js';
import type { Claim } from './types.js';

/** Names of the pair features, in the order of {@link PairModel.weights}. */
export const PAIR_FEATURES = ['bias', 'cosine', 'rareShared', 'numberUnit', 'numberOther', 'entityShared', 'predicate', 'date', 'jaccard', 'lengthRatio', 'headline'] as const;

/** Weights of the logistic pair model (one per {@link PAIR_FEATURES} entry). */
export interface PairModel {
  weights: readonly number[];
}

/**
 * The fitted weights: `node --import tsx src/claims/fit.ts --pairs <ecbplus-dev.jsonl> <gold>...`
 * (class-balanced logistic regression on the candidate claim pairs of the three ECB+ dev
 * stories, with the fact-level clause splitting of `clauses.ts`). Leave-one-story-out fits keep
 * every sign except `entityShared` (near 0) and land within ~0.5 of these, `jaccard` (1.0-2.4)
 * aside; held out, links at probability 0.7 are 61-84% precise.
 */
export const DEFAULT_PAIR_MODEL: PairModel = {
  weights: [-2.42, 2.43, 0.75, 2.11, 1.32, -0.12, 0.4, 0.58, 1.55, -0.49, -2.56],
};

/** Per-story statistics the features need: in how many claims each feature key occurs. */
export interface PairContext {
  df: ReadonlyMap<string, number>;
  claims: number;
}

/** The story statistics of a list of claims. */
export function pairContext(claims: readonly Claim[]): PairContext {
  // The record is made before the loop: code V8 compiles on the stack of a long first call has
  // no feedback for what follows the loop, and each later call entering that code deoptimised
  // at the record.
  const ctx = { df: new Map<string, number>(), claims: claims.length };
  const df = ctx.df;
  for (const c of claims) {
    const keys = new Set<string>(c.terms.map((t) => featureKey('t', t)));
    for (const e of c.entities) keys.add(featureKey('e', e.entity));
    for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
  }
  return ctx;
}

/** The distinct terms of each claim of a story (cached per context: a claim takes part in many pairs). */
const TERM_SETS = new WeakMap<PairContext, Map<Claim, Set<string>>>();
function termSet(c: Claim, ctx: PairContext): Set<string> {
  let sets = TERM_SETS.get(ctx);
  if (!sets) TERM_SETS.set(ctx, (sets = new Map()));
  let s = sets.get(c);
  if (!s) sets.set(c, (s = new Set(c.terms)));
  return s;
}

/** Per story context: the document frequency of each term (keyed by the bare stem). */
const TERM_DF = new WeakMap<PairContext, Map<string, number>>();
function termDf(ctx: PairContext): Map<string, number> {
  let m = TERM_DF.get(ctx);
  if (!m) {
    m = new Map();
    for (const [k, df] of ctx.df) if (k.startsWith('t:')) m.set(k.slice(2), df);
    TERM_DF.set(ctx, m);
  }
  return m;
}

/** Most claims of a story (of `n`) a word may be in and still be rare in it: a tenth, three at least. */
export function rareInStory(n: number): number {
  return Math.max(3, 0.1 * n);
}

/** The feature vector of one pair of claims (`cosine` is their vector cosine). */
export function pairFeatures(a: Claim, b: Claim, cosine: number, ctx: PairContext): number[] {
  return Array.from(writePairFeatures(new Float64Array(PAIR_FEATURES.length), a, b, cosine, ctx));
}

/** The features of a pair scored by the model (see {@link pairFeatures}), into a buffer reused across pairs. */
const SCORE_BUFFER = new Float64Array(PAIR_FEATURES.length);

/** The model's probability of a pair (`pairProbability` of its `pairFeatures`, without a list made per pair). */
export function pairScore(a: Claim, b: Claim, cosine: number, ctx: PairContext, model: PairModel = DEFAULT_PAIR_MODEL): number {
  return pairProbability(writePairFeatures(SCORE_BUFFER, a, b, cosine, ctx), model);
}

/** Writes the features of a pair (in {@link PAIR_FEATURES} order) into `out`, and returns it. */
function writePairFeatures(out: Float64Array, a: Claim, b: Claim, cosine: number, ctx: PairContext): Float64Array {
  const ta = termSet(a, ctx);
  const tb = termSet(b, ctx);
  let shared = 0;
  let rare = 0;
  const rareDf = rareInStory(ctx.claims);
  const df = termDf(ctx);
  const small = ta.size <= tb.size ? ta : tb;
  const big = ta.size <= tb.size ? tb : ta;
  for (const t of small) {
    if (!big.has(t)) continue;
    shared++;
    if ((df.get(t) ?? 0) <= rareDf) rare++;
  }
  const union = ta.size + tb.size - shared;
  let numberUnit = 0;
  let numberOther = 0;
  for (const x of a.numbers) {
    for (const y of b.numbers) {
      if (x.value !== y.value) continue;
      if (x.unit && x.unit === y.unit) numberUnit = 1;
      else numberOther = 1;
    }
  }
  let entityShared = 0;
  if (a.entities.length > 0 && b.entities.length > 0) {
    // Each distinct entity of `a` once (an earlier mention of it already counted), without a Set.
    const ea = a.entities;
    const eb = b.entities;
    for (let x = 0; x < ea.length; x++) {
      const id = ea[x].entity;
      let again = false;
      for (let y = 0; y < x && !again; y++) again = ea[y].entity === id;
      if (again) continue;
      for (let y = 0; y < eb.length; y++) {
        if (eb[y].entity === id) {
          entityShared++;
          break;
        }
      }
    }
  }
  const date = a.dates.some((d) => b.dates.some((e) => e.value === d.value)) ? 1 : 0;
  const la = a.span.end - a.span.start;
  const lb = b.span.end - b.span.start;
  out[0] = 1;
  out[1] = cosine;
  out[2] = Math.min(3, rare);
  out[3] = numberUnit;
  out[4] = numberOther;
  out[5] = Math.min(3, entityShared);
  out[6] = a.predicate !== null && a.predicate === b.predicate ? 1 : 0;
  out[7] = date;
  out[8] = union > 0 ? shared / union : 0;
  out[9] = Math.min(la, lb) / Math.max(la, lb, 1);
  out[10] = a.from !== 'body' || b.from !== 'body' ? 1 : 0;
  return out;
}

/** The model's probability that a pair with features `x` states one fact. */
export function pairProbability(x: ArrayLike<number>, model: PairModel = DEFAULT_PAIR_MODEL): number {
  let z = 0;
  for (let k = 0; k < x.length; k++) z += model.weights[k] * x[k];
  return 1 / (1 + Math.exp(-z));
}

/**
 * Fits a logistic model by full-batch gradient descent with a small L2 penalty. Deterministic:
 * the same rows give the same weights.
 */
export function fitPairModel(rows: readonly { x: number[]; y: number }[], iterations = 3000, rate = 0.5, l2 = 1e-3): PairModel {
  const d = rows[0]?.x.length ?? PAIR_FEATURES.length;
  const w = new Array<number>(d).fill(0);
  // Balance the classes: positives are rare.
  const pos = rows.filter((r) => r.y === 1).length;
  const wPos = pos > 0 ? rows.length / (2 * pos) : 1;
  const wNeg = rows.length - pos > 0 ? rows.length / (2 * (rows.length - pos)) : 1;
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(d).fill(0);
    for (const r of rows) {
      const p = pairProbability(r.x, { weights: w });
      const e = (p - r.y) * (r.y === 1 ? wPos : wNeg);
      for (let k = 0; k < d; k++) g[k] += e * r.x[k];
    }
    for (let k = 0; k < d; k++) w[k] -= rate * (g[k] / rows.length + (k > 0 ? l2 * w[k] : 0));
  }
  return { weights: w.map((x) => Math.round(x * 100) / 100) };
}
