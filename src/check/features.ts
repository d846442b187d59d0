/**
 * The feature vector of a (claim, article) pair: relatedness features (weighted word overlap,
 * TF-IDF cosine, best-matching sentences, shared bigrams, names and numbers) and stance
 * features (refuting, hedging and confirming cues in the article, near the claim's words and in
 * the best-matching sentences; negation mismatch; the claim's own cues).
 */
import { LEXICONS, matchLexicon } from './lexicon.js';
import { NEGATIONS, type PreparedSentence, type PreparedText } from './text.js';

/** Inverse document frequency of a stem. */
export type Idf = (stem: string) => number;

/** Cue groups scored in the article (lexicons, plus negations and question marks). */
export const CUE_GROUPS = ['refute', 'hedge', 'report', 'support', 'doubt', 'neg', 'question'] as const;

/** Where cue groups are counted: body-wide rate per sentence, best-matching sentences, lead
 * sentences, a window around the claim's words, and the best match score of a sentence that
 * holds the cue. */
const CUE_PLACES = ['Rate', 'Best', 'Lead', 'Near', 'Cover'] as const;

/** Names of the features, in vector order. */
export const FEATURE_NAMES = [
  // relatedness
  'cosine', 'coverW', 'cover', 'coverLeadW', 'coverTopIdf', 'best1W', 'best2W', 'best3MeanW',
  'bestCosine', 'bigramCover', 'nameHits', 'nameCover', 'hasNumbers', 'numberCover',
  'prefixCover', 'hitDensity', 'matchedSentShare', 'bestPos', 'logSentences', 'claimLen',
  // stance cues in the article
  ...CUE_GROUPS.flatMap((g) => CUE_PLACES.map((p) => `${g}${p}`)),
  // the claim's own cues and claim/article interactions
  'claimRefute', 'claimHedge', 'claimReport', 'claimSupport', 'claimNeg', 'claimQuestion', 'claimQuote',
  'negMismatch', 'refuteMismatch', 'quoteShare',
] as const;

/** One feature name. */
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** A sentence of the article with how well it matches the claim. */
export interface SentenceMatch {
  index: number;
  /** IDF-weighted share of the claim's content words in the sentence, 0..1. */
  score: number;
}

/** The features of a pair and the sentences ranked by match (best first). */
export interface PairFeatures {
  vector: number[];
  ranked: SentenceMatch[];
}

const NEAR_WINDOW = 10;
const BEST_K = 3;

function bigrams(stems: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < stems.length; i++) out.add(`${stems[i - 1]} ${stems[i]}`);
  return out;
}

function isNegation(w: string): boolean {
  return NEGATIONS.has(w) || w.endsWith("n't");
}

/** Hits of every cue group in a word sequence (`raw`: the sentence text, for `?`). */
function cueCountsOf(words: readonly string[], raw: string): number[] {
  return CUE_GROUPS.map((g) => {
    if (g === 'neg') return words.filter(isNegation).length;
    if (g === 'question') return raw.includes('?') ? 1 : 0;
    return matchLexicon(LEXICONS[g], words).length;
  });
}

/** Cue hits of group `g` within {@link NEAR_WINDOW} words of a claim word in sentence `s`. */
function nearCount(g: (typeof CUE_GROUPS)[number], s: PreparedSentence, claimStems: ReadonlySet<string>): number {
  const hitPos: number[] = [];
  s.wordStems.forEach((st, i) => {
    if (st !== null && claimStems.has(st)) hitPos.push(i);
  });
  if (!hitPos.length) return 0;
  const near = (p: number): boolean => hitPos.some((h) => Math.abs(h - p) <= NEAR_WINDOW);
  if (g === 'question') return 0;
  if (g === 'neg') return s.words.filter((w, i) => isNegation(w) && near(i)).length;
  return matchLexicon(LEXICONS[g], s.words).filter(near).length;
}

/** What the relatedness and stance parts share: the claim's weighted stems and the ranking. */
interface MatchContext {
  claimText: string;
  claim: PreparedSentence;
  body: PreparedText;
  /** Sentences ranked by match score, best first. */
  ranked: SentenceMatch[];
  /** The best {@link BEST_K} matches with a score above 0. */
  best: SentenceMatch[];
}

/** Computes the feature vector of a claim against a prepared article. */
export function pairFeatures(claimText: string, claim: PreparedSentence, body: PreparedText, idf: Idf): PairFeatures {
  const cStems = [...claim.stemSet];
  const cW = new Map(cStems.map((s) => [s, idf(s)] as const));
  const totalW = cStems.reduce((a, s) => a + (cW.get(s) ?? 0), 0) || 1;
  const ranked: SentenceMatch[] = body.sentences.map((s, index) => {
    let w = 0;
    for (const st of cStems) if (s.stemSet.has(st)) w += cW.get(st) ?? 0;
    return { index, score: w / totalW };
  });
  ranked.sort((a, b) => b.score - a.score || a.index - b.index);
  const best = ranked.slice(0, BEST_K).filter((m) => m.score > 0);
  const ctx: MatchContext = { claimText, claim, body, ranked, best };
  const vector = [...relatednessFeatures(ctx, cW, totalW, idf), ...stanceFeatures(ctx)];
  return { vector, ranked };
}

/** The relatedness features, in {@link FEATURE_NAMES} order. */
function relatednessFeatures(ctx: MatchContext, cW: Map<string, number>, totalW: number, idf: Idf): number[] {
  const { claim, body, ranked, best } = ctx;
  const cStems = [...cW.keys()];
  const sents = body.sentences;
  const n = sents.length || 1;

  // Whole-body overlap and cosine.
  let dot = 0;
  let bodyNorm = 0;
  for (const [s, c] of body.stemCounts) {
    const w = (1 + Math.log(c)) * idf(s);
    bodyNorm += w * w;
    const cw = cW.get(s);
    if (cw !== undefined) dot += w * cw;
  }
  const claimNorm = Math.sqrt(cStems.reduce((a, s) => a + (cW.get(s) ?? 0) ** 2, 0)) || 1;
  const cosine = dot / (claimNorm * (Math.sqrt(bodyNorm) || 1));
  let coverWsum = 0;
  let coverN = 0;
  let hits = 0;
  for (const s of cStems) {
    const c = body.stemCounts.get(s) ?? 0;
    if (c > 0) {
      coverWsum += cW.get(s) ?? 0;
      coverN++;
      hits += c;
    }
  }
  const cover = cStems.length ? coverN / cStems.length : 0;
  const topIdf = [...cStems].sort((a, b) => (cW.get(b) ?? 0) - (cW.get(a) ?? 0)).slice(0, 3);
  const coverTopIdf = topIdf.length ? topIdf.filter((s) => body.stemCounts.has(s)).length / topIdf.length : 0;

  // Prefix (5-char) overlap, for inflections the stemmer misses.
  const bodyPrefixes = new Set<string>();
  for (const s of body.stemCounts.keys()) bodyPrefixes.add(s.slice(0, 5));
  const prefixCover = cStems.length ? cStems.filter((s) => bodyPrefixes.has(s.slice(0, 5))).length / cStems.length : 0;

  // Lead and best sentences.
  const lead = sents.slice(0, 2);
  let leadW = 0;
  for (const st of cStems) if (lead.some((s) => s.stemSet.has(st))) leadW += cW.get(st) ?? 0;
  const bestCosine = best.length ? sentenceCosine(cW, claimNorm, sents[best[0].index], idf) : 0;
  const matchedSentShare = sents.length ? ranked.filter((m) => m.score >= 0.3).length / sents.length : 0;

  // Bigrams, names, numbers.
  const cBigrams = bigrams(claim.stems);
  const bodyBigrams = new Set<string>();
  for (const s of sents) for (const b of bigrams(s.stems)) bodyBigrams.add(b);
  const bigramCover = cBigrams.size ? [...cBigrams].filter((b) => bodyBigrams.has(b)).length / cBigrams.size : 0;
  const bodyNames = new Set<string>();
  const bodyNumbers = new Set<string>();
  for (const s of sents) {
    for (const nm of s.names) bodyNames.add(nm);
    for (const nb of s.numbers) bodyNumbers.add(nb);
  }
  const nameHitCount = cStems.filter((s) => bodyNames.has(s)).length;
  const nameCover = claim.names.size ? [...claim.names].filter((s) => body.stemCounts.has(s)).length / claim.names.size : 0;
  const numberCover = claim.numbers.size ? [...claim.numbers].filter((nb) => bodyNumbers.has(nb)).length / claim.numbers.size : 0;

  return [
    cosine, coverWsum / totalW, cover, leadW / totalW, coverTopIdf,
    best[0]?.score ?? 0, best[1]?.score ?? 0, best.reduce((a, m) => a + m.score, 0) / BEST_K,
    bestCosine, bigramCover, Math.log1p(nameHitCount), nameCover, claim.numbers.size > 0 ? 1 : 0, numberCover,
    prefixCover, hits / (body.stemTotal || 1), matchedSentShare,
    best.length ? best[0].index / n : 1, Math.log1p(sents.length), Math.log1p(claim.stems.length),
  ];
}

/** The stance features (cues in the article and the claim), in {@link FEATURE_NAMES} order. */
function stanceFeatures(ctx: MatchContext): number[] {
  const { claimText, claim, body, ranked, best } = ctx;
  const sents = body.sentences;
  const n = sents.length || 1;
  const cueCounts = sents.map((s) => cueCountsOf(s.words, body.text.slice(s.start, s.end)));
  const scoreOf = new Array<number>(sents.length).fill(0);
  for (const m of ranked) scoreOf[m.index] = m.score;
  const leadIdx = sents.slice(0, 3).map((_, i) => i);
  const bestIdx = best.map((m) => m.index);
  const nearIdx = ranked.filter((m) => m.score >= 0.2).map((m) => m.index);
  const cueFeatures: number[] = [];
  for (let g = 0; g < CUE_GROUPS.length; g++) {
    const mean = (idx: number[]): number => (idx.length ? idx.reduce((a, i) => a + cueCounts[i][g], 0) / idx.length : 0);
    let near = 0;
    for (const i of nearIdx) near += nearCount(CUE_GROUPS[g], sents[i], claim.stemSet);
    let cover = 0;
    for (let i = 0; i < sents.length; i++) if (cueCounts[i][g] > 0 && scoreOf[i] > cover) cover = scoreOf[i];
    cueFeatures.push(
      cueCounts.reduce((a, c) => a + c[g], 0) / n,
      mean(bestIdx),
      mean(leadIdx),
      nearIdx.length ? near / nearIdx.length : 0,
      cover,
    );
  }

  const claimCues = cueCountsOf(claim.words, claimText);
  const G = (name: (typeof CUE_GROUPS)[number]): number => CUE_GROUPS.indexOf(name);
  const bodyRefute = cueCounts.reduce((a, c) => a + c[G('refute')], 0);
  const bestNeg = bestIdx.reduce((a, i) => a + cueCounts[i][G('neg')], 0);
  const negMismatch = bestIdx.length ? (claimCues[G('neg')] > 0 ? 1 : 0) - (bestNeg > 0 ? 1 : 0) : 0;
  const refuteMismatch = (claimCues[G('refute')] > 0 ? 1 : 0) - (bodyRefute > 0 ? 1 : 0);
  const quotes = sents.filter((s) => /["“”]/.test(body.text.slice(s.start, s.end))).length;
  return [
    ...cueFeatures,
    claimCues[G('refute')], claimCues[G('hedge')], claimCues[G('report')], claimCues[G('support')],
    // claimQuestion: ends with "?"; claimQuote: quotation marks or apostrophes in the claim.
    claimCues[G('neg')], /\?\s*$/.test(claimText) ? 1 : 0, /["“”‘’']/.test(claimText) ? 1 : 0,
    negMismatch, refuteMismatch, quotes / n,
  ];
}

function sentenceCosine(cW: Map<string, number>, claimNorm: number, s: PreparedSentence, idf: Idf): number {
  const counts = new Map<string, number>();
  for (const st of s.stems) counts.set(st, (counts.get(st) ?? 0) + 1);
  let dot = 0;
  let norm = 0;
  for (const [st, c] of counts) {
    const w = c * idf(st);
    norm += w * w;
    const cw = cW.get(st);
    if (cw !== undefined) dot += w * cw;
  }
  return dot / (claimNorm * (Math.sqrt(norm) || 1));
}

/** Index of the first stance-cue feature (everything before it is about relatedness). */
export const FIRST_CUE_FEATURE = FEATURE_NAMES.indexOf('refuteRate');

/**
 * Inputs of the linear stance stage: every feature as `sign(x) * ln(1 + |x|)`, plus a 0/1
 * indicator "present" for each stance feature (cue counts are sparse and heavy-tailed).
 */
export function linearInputs(vector: readonly number[]): number[] {
  const out = vector.map((v) => Math.sign(v) * Math.log1p(Math.abs(v)));
  for (let f = FIRST_CUE_FEATURE; f < vector.length; f++) out.push(vector[f] > 0 ? 1 : 0);
  return out;
}
