/**
 * Alignment: within one story, claims of different articles that state the same fact are
 * grouped. Each claim becomes a sparse vector of weighted features (canonical content stems,
 * entity ids, numbers, dates, its predicate); pairs of claims from different articles are
 * scored by cosine similarity (candidates from an inverted index, each claim keeping its best
 * few links, so the cost stays linear in big stories), and groups are formed by average-link agglomeration (over the
 * linked pairs, which must cover a share of all pairs) with at most one claim per article. Deterministic.
 * The hot loops run over feature ids rather than key strings (`interned.ts`, `cores.ts`), in the
 * same order as over the Maps, so the scores are the same to the last bit.
 */
import { defaultModel, type StanceModel } from '../check/model.js';
import { CoreMatcher } from './cores.js';
import { featureKey, internStory, isNameMark, rawWeights, WeightedVector, type Vector } from './interned.js';
import { rareInStory } from './pairmodel.js';
import type { Claim, FeatureMark } from './types.js';

/** Weights and thresholds of alignment (fitted on dev data: see `fit.ts`). */
export interface AlignOptions {
  /** Weight of a content stem (times its IDF). */
  term: number;
  /** Weight of an entity id. */
  entity: number;
  /** Weight of a number value. */
  number: number;
  /** Weight of a date value. */
  date: number;
  /** Weight of the predicate lemma. */
  predicate: number;
  /** Exponent of the story-level IDF (how much story-wide words are discounted). */
  localIdf: number;
  /** Minimum pair score for a link. */
  link: number;
  /** Minimum average score between two groups for them to merge. */
  merge: number;
  /** Shared raw weight at which a matched core counts fully (less scales the score down). */
  mass: number;
  /** Minimum clause-level cosine for a pair to be looked at. */
  candidate: number;
  /** Share of the clause-level cosine in a link's score (the rest: the matched cores' score). */
  blend: number;
  /** Least share of the cross pairs of two groups that must be linked for them to merge. */
  cover: number;
  /** Share of the matched weight a core keeps when outlying marks are cut off. */
  coreMass: number;
  /** A core at least this share of its claim's length is widened to the whole claim. */
  widen: number;
  /** 1: keep only links that are the best of one of their claims towards the other article. */
  bestOnly: number;
  /**
   * Features carried by more claims than this do not propose candidate pairs (they still count
   * in the score of pairs found through rarer features). Bounds the cost in very big stories.
   */
  postings: number;
  /** Most links kept per claim (its best ones); also scales the cover rule of big groups. */
  perClaim: number;
  /**
   * Stories with at least this many articles have their links rescored by the fitted pair model
   * (`pairmodel.ts`, fitted on stories of 11-19 articles) and use `modelLink` / `modelMerge`;
   * smaller stories keep the cosine score with `link` / `merge`. 0 never uses the model.
   * 2 (every story of two articles or more): on stories of 2 / 3 / 4 articles drawn from the
   * ECB+ dev stories (`npm run eval -- claims ... --subsets 2,3,4 --held-out`, each story's
   * model fitted without it) pooled pair F1 31.9 / 31.6 / 29.9 -> 36.7 / 37.6 / 35.6 (6 as before);
   * a model refitted on small-story pairs scored no better.
   */
  pairModel: number;
  /**
   * Stories with at least this many articles (on the pair-model path) may link claims that
   * share only names and story-wide words when the model scores them high enough; smaller ones
   * drop such links as the cosine path does (see `alignNodes`).
   */
  modelTopics: number;
  /**
   * Stories on the pair-model path with fewer articles than this keep a link (cosine at least
   * `contestMin`) that the model scores under `modelLink` when the verdict reads its two claims
   * as a contest (the same slot, different values: the model, which rewards shared values,
   * misses these): its node link scores at least `contestScore`.
   */
  contestLinks: number;
  /** The least score of the node link of a contest link (see `contestLinks`). */
  contestScore: number;
  /** Least cosine of a link kept as a contest (see `contestLinks`). */
  contestMin: number;
  /** Minimum pair-model probability for a link (stories where the model is used). */
  modelLink: number;
  /** Minimum average pair-model score between two groups for them to merge (idem). */
  modelMerge: number;
  /** 1: claims split into fact-level nodes by their matched cores; 0: whole claims are grouped. */
  nodes: number;
  /**
   * Groups whose shared features overlap by at least this much (Jaccard) are joined (0: never):
   * a fact some outlets state twice is otherwise split by the one-node-per-article rule.
   */
  alike: number;
  /**
   * A group's mentions are narrowed to the features at least this share of the other members
   * carry (0: mentions keep their node spans).
   */
  focus: number;
  /**
   * In groups of four or more, a node carrying less than this share of the group's shared
   * features (those of half its members) leaves the group (0: never): chaining outliers.
   */
  prune: number;
}

/**
 * The default weights. `fit.ts` scores a grid around them on the ECB+ dev stories: pair F1 is
 * flat (within 0.01) over link 0.2-0.3, merge 0.15-0.35 and best-only on or off; smaller cores
 * score a little higher there but stop reaching the predicate, so the cores keep 65% of the
 * matched weight and reach the predicate. Best-only links are kept for robustness in big stories.
 * Keeping each claim's 10 best links (rather than all) scores slightly higher there (+0.002 to
 * +0.015 pair F1) and bounds the cost of stories with hundreds of articles.
 * Focusing mentions on what half the group shares (`focus` 0.5) and joining groups whose shared
 * features overlap by 0.4 (`alike`) raise pair F1 on all three ECB+ dev stories (precision
 * mostly); with focused mentions, looser groups pay (`cover` 0.2, was 0.35) and stricter model
 * links (`modelLink` 0.6, was 0.45). This is the grid's best mean; chosen leave-one-story-out
 * (`fit.ts`), every held-out story then got `cover` 0.2 and focus 0.3-0.5 (see below for `cover` now).
 * Pruning outliers of big groups (`prune` 0.2) raises pair F1 on all three dev stories
 * (+0.3 to +1.3, precision; flat over 0.15-0.25).
 * With the current clause splitting, groups that must link 40% of their cross pairs to merge
 * (`cover` 0.4, was 0.2) chain less: pair F1 +3.7 / +0.2 / -0.2 on the ECB+ dev stories 8, 12
 * and 30, and +4.0 / +0.6 / -0.2 with each story's pair model fitted without it (flat over
 * 0.4-0.5; 0.35 gives 37.0 on story 8). Counting unlinked cross pairs as 0 in the merge
 * average, a coherence pass (members' mean link to the rest) and correlation clustering over
 * the node links (unlinked pairs against a merge) only traded precision for recall there.
 * Candidates from a clause-level cosine of 0.13 (was 0.15): pair F1 leave-one-story-out (each
 * story's pair model fitted without it) 39.1 / 39.5 / 27.5 -> 39.5 / 39.3 / 28.3 on ECB+ 8 / 12 /
 * 30, all-in 39.5 / 40.0 / 30.8 -> 39.9 / 40.0 / 31.1; 0.10-0.12 raise 30 further (to 29.9) but
 * cost 12 up to 1.0, and more links per claim (`perClaim` 20) lose precision everywhere.
 * Small stories (2-5 articles) use the pair model too (`pairModel` 2, was 6), keeping the
 * cosine path's rule against links on names alone (`modelTopics` 6) and contests the model
 * misses (`contestLinks` 6): pooled pair F1 on held-out subsets of 2 / 3 / 4 articles 31.9 /
 * 31.6 / 29.9 -> 36.7 / 37.6 / 35.6 (contested groups found 12 / 17 / 60 -> 14 / 23 / 80, false
 * alarms 7 / 24 / 35 -> 9 / 29 / 45, of 198 / 295 / 467 gold contested groups there); vetoing
 * cosine links under a model probability instead (0.1-0.4) reached only 35.7 / 35.4 / 32.6. The
 * pair model, which rewards shared values, scores "Four passengers died" / "six passengers were
 * killed" low: without the contest links it found 13 / 16 / 65 contested groups (false 7 / 20 /
 * 32) and lost the seed pair's deadline contest. `contestMin` 0.2 found fewer with fewer false
 * alarms (14 / 20 / 73, false 8 / 23 / 37: the same balance).
 */
export const DEFAULT_ALIGN: AlignOptions = {
  term: 1,
  entity: 1,
  number: 1.5,
  date: 1.5,
  predicate: 1,
  localIdf: 1,
  link: 0.2,
  merge: 0.15,
  mass: 8,
  candidate: 0.13,
  blend: 0.7,
  cover: 0.4,
  coreMass: 0.65,
  widen: 0.8,
  bestOnly: 1,
  postings: 64,
  perClaim: 10,
  pairModel: 2,
  modelTopics: 6,
  contestLinks: 6,
  contestMin: 0.15,
  contestScore: 0.6,
  modelLink: 0.6,
  modelMerge: 0.4,
  nodes: 1,
  alike: 0.4,
  focus: 0.5,
  prune: 0.2,
};

/**
 * `base` with other `link` and `merge` thresholds. Every field is written out in the order of
 * {@link DEFAULT_ALIGN}, so that derived options share its object layout: a spread copy has
 * another one, and the code reading the options deoptimised on it again and again.
 */
export function alignWith(base: AlignOptions, link: number, merge: number): AlignOptions {
  return {
    term: base.term,
    entity: base.entity,
    number: base.number,
    date: base.date,
    predicate: base.predicate,
    localIdf: base.localIdf,
    link,
    merge,
    mass: base.mass,
    candidate: base.candidate,
    blend: base.blend,
    cover: base.cover,
    coreMass: base.coreMass,
    widen: base.widen,
    bestOnly: base.bestOnly,
    postings: base.postings,
    perClaim: base.perClaim,
    pairModel: base.pairModel,
    modelTopics: base.modelTopics,
    contestLinks: base.contestLinks,
    contestMin: base.contestMin,
    contestScore: base.contestScore,
    modelLink: base.modelLink,
    modelMerge: base.modelMerge,
    nodes: base.nodes,
    alike: base.alike,
    focus: base.focus,
    prune: base.prune,
  };
}

/** A scored link between two claims (indices into the claim list). */
export interface ClaimLink {
  a: number;
  b: number;
  score: number;
  /**
   * Least score of the node link this link makes, whatever its cores' local score (a contest
   * link); `undefined` in the others (set by the code making links, not left out: one object layout for every link).
   */
  floor?: number | undefined;
}

let generalDf: StanceModel['idf'] | null = null;
/** General IDF by stem (memoised: the model's table is big and the same stems recur). */
const GENERAL_IDF = new Map<string, number>();

/** General-news IDF of a stem (the bundled stance model's document frequencies). */
function generalIdf(stem: string): number {
  let idf = GENERAL_IDF.get(stem);
  if (idf === undefined) {
    generalDf ??= defaultModel().idf;
    const df = generalDf.df[stem] ?? 0;
    idf = Math.log((generalDf.docs + 1) / (df + 1)) + 1;
    if (GENERAL_IDF.size > 200_000) GENERAL_IDF.clear();
    GENERAL_IDF.set(stem, idf);
  }
  return idf;
}

function features(c: Claim): Map<string, 'term' | 'entity' | 'number' | 'date' | 'predicate'> {
  const f = new Map<string, 'term' | 'entity' | 'number' | 'date' | 'predicate'>();
  for (const t of c.terms) f.set(featureKey('t', t), 'term');
  for (const e of c.entities) f.set(featureKey('e', e.entity), 'entity');
  for (const n of c.numbers) {
    f.set(`n:${n.value}`, 'number');
    // The same quantity of the same thing ("a 28-point plan" ~ "28 points") is stronger evidence
    // than the bare number, which also counts days, people or percentages.
    if (n.unit) f.set(`n:${n.value}:${n.unit}`, 'number');
  }
  for (const d of c.dates) f.set(`d:${d.value}`, 'date');
  if (c.predicate) f.set(`p:${c.predicate}`, 'predicate');
  return f;
}

/** Weighted, L2-normalised feature vectors of the claims of one story. */
export function claimVectors(claims: readonly Claim[], opts: AlignOptions = DEFAULT_ALIGN): Vector[] {
  // Arrays here and below are pushed, not made by `map`: optimised code makes holey arrays of
  // `map` (the interpreter packed ones), and the code reading them deoptimises on each kind.
  const feats: Map<string, 'term' | 'entity' | 'number' | 'date' | 'predicate'>[] = [];
  for (const c of claims) feats.push(features(c));
  const df = new Map<string, number>();
  for (const f of feats) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = claims.length;
  // The story-level IDF depends on the document frequency only.
  const localByDf = new Map<number, number>();
  const localIdf = (d: number): number => {
    let x = localByDf.get(d);
    if (x === undefined) localByDf.set(d, (x = Math.pow(Math.log((n + 1) / (d + 0.5)), opts.localIdf)));
    return x;
  };
  // The weight of each kind of feature, read once (not a keyed load of the options per feature).
  const { term, entity, number, date, predicate } = opts;
  const kindWeight = (kind: 'term' | 'entity' | 'number' | 'date' | 'predicate'): number =>
    kind === 'term' ? term : kind === 'entity' ? entity : kind === 'number' ? number : kind === 'date' ? date : predicate;
  const vectors: Vector[] = [];
  for (const f of feats) {
    const v = new WeightedVector();
    const raw: number[] = [];
    let norm = 0;
    for (const [k, kind] of f) {
      const w = kindWeight(kind) * localIdf(df.get(k)!) * (kind === 'term' ? generalIdf(k.slice(2)) : 2);
      if (w <= 0) continue;
      v.set(k, w);
      raw.push(w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    v.raw = Float64Array.from(raw);
    for (const [k, w] of v) v.set(k, w / norm);
    vectors.push(v);
  }
  return vectors;
}

/** How many of the first `n` claims carry each of `features` feature ids. */
function postingLengths(ids: readonly Int32Array[], n: number, features: number): Int32Array {
  const postLen = new Int32Array(features);
  for (let i = 0; i < n; i++) {
    const vi = ids[i];
    for (let x = 0; x < vi.length; x++) postLen[vi[x]]++;
  }
  return postLen;
}

/**
 * Fills the postings (`postIds`, `postWs`: feature k's run starts at `postOff[k]`) with the
 * first `n` claims; returns where each claim stands in the run of each of its features.
 */
function fillPostings(ids: readonly Int32Array[], ws: readonly Float64Array[], n: number, postOff: Int32Array, postIds: Int32Array, postWs: Float64Array): Int32Array[] {
  const fill = new Int32Array(postOff.length - 1);
  const postAt: Int32Array[] = [];
  for (let i = 0; i < n; i++) {
    const vi = ids[i];
    const wi = ws[i];
    const at = new Int32Array(vi.length);
    for (let x = 0; x < vi.length; x++) {
      const k = vi[x];
      at[x] = fill[k];
      postIds[postOff[k] + fill[k]] = i;
      postWs[postOff[k] + fill[k]] = wi[x];
      fill[k]++;
    }
    postAt.push(at);
  }
  return postAt;
}

/**
 * Scores the candidate pairs of claims from different articles (sparse, bounded): candidates
 * are the claims sharing a feature carried by at most `opts.postings` claims, each claim keeps
 * its `opts.perClaim` best-scoring links, and a link survives when it is among the best of
 * either of its claims. In stories under those bounds this is every pair sharing a feature.
 */
export function scorePairs(claims: readonly Claim[], vectors: readonly Vector[], min: number, opts: Pick<AlignOptions, 'postings' | 'perClaim'> = DEFAULT_ALIGN): ClaimLink[] {
  const n = claims.length;
  const I = internStory(claims, vectors);
  // Postings by feature id: the claims carrying it (ascending) and their weights, in flat
  // arrays (feature k's run starts at `postOff[k]`, of `postLen[k]` entries).
  // (Their loops are functions of their own: a long one here would get this function compiled
  // on-stack before its later lines had run, and that code deoptimised on each call.)
  const postLen = postingLengths(I.ids, n, I.features);
  const postOff = new Int32Array(I.features + 1);
  for (let k = 0; k < I.features; k++) postOff[k + 1] = postOff[k] + postLen[k];
  const postIds = new Int32Array(postOff[I.features]);
  const postWs = new Float64Array(postOff[I.features]);
  // Where each claim stands in the posting list of each of its features: only the claims after
  // it (higher indices) are its candidates.
  const postAt = fillPostings(I.ids, I.ws, n, postOff, postIds, postWs);
  // A common feature's weight in every claim (0 where absent), built when first needed.
  const dense = new Map<number, Float64Array>();
  const denseOf = (k: number): Float64Array => {
    let d = dense.get(k);
    if (!d) {
      d = new Float64Array(n);
      for (let x = postOff[k]; x < postOff[k + 1]; x++) d[postIds[x]] = postWs[x];
      dense.set(k, d);
    }
    return d;
  };
  // Claim articles as small integers, for a cheap same-article test.
  const articleIds = new Map<string, number>();
  const art = Int32Array.from(claims, (c) => {
    let id = articleIds.get(c.article);
    if (id === undefined) articleIds.set(c.article, (id = articleIds.size));
    return id;
  });
  const acc = new Float64Array(n);
  // Each claim's best links so far, best first (at most `perClaim`): the final lists are the
  // best `perClaim` of all the links of each claim, whatever order they are found in.
  const perClaim: ClaimLink[][] = [];
  for (let i = 0; i < n; i++) perClaim.push([]);
  const K = opts.perClaim;
  /** True when a link (a, b, score) would enter the list (it beats the list's worst). */
  const fits = (list: ClaimLink[], a: number, b: number, score: number): boolean => {
    if (list.length < K) return true;
    if (K <= 0) return false;
    const w = list[K - 1];
    return (w.score - score || a - w.a || b - w.b) < 0;
  };
  const insert = (list: ClaimLink[], l: ClaimLink): void => {
    if (!fits(list, l.a, l.b, l.score)) return;
    let x = list.length;
    list.push(l);
    while (x > 0 && linkOrder(l, list[x - 1]) < 0) {
      list[x] = list[x - 1];
      x--;
    }
    list[x] = l;
    if (list.length > K) list.length = K;
  };
  const touched: number[] = [];
  const commonW: number[] = [];
  const commonD: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    // The score over the features that propose candidates (all of them in small stories),
    // then the common features' share, looked up for the candidates only.
    const ids = I.ids[i];
    const ws = I.ws[i];
    const at = postAt[i];
    commonW.length = 0;
    commonD.length = 0;
    for (let f = 0; f < ids.length; f++) {
      const k = ids[f];
      const w = ws[f];
      if (postLen[k] > opts.postings) {
        commonW.push(w);
        commonD.push(denseOf(k));
        continue;
      }
      const end = postOff[k + 1];
      for (let x = postOff[k] + at[f] + 1; x < end; x++) {
        const j = postIds[x];
        if (art[j] === art[i]) continue;
        if (acc[j] === 0) touched.push(j);
        acc[j] += w * postWs[x];
      }
    }
    for (const j of touched) {
      let s = acc[j];
      acc[j] = 0;
      for (let c = 0; c < commonW.length; c++) s += commonW[c] * commonD[c][j];
      if (s < min) continue;
      if (!fits(perClaim[i], i, j, s) && !fits(perClaim[j], i, j, s)) continue;
      const l = { a: i, b: j, score: s, floor: undefined };
      insert(perClaim[i], l);
      insert(perClaim[j], l);
    }
    touched.length = 0;
  }
  // Each link once: from its first claim's list, else from its second's.
  const links: ClaimLink[] = [];
  for (let i = 0; i < n; i++) {
    for (const l of perClaim[i]) if (l.a === i || !perClaim[l.a].includes(l)) links.push(l);
  }
  return sortLinks(links);
}

/** The order of links: best score first, then by claim indices. */
function linkOrder(x: ClaimLink, y: ClaimLink): number {
  return y.score - x.score || x.a - y.a || x.b - y.b;
}

/**
 * Links sorted in place by {@link linkOrder} (stable): a merge sort over their keys copied into
 * typed arrays, with the comparison inline (a comparator called by `Array.prototype.sort` costs
 * a call per comparison, and stories have tens of thousands of links).
 */
export function sortLinks(links: ClaimLink[]): ClaimLink[] {
  const n = links.length;
  if (n < 2) return links;
  // The long loops are small functions of their own: a loop in this one would get it compiled
  // on-stack before its later lines had run, and that code would deoptimise there on each call.
  const score = new Float64Array(n);
  const a = new Int32Array(n);
  const b = new Int32Array(n);
  linkColumns(links, score, a, b);
  let from: Int32Array = identity(n);
  let to: Int32Array = new Int32Array(n);
  for (let width = 1; width < n; width *= 2) {
    mergePass(from, to, width, score, a, b);
    const t = from;
    from = to;
    to = t;
  }
  const copy = links.slice();
  permute(links, copy, from);
  return links;
}

/** The links' scores and claim indices, column by column. */
function linkColumns(links: readonly ClaimLink[], score: Float64Array, a: Int32Array, b: Int32Array): void {
  for (let i = 0; i < links.length; i++) {
    score[i] = links[i].score;
    a[i] = links[i].a;
    b[i] = links[i].b;
  }
}

/** One pass of the bottom-up merge sort of `sortLinks`: runs of `width` in `from` merged into `to`. */
function mergePass(from: Int32Array, to: Int32Array, width: number, score: Float64Array, a: Int32Array, b: Int32Array): void {
  const n = from.length;
  for (let lo = 0; lo < n; lo += 2 * width) {
    const mid = Math.min(lo + width, n);
    const hi = Math.min(lo + 2 * width, n);
    let i = lo;
    let j = mid;
    let k = lo;
    while (i < mid && j < hi) {
      const x = from[i];
      const y = from[j];
      // `y` goes first only when it is strictly before `x` (stability).
      const before = score[y] > score[x] || (score[y] === score[x] && (a[y] < a[x] || (a[y] === a[x] && b[y] < b[x])));
      if (before) {
        to[k++] = y;
        j++;
      } else {
        to[k++] = x;
        i++;
      }
    }
    while (i < mid) to[k++] = from[i++];
    while (j < hi) to[k++] = from[j++];
  }
}

/** 0, 1, ..., n - 1. */
function identity(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/** `links[i] = copy[order[i]]` for each i. */
function permute(links: ClaimLink[], copy: readonly ClaimLink[], order: Int32Array): void {
  for (let i = 0; i < order.length; i++) links[i] = copy[order[i]];
}

/**
 * Groups claims by average-link agglomeration over the links (best first): two groups merge
 * when they share no article, their linked pairs score `opts.merge` on average, and those
 * pairs are at least `opts.cover` of all cross pairs. Returns groups of claim indices (singletons included), in first-claim order,
 * and the links that were used.
 */
export function groupClaims(claims: readonly Claim[], links: readonly ClaimLink[], opts: AlignOptions = DEFAULT_ALIGN): number[][] {
  const score = new Map<number, number>();
  const key = (i: number, j: number): number => (i < j ? i * claims.length + j : j * claims.length + i);
  for (const l of links) score.set(key(l.a, l.b), l.score);
  // Groups by the index of the claim that started them (`null` once merged away): members and
  // articles (as small integers), in arrays rather than maps of sets.
  const n = claims.length;
  const groupOf: number[] = [];
  const members: (number[] | null)[] = [];
  const articles: (number[] | null)[] = [];
  const articleIds = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    groupOf.push(i);
    members.push([i]);
    let id = articleIds.get(claims[i].article);
    if (id === undefined) articleIds.set(claims[i].article, (id = articleIds.size));
    articles.push([id]);
  }
  // Articles of one group marked with a stamp, for the shared-article test.
  const seen = new Int32Array(articleIds.size);
  let stamp = 0;
  for (const l of links) {
    if (l.score < opts.link) break;
    const ga = groupOf[l.a];
    const gb = groupOf[l.b];
    if (ga === gb) continue;
    const A = members[ga]!;
    const B = members[gb]!;
    const artsA = articles[ga]!;
    const artsB = articles[gb]!;
    stamp++;
    for (const x of artsA) seen[x] = stamp;
    let shared = false;
    for (const x of artsB) if (seen[x] === stamp) shared = true;
    if (shared) continue;
    let sum = 0;
    let linked = 0;
    for (const i of A) {
      for (const j of B) {
        const s = score.get(key(i, j));
        if (s === undefined) continue;
        sum += s;
        linked++;
      }
    }
    // Linked pairs must score `merge` on average and cover `cover` of all cross pairs.
    // (Each member has at most `perClaim` links, so big groups need a share of those.)
    const cross = Math.min(A.length * B.length, opts.perClaim * Math.min(A.length, B.length));
    if (linked === 0 || sum / linked < opts.merge || linked < opts.cover * cross) continue;
    const keep = A.length >= B.length ? ga : gb;
    const drop = keep === ga ? gb : ga;
    const moved = members[drop]!;
    for (const i of moved) groupOf[i] = keep;
    const target = members[keep]!;
    for (const m of moved) target.push(m);
    const targetArts = articles[keep]!;
    for (const x of articles[drop]!) targetArts.push(x);
    members[drop] = null;
    articles[drop] = null;
  }
  // Built by pushing (not `map`), so the result has one array layout however V8 compiled this.
  const out: number[][] = [];
  for (const g of members) if (g) out.push(g.sort((x, y) => x - y));
  return out.sort((x, y) => x[0] - y[0]);
}

/** A fact-level mention: the part of one claim that a link matched (its "core"). */
export interface AlignedNode {
  claim: number;
  start: number;
  end: number;
}

/**
 * The core of claim `c` for a link: the shortest run of its feature marks that are shared with
 * the other claim and carry at least `mass` of the shared weight. The readable reference of
 * `CoreMatcher.core` (`cores.ts`), which {@link alignNodes} uses; a test keeps them equal.
 */
export function coreSpan(c: Claim, shared: ReadonlyMap<string, number>, mass = DEFAULT_ALIGN.coreMass): { start: number; end: number } | null {
  // The shared marks and their weights: each feature counts once, at its first mark.
  const marks: FeatureMark[] = [];
  const w: number[] = [];
  let total = 0;
  for (const m of c.marks) {
    if (!shared.has(m.key)) continue;
    const wm = marks.some((x) => x.key === m.key) ? 0 : shared.get(m.key)!;
    marks.push(m);
    w.push(wm);
    total += wm;
  }
  return shortestRun(marks, w, total, mass);
}

/**
 * The shortest run of `marks` (in text order, weights `w` summing to `total`) that carries at
 * least `mass` of the total weight, as a span; null when there are no marks. The search behind
 * {@link coreSpan} and the facet spans of `facets.ts`.
 */
export function shortestRun(marks: readonly FeatureMark[], w: readonly number[], total: number, mass: number): { start: number; end: number } | null {
  if (marks.length === 0) return null;
  let found = false;
  let bestStart = 0;
  let bestEnd = 0;
  for (let i = 0; i < marks.length; i++) {
    let sum = 0;
    let end = -Infinity;
    for (let j = i; j < marks.length; j++) {
      sum += w[j];
      end = Math.max(end, marks[j].end);
      if (sum >= mass * total - 1e-9) {
        if (!found || end - marks[i].start < bestEnd - bestStart) {
          found = true;
          bestStart = marks[i].start;
          bestEnd = end;
        }
        break;
      }
    }
  }
  return found ? { start: bestStart, end: bestEnd } : null;
}

/**
 * The node of `claim` that covers `span`: an existing node of that claim overlapping it by at
 * least half the shorter of the two (widened to cover both), else a new node appended to
 * `nodes`. `byClaim` lists each claim's nodes (indexes into `nodes`).
 */
export function nodeAt(nodes: AlignedNode[], byClaim: Map<number, number[]>, claim: number, span: { start: number; end: number }): number {
    for (const k of byClaim.get(claim) ?? []) {
      const n = nodes[k];
      const ov = Math.min(n.end, span.end) - Math.max(n.start, span.start);
      if (ov >= 0.5 * Math.min(n.end - n.start, span.end - span.start)) {
        n.start = Math.min(n.start, span.start);
        n.end = Math.max(n.end, span.end);
        return k;
      }
    }
    nodes.push({ claim, ...span });
    const own = byClaim.get(claim);
    if (own) own.push(nodes.length - 1);
    else byClaim.set(claim, [nodes.length - 1]);
    return nodes.length - 1;
}

/**
 * Fact-level alignment: every link between two claims marks the matched core of each; cores of
 * one claim that overlap by half or more are one node. Nodes are then grouped like claims
 * (average link, at most one node per article). Returns the groups of nodes. With `topicLinks`
 * false, a link between claims with different predicates that share nothing but names and
 * story-wide words is dropped (see {@link statedMarks}); links rescored by the fitted pair
 * model, which weighs shared predicates and rare words itself, keep them (`true`).
 */
export function alignNodes(claims: readonly Claim[], vectors: readonly Vector[], links: readonly ClaimLink[], opts: AlignOptions = DEFAULT_ALIGN, topicLinks = false): AlignedNode[][] {
  const nodes: AlignedNode[] = [];
  const byClaim = new Map<number, number[]>();
  const predMarks: (FeatureMark | undefined)[] = [];
  for (const c of claims) predMarks.push(c.marks.find((m) => m.key.startsWith('p:')));
  const nodeFor = (claim: number, core: { start: number; end: number }): number => {
    // A core reaches its claim's predicate (what is done, not only to what); a core that then
    // covers most of its claim stands for the whole claim.
    const c = claims[claim].span;
    const pred = predMarks[claim];
    const reach = pred ? { start: Math.min(core.start, pred.start), end: Math.max(core.end, pred.end) } : core;
    const span = reach.end - reach.start >= opts.widen * (c.end - c.start) ? { start: c.start, end: c.end } : reach;
    return nodeAt(nodes, byClaim, claim, span);
  };
  // The keys of each claim's marks that are more than a name and rare in the story (carried
  // by at most a tenth of its claims, three at least), built when first needed.
  const statedKeys = new Map<number, Set<string>>();
  let storyDf: Map<string, number> | null = null;
  const rareDf = rareInStory(claims.length);
  const stated = (i: number): Set<string> => {
    let set = statedKeys.get(i);
    if (!set) {
      if (!storyDf) {
        storyDf = new Map();
        for (const c of claims) for (const k of new Set(c.marks.map((m) => m.key))) storyDf.set(k, (storyDf.get(k) ?? 0) + 1);
      }
      set = statedMarks(claims[i]);
      for (const k of set) if (storyDf.get(k)! > rareDf) set.delete(k);
      statedKeys.set(i, set);
    }
    return set;
  };
  const nodeLinks: ClaimLink[] = [];
  const linkClaims: [ClaimLink, number, number][] = [];
  const matcher = new CoreMatcher(internStory(claims, vectors));
  const least = Math.min(opts.link, opts.merge);
  for (const l of links) {
    // The local score is a cosine (at most 1, a hair more with rounding): a link that stays
    // under the least score even with a perfect local score is dropped before its cores.
    if (opts.blend >= 0 && opts.blend <= 1 && opts.blend * l.score + (1 - opts.blend) * (1 + 1e-9) < least && !(l.floor !== undefined && l.floor >= least)) continue;
    if (matcher.share(l.a, l.b) < 2) continue;
    // Names and the story's topic words say nothing of what is stated: two claims that share
    // only those and do different things ("X must sign the plan" / "X will discuss the plan")
    // are no link.
    const pa = claims[l.a].predicate;
    const pb = claims[l.b].predicate;
    if (!topicLinks && pa !== null && pb !== null && pa !== pb && !sharesStated(stated(l.a), stated(l.b))) continue;
    const ca = matcher.core(l.a, opts.coreMass);
    const cb = matcher.core(l.b, opts.coreMass);
    if (!ca || !cb) continue;
    const blended = opts.blend * l.score + (1 - opts.blend) * matcher.local(l.a, ca, l.b, cb, opts.mass);
    const score = l.floor !== undefined && l.floor > blended ? l.floor : blended;
    if (score < least) continue;
    linkClaims.push([{ a: nodeFor(l.a, ca), b: nodeFor(l.b, cb), score, floor: undefined }, l.a, l.b]);
  }
  // Keep a link only when it is the best of one of its claims towards the other's article.
  const articleIds = new Map<string, number>();
  const art: number[] = [];
  for (const c of claims) {
    let id = articleIds.get(c.article);
    if (id === undefined) articleIds.set(c.article, (id = articleIds.size));
    art.push(id);
  }
  // Best score of each claim towards each article (-1: none).
  const bestTo = new Float64Array(claims.length * articleIds.size).fill(-1);
  const toKey = (claim: number, other: number): number => claim * articleIds.size + art[other];
  const noteBest = (k: number, score: number): void => {
    if (bestTo[k] < score) bestTo[k] = score;
  };
  for (const [l, ca, cb] of linkClaims) {
    noteBest(toKey(ca, cb), l.score);
    noteBest(toKey(cb, ca), l.score);
  }
  for (const [l, ca, cb] of linkClaims) {
    if (!opts.bestOnly || bestTo[toKey(ca, cb)] === l.score || bestTo[toKey(cb, ca)] === l.score) nodeLinks.push(l);
  }
  const pseudo: Claim[] = [];
  for (const n of nodes) pseudo.push(claims[n.claim]);
  return nodeGroupsOf(groupClaims(pseudo, bestLinks(nodeLinks, nodes.length), opts), nodes, 1);
}

/**
 * Groups of node indexes as groups of nodes, those of at least `min` nodes. Built by pushing
 * (an array `map` makes gives another layout once V8 optimises it), so that the code reading
 * the groups sees one array shape.
 */
export function nodeGroupsOf(groups: readonly (readonly number[])[], nodes: readonly AlignedNode[], min: number): AlignedNode[][] {
  const out: AlignedNode[][] = [];
  for (const g of groups) {
    if (g.length < min) continue;
    const list: AlignedNode[] = [];
    for (const k of g) list.push(nodes[k]);
    out.push(list);
  }
  return out;
}

/**
 * The strongest link of each pair of nodes (`n` nodes), as `a < b`, strongest first (ties by
 * `a`, then `b`): the order {@link groupClaims} merges in.
 */
export function bestLinks(links: readonly ClaimLink[], n: number): ClaimLink[] {
  const best = new Map<number, ClaimLink>();
  for (const l of links) {
    const k = Math.min(l.a, l.b) * n + Math.max(l.a, l.b);
    const prev = best.get(k);
    if (!prev || prev.score < l.score) best.set(k, { a: Math.min(l.a, l.b), b: Math.max(l.a, l.b), score: l.score, floor: undefined });
  }
  return sortLinks([...best.values()]);
}

/**
 * The feature keys of a claim's marks that are more than a name: every key but entity ids and
 * the words inside the claim's entities ("Zelenskyy", "Moscow").
 */
export function statedMarks(c: Claim): Set<string> {
  const out = new Set<string>();
  for (const m of c.marks) {
    if (!isNameMark(c, m)) out.add(m.key);
  }
  return out;
}

/** True when two sets of stated keys (see {@link statedMarks}) share one. */
function sharesStated(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const k of small) if (big.has(k)) return true;
  return false;
}

/** Raw weights of the features whose marks lie inside a span. */
function coreWeights(c: Claim, span: { start: number; end: number }, v: Vector): Map<string, number> {
  const rawList = rawWeights(v);
  const raw = rawList ? new Map([...v.keys()].map((k, x) => [k, rawList[x]])) : v;
  const out = new Map<string, number>();
  for (const m of c.marks) if (m.start >= span.start && m.end <= span.end && raw.has(m.key)) out.set(m.key, raw.get(m.key)!);
  return out;
}

/**
 * How well two cores state the same thing: the cosine of their features (the unmatched words
 * inside each core count against it), scaled down when the matched weight is small. The
 * readable reference of `CoreMatcher.local` (`cores.ts`); a test keeps them equal.
 */
export function localScore(
  a: Claim, ca: { start: number; end: number }, va: Vector,
  b: Claim, cb: { start: number; end: number }, vb: Vector,
  opts: AlignOptions,
): number {
  const wa = coreWeights(a, ca, va);
  const wb = coreWeights(b, cb, vb);
  let dot = 0;
  let na = 0;
  let nb = 0;
  let mass = 0;
  for (const [k, w] of wa) {
    na += w * w;
    const x = wb.get(k);
    if (x !== undefined) {
      dot += w * x;
      mass += Math.min(w, x);
    }
  }
  for (const w of wb.values()) nb += w * w;
  if (dot === 0) return 0;
  return (dot / Math.sqrt(na * nb)) * Math.min(1, mass / opts.mass);
}
