/**
 * `checkClaim`: the stance of an article towards a claim (supports / contradicts / discusses /
 * unrelated), with the article sentences that match the claim best as evidence.
 *
 * Two fitted stages (see `model.ts`): related vs unrelated, then, for related pairs, supports /
 * contradicts / discusses: boosted trees for the first, a logistic regression for the second,
 * over the features of `features.ts`. Pure given the model, deterministic, no network.
 */
import { linearInputs, pairFeatures } from './features.js';
import { linearProba } from './logreg.js';
import { defaultModel, idfOf, STANCES, VERDICTS, type StanceModel, type Verdict } from './model.js';
import { predictProba } from './gbm.js';
import { prepareClaim, prepareText, type PreparedText } from './text.js';
import type { Idf } from './features.js';

export { checkPairs, type PairVerdict, type PairsResult } from './pairs.js';

export type { Verdict, StanceModel } from './model.js';
export { VERDICTS, claimHash, defaultModel } from './model.js';

/** One evidence sentence: offsets into the article text. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
  /** Share (0..1, IDF-weighted) of the claim's content words found in the sentence. */
  score: number;
}

/** The result of checking one claim against one article. */
export interface CheckResult {
  verdict: Verdict;
  /** Probability of each verdict (they sum to 1). */
  scores: Record<Verdict, number>;
  /** The best-matching sentences of the article, best first. */
  evidence: Evidence[];
}

/** Options of {@link checkClaim}. */
export interface CheckOptions {
  /** The model to use (default: the bundled `model.json`). */
  model?: StanceModel;
  /** How many evidence sentences to return (default 3). */
  evidence?: number;
}

const idfCache = new WeakMap<StanceModel, Idf>();
const PREPARED_LIMIT = 64;
const prepared = new Map<string, PreparedText>();

/** Prepares an article, reusing the result for a text seen recently (bodies repeat in batches). */
function prepareCached(text: string): PreparedText {
  const hit = prepared.get(text);
  if (hit) return hit;
  const p = prepareText(text);
  if (prepared.size >= PREPARED_LIMIT) prepared.delete(prepared.keys().next().value as string);
  prepared.set(text, p);
  return p;
}

/** The feature vector and ranked sentences of a pair under a model (used by fit and eval too). */
export function featuresFor(claim: string, text: string, model: StanceModel): ReturnType<typeof pairFeatures> {
  let idf = idfCache.get(model);
  if (!idf) {
    idf = idfOf(model.idf);
    idfCache.set(model, idf);
  }
  return pairFeatures(claim, prepareClaim(claim), prepareCached(text), idf);
}

/** Scores of the four verdicts from a feature vector. */
export function scoreVector(vector: readonly number[], model: StanceModel): { verdict: Verdict; scores: Record<Verdict, number> } {
  const pRelated = predictProba(model.related, vector)[1];
  const stance = linearProba(model.stance, linearInputs(vector));
  const scores = {} as Record<Verdict, number>;
  STANCES.forEach((s, k) => (scores[s] = pRelated * stance[k]));
  scores.unrelated = 1 - pRelated;
  let verdict: Verdict = 'unrelated';
  if (pRelated >= model.relatedThreshold) {
    let best = -Infinity;
    STANCES.forEach((s, k) => {
      const z = Math.log(Math.max(stance[k], 1e-12)) + (model.stanceBias[k] ?? 0);
      if (z > best) {
        best = z;
        verdict = s;
      }
    });
  }
  return { verdict, scores };
}

/**
 * Checks `claim` (one sentence, e.g. a headline) against an article `text`: the verdict, the
 * probability of each verdict and the best-matching sentences (offsets into `text`). An empty
 * claim or text is `unrelated` with no evidence.
 */
export function checkClaim(claim: string, text: string, opts: CheckOptions = {}): CheckResult {
  const model = opts.model ?? defaultModel();
  const k = opts.evidence ?? 3;
  const p = prepareCached(text);
  const c = prepareClaim(claim);
  if (c.stems.length === 0 || p.sentences.length === 0) {
    return { verdict: 'unrelated', scores: { supports: 0, contradicts: 0, discusses: 0, unrelated: 1 }, evidence: [] };
  }
  const { vector, ranked } = featuresFor(claim, text, model);
  const { verdict, scores } = scoreVector(vector, model);
  const evidence = ranked
    .filter((m) => m.score > 0)
    .slice(0, k)
    .map((m) => {
      const s = p.sentences[m.index];
      return { start: s.start, end: s.end, text: text.slice(s.start, s.end), score: m.score };
    });
  for (const v of VERDICTS) scores[v] ??= 0;
  return { verdict, scores, evidence };
}
