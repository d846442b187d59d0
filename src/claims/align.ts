/**
 * Alignment: within one story, claims of different articles that state the same fact are
 * grouped. Each claim becomes a sparse vector of weighted features (canonical content stems,
 * entity ids, numbers, dates, its predicate); pairs of claims from different articles are
 * scored by cosine similarity, and groups are formed by average-link agglomeration (over the
 * linked pairs, which must cover a share of all pairs) with at most one claim per article. Deterministic.
 */
import { defaultModel, type StanceModel } from '../check/model.js';
import type { Claim } from './types.js';

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
}

/**
 * The default weights. `fit.ts` scores a grid around them on the ECB+ dev stories: pair F1 is
 * flat (within 0.01) over link 0.2-0.3, merge 0.15-0.35 and best-only on or off; smaller cores
 * score a little higher there but stop reaching the predicate, so the cores keep 65% of the
 * matched weight and reach the predicate. Best-only links are kept for robustness in big stories.
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
  candidate: 0.15,
  blend: 0.7,
  cover: 0.35,
  coreMass: 0.65,
  widen: 0.8,
  bestOnly: 1,
};

/** A scored link between two claims (indices into the claim list). */
export interface ClaimLink {
  a: number;
  b: number;
  score: number;
}

let generalDf: StanceModel['idf'] | null = null;

/** General-news IDF of a stem (the bundled stance model's document frequencies). */
function generalIdf(stem: string): number {
  generalDf ??= defaultModel().idf;
  const df = generalDf.df[stem] ?? 0;
  return Math.log((generalDf.docs + 1) / (df + 1)) + 1;
}

type Vector = Map<string, number>;

/** Raw (unnormalised) feature weights of a claim, for local scores. */
const RAW = new WeakMap<Vector, Map<string, number>>();

function features(c: Claim): Map<string, 'term' | 'entity' | 'number' | 'date' | 'predicate'> {
  const f = new Map<string, 'term' | 'entity' | 'number' | 'date' | 'predicate'>();
  for (const t of c.terms) f.set(`t:${t}`, 'term');
  for (const e of c.entities) f.set(`e:${e.entity}`, 'entity');
  for (const n of c.numbers) f.set(`n:${n.value}`, 'number');
  for (const d of c.dates) f.set(`d:${d.value}`, 'date');
  if (c.predicate) f.set(`p:${c.predicate}`, 'predicate');
  return f;
}

/** Weighted, L2-normalised feature vectors of the claims of one story. */
export function claimVectors(claims: readonly Claim[], opts: AlignOptions = DEFAULT_ALIGN): Vector[] {
  const feats = claims.map(features);
  const df = new Map<string, number>();
  for (const f of feats) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = claims.length;
  return feats.map((f) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [k, kind] of f) {
      const local = Math.pow(Math.log((n + 1) / (df.get(k)! + 0.5)), opts.localIdf);
      const w = opts[kind] * local * (kind === 'term' ? generalIdf(k.slice(2)) : 2);
      if (w <= 0) continue;
      v.set(k, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    RAW.set(v, new Map(v));
    for (const [k, w] of v) v.set(k, w / norm);
    return v;
  });
}

/** Scores every pair of claims from different articles that shares a feature (sparse). */
export function scorePairs(claims: readonly Claim[], vectors: readonly Vector[], min: number): ClaimLink[] {
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const k of v.keys()) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  });
  const links: ClaimLink[] = [];
  for (let i = 0; i < claims.length; i++) {
    const acc = new Map<number, number>();
    for (const [k, w] of vectors[i]) {
      for (const j of postings.get(k)!) {
        if (j <= i || claims[j].article === claims[i].article) continue;
        acc.set(j, (acc.get(j) ?? 0) + w * vectors[j].get(k)!);
      }
    }
    for (const [j, s] of acc) if (s >= min) links.push({ a: i, b: j, score: s });
  }
  return links.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
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
  const groupOf = claims.map((_, i) => i);
  const members = new Map<number, number[]>(claims.map((_, i) => [i, [i]]));
  const articles = new Map<number, Set<string>>(claims.map((c, i) => [i, new Set([c.article])]));
  for (const l of links) {
    if (l.score < opts.link) break;
    const ga = groupOf[l.a];
    const gb = groupOf[l.b];
    if (ga === gb) continue;
    const A = members.get(ga)!;
    const B = members.get(gb)!;
    const artsA = articles.get(ga)!;
    const artsB = articles.get(gb)!;
    if ([...artsB].some((x) => artsA.has(x))) continue;
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
    if (linked === 0 || sum / linked < opts.merge || linked < opts.cover * A.length * B.length) continue;
    const [keep, drop] = A.length >= B.length ? [ga, gb] : [gb, ga];
    const moved = members.get(drop)!;
    for (const i of moved) groupOf[i] = keep;
    const target = members.get(keep)!;
    for (const m of moved) target.push(m);
    for (const x of articles.get(drop)!) articles.get(keep)!.add(x);
    members.delete(drop);
    articles.delete(drop);
  }
  return [...members.values()].map((g) => g.sort((x, y) => x - y)).sort((x, y) => x[0] - y[0]);
}

/** A fact-level mention: the part of one claim that a link matched (its "core"). */
export interface AlignedNode {
  claim: number;
  start: number;
  end: number;
}


/**
 * The core of claim `c` for a link: the shortest run of its feature marks that are shared with
 * the other claim and carry at least `mass` of the shared weight.
 */
export function coreSpan(c: Claim, shared: ReadonlyMap<string, number>, mass = DEFAULT_ALIGN.coreMass): { start: number; end: number } | null {
  const marks = c.marks.filter((m) => shared.has(m.key));
  if (marks.length === 0) return null;
  const seen = new Set<string>();
  const w = marks.map((m) => {
    if (seen.has(m.key)) return 0;
    seen.add(m.key);
    return shared.get(m.key)!;
  });
  const total = w.reduce((a, b) => a + b, 0);
  let best: { start: number; end: number } | null = null;
  for (let i = 0; i < marks.length; i++) {
    let sum = 0;
    for (let j = i; j < marks.length; j++) {
      sum += w[j];
      if (sum >= mass * total - 1e-9) {
        const span = { start: marks[i].start, end: Math.max(...marks.slice(i, j + 1).map((m) => m.end)) };
        if (!best || span.end - span.start < best.end - best.start) best = span;
        break;
      }
    }
  }
  return best;
}

/**
 * Fact-level alignment: every link between two claims marks the matched core of each; cores of
 * one claim that overlap by half or more are one node. Nodes are then grouped like claims
 * (average link, at most one node per article). Returns the groups of nodes.
 */
export function alignNodes(claims: readonly Claim[], vectors: readonly Vector[], links: readonly ClaimLink[], opts: AlignOptions = DEFAULT_ALIGN): AlignedNode[][] {
  const nodes: AlignedNode[] = [];
  const byClaim = new Map<number, number[]>();
  const nodeFor = (claim: number, core: { start: number; end: number }): number => {
    // A core reaches its claim's predicate (what is done, not only to what); a core that then
    // covers most of its claim stands for the whole claim.
    const c = claims[claim].span;
    const pred = claims[claim].marks.find((m) => m.key.startsWith('p:'));
    const reach = pred ? { start: Math.min(core.start, pred.start), end: Math.max(core.end, pred.end) } : core;
    const span = reach.end - reach.start >= opts.widen * (c.end - c.start) ? { start: c.start, end: c.end } : reach;
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
    byClaim.set(claim, [...(byClaim.get(claim) ?? []), nodes.length - 1]);
    return nodes.length - 1;
  };
  const nodeLinks: ClaimLink[] = [];
  const linkClaims: [ClaimLink, number, number][] = [];
  for (const l of links) {
    const va = vectors[l.a];
    const vb = vectors[l.b];
    const shared = new Map<string, number>();
    for (const [k, w] of va) if (vb.has(k)) shared.set(k, w * vb.get(k)!);
    if ([...shared.keys()].filter((k) => !k.startsWith('p:')).length < 2) continue;
    const ca = coreSpan(claims[l.a], shared, opts.coreMass);
    const cb = coreSpan(claims[l.b], shared, opts.coreMass);
    if (!ca || !cb) continue;
    const score = opts.blend * l.score + (1 - opts.blend) * localScore(claims[l.a], ca, va, claims[l.b], cb, vb, opts);
    if (score < Math.min(opts.link, opts.merge)) continue;
    linkClaims.push([{ a: nodeFor(l.a, ca), b: nodeFor(l.b, cb), score }, l.a, l.b]);
  }
  // Keep a link only when it is the best of one of its claims towards the other's article.
  const bestTo = new Map<string, number>();
  const noteBest = (claim: number, article: string, score: number): void => {
    const k = `${claim}\u0000${article}`;
    if ((bestTo.get(k) ?? -1) < score) bestTo.set(k, score);
  };
  for (const [l, ca, cb] of linkClaims) {
    noteBest(ca, claims[cb].article, l.score);
    noteBest(cb, claims[ca].article, l.score);
  }
  const kept = linkClaims
    .filter(([l, ca, cb]) => !opts.bestOnly || bestTo.get(`${ca}\u0000${claims[cb].article}`) === l.score || bestTo.get(`${cb}\u0000${claims[ca].article}`) === l.score)
    .map(([l]) => l);
  nodeLinks.length = 0;
  for (const l of kept) nodeLinks.push(l);
  const pseudo = nodes.map((n) => claims[n.claim]);
  const best = new Map<string, ClaimLink>();
  for (const l of nodeLinks) {
    const k = l.a < l.b ? `${l.a},${l.b}` : `${l.b},${l.a}`;
    const prev = best.get(k);
    if (!prev || prev.score < l.score) best.set(k, { a: Math.min(l.a, l.b), b: Math.max(l.a, l.b), score: l.score });
  }
  const sorted = [...best.values()].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  return groupClaims(pseudo, sorted, opts).map((g) => g.map((k) => nodes[k]));
}

/** Raw weights of the features whose marks lie inside a span. */
function coreWeights(c: Claim, span: { start: number; end: number }, v: Vector): Map<string, number> {
  const raw = RAW.get(v) ?? v;
  const out = new Map<string, number>();
  for (const m of c.marks) if (m.start >= span.start && m.end <= span.end && raw.has(m.key)) out.set(m.key, raw.get(m.key)!);
  return out;
}

/**
 * How well two cores state the same thing: the cosine of their features (the unmatched words
 * inside each core count against it), scaled down when the matched weight is small.
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
