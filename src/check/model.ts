/**
 * The fitted stance model (`model.json`, written by `scripts/fit-stance.ts`): document
 * frequencies for IDF weights, a related-vs-unrelated booster, a supports / contradicts /
 * discusses booster for related pairs, and the bookkeeping needed to keep evaluation honest
 * (the hashes of the claims it was trained on).
 */
import { readFileSync } from 'node:fs';
import type { BoostedModel } from './gbm.js';
import type { LinearModel } from './logreg.js';
import { FEATURE_NAMES, type Idf } from './features.js';

/** The four verdicts of `check`. */
export type Verdict = 'supports' | 'contradicts' | 'discusses' | 'unrelated';

/** Every verdict, in a fixed order. */
export const VERDICTS: readonly Verdict[] = ['supports', 'contradicts', 'discusses', 'unrelated'];

/** The stance classes of the second stage, in model order. */
export const STANCES: readonly Verdict[] = ['supports', 'contradicts', 'discusses'];

/** Contents of `model.json`. */
export interface StanceModel {
  /** ISO date of the fit. */
  fitted: string;
  /** The command that produced the file. */
  command: string;
  seed: number;
  /** Feature names, in vector order (checked against the code at load). */
  features: string[];
  /** Document frequencies of stems over the training bodies. */
  idf: { docs: number; df: Record<string, number> };
  /** Stage 1: classes `['unrelated', 'related']`. */
  related: BoostedModel;
  /** Probability of `related` above which a pair is related. */
  relatedThreshold: number;
  /** Stage 2: classes `['supports', 'contradicts', 'discusses']`, over `linearInputs`. */
  stance: LinearModel;
  /** Log-scale offsets added to the stage-2 scores before the argmax (one per stance class). */
  stanceBias: number[];
  /** Hashes ({@link claimHash}) of every claim whose pairs were used in the fit. */
  trainedClaims: string[];
  /** Held-out figures measured by the fit script, for the record. */
  heldOut?: Record<string, unknown>;
}

/** Stable 32-bit FNV-1a hash (hex) of a claim, after lowercasing and collapsing spaces. */
export function claimHash(claim: string): string {
  const s = claim.toLowerCase().replace(/\s+/g, ' ').trim();
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The IDF function of a model: `ln((N + 1) / (df + 1)) + 1`; unseen stems get df 0. */
export function idfOf(idf: StanceModel['idf']): Idf {
  const n = idf.docs;
  const unseen = Math.log(n + 1) + 1;
  return (s) => {
    const df = idf.df[s];
    return df === undefined ? unseen : Math.log((n + 1) / (df + 1)) + 1;
  };
}

let cached: StanceModel | null = null;

/**
 * Loads the bundled `model.json` (once). A model fitted for other features than the code
 * computes is a build error, not an input problem: it throws.
 */
export function defaultModel(): StanceModel {
  if (!cached) {
    const model = JSON.parse(readFileSync(new URL('./model.json', import.meta.url), 'utf8')) as StanceModel;
    if (model.features.join(',') !== FEATURE_NAMES.join(','))
      throw new Error('src/check/model.json was fitted for other features: run node --import tsx scripts/fit-stance.ts --write');
    cached = model;
  }
  return cached;
}
