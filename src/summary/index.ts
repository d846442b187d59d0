/**
 * Extractive summary of one story: a few body sentences, taken verbatim from the articles, that
 * together cover the story's most important claim groups (corroborated by several outlets and
 * independent origins first, then contested ones, then single-outlet ones), without near-repeats.
 *
 * Every summary sentence cites the exact span it was taken from and the mentions of the same
 * claim groups in the other outlets (supporting, or contradicting for a contested group). Pure:
 * a function over the analysis records (claim groups and article texts); nothing is rewritten.
 *
 * Entry point: {@link summarizeStory}.
 */
import type { ClaimGroupOutput, ClaimMentionOutput } from '../claims/types.js';
import type { Span } from '../types.js';
import { jaccard } from '../util/sets.js';

/** What the summariser needs of one article. */
export interface SummaryArticle {
  id: string;
  text: string;
  /** Body sentences, in order (captions, promos and other marks are not among them). */
  sentences: readonly Span[];
  /** The outlet the article counts as (as in the claim mentions). */
  outlet: string;
}

/** How a cited span relates to the summary sentence. */
export type CitationRole = 'source' | 'supports' | 'contradicts';

/** One cited span: an exact `[start, end)` range of an article's text. */
export interface Citation {
  article: string;
  start: number;
  end: number;
  outlet: string;
  /** The cited words: `article.text.slice(start, end)`. */
  text: string;
  /** `source` for the span the sentence is, else how another outlet's mention relates to it. */
  role: CitationRole;
  /** The claim group the mention belongs to (null for the source span itself). */
  claim: string | null;
  /** The value this mention states, for a contested group. */
  value: string | null;
  hedged: boolean;
}

/** One sentence of the summary. */
export interface SummarySentence {
  /** The sentence exactly as in the article: `text === article.text.slice(start, end)`. */
  text: string;
  article: string;
  start: number;
  end: number;
  outlet: string;
  /** The claim groups the sentence states (ids, most important first). */
  claims: string[];
  /** The outlets that state what the sentence says: its own outlet first, then the others. */
  outlets: string[];
  /** Outlets whose mention of one of its groups gives a different value. */
  contradictedBy: string[];
  /** True when one of its groups is contested. */
  contested: boolean;
  /** True when every mention of its groups inside the sentence is hedged. */
  hedged: boolean;
  /** The source span first, then the other outlets' mentions of the same groups. */
  citations: Citation[];
}

/** Options of {@link summarizeStory}. */
export interface SummaryOptions {
  /** At most this many sentences (default 5). */
  maxSentences?: number;
  /** Sentences that add only single-outlet claims are taken only while fewer than this (default 3). */
  minSentences?: number;
  /** A candidate whose word overlap (Jaccard) with a chosen sentence reaches this is a near-repeat (default 0.5). */
  maxOverlap?: number;
}

const DEFAULTS: Required<SummaryOptions> = { maxSentences: 5, minSentences: 3, maxOverlap: 0.5 };

/** Sentences shorter than this (in words) are not summary material (labels, fragments). */
const MIN_WORDS = 6;
/** Sentences longer than this (in words) read badly in a summary and are scored down. */
const LONG_WORDS = 55;
/** What each further new claim group of one sentence adds, relative to its weight. */
const RETURNS = 0.3;

/**
 * How much covering a claim group is worth: more outlets and more independent origins weigh
 * more; a contested group is worth showing (with its disagreement); a claim hedged everywhere
 * weighs a little less.
 */
export function groupWeight(g: ClaimGroupOutput): number {
  const outlets = g.outlets.length;
  let w: number;
  if (g.status === 'corroborated') w = outlets + 0.25 * Math.max(0, g.originCount - 1);
  else if (g.status === 'contested') w = 0.8 * outlets;
  else w = 0.5;
  if (g.hedged && g.hedgedMentions === g.mentions.length) w *= 0.9;
  return w;
}

interface Candidate {
  article: SummaryArticle;
  index: number;
  /** Position in the article, 0 (first sentence) .. 1 (last). */
  position: number;
  span: Span;
  text: string;
  /** The distinct lowercase words (built when first compared: see {@link wordsOf}). */
  words: Set<string> | null;
  /** The number of words (-1 until first needed: see {@link countOf}). */
  wordCount: number;
  /** The groups with a mention inside the sentence, and those mentions. */
  groups: Map<string, ClaimMentionOutput[]>;
}

/** The span without leading and trailing white space. */
function trimmed(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The number of words of a text (as {@link wordsOf} splits them). */
function wordCount(text: string): number {
  return text.toLowerCase().match(WORD)?.length ?? 0;
}

/** The number of words of a candidate (counted once, when first needed: most sentences hold no claim and never are). */
function countOf(c: Candidate): number {
  if (c.wordCount < 0) c.wordCount = wordCount(c.text);
  return c.wordCount;
}

/** The distinct lowercase words of a candidate (computed once). */
function wordsOf(c: Candidate): Set<string> {
  c.words ??= new Set(c.text.toLowerCase().match(WORD) ?? []);
  return c.words;
}


/** One mention of a claim group, with where it stands in the story's iteration order. */
interface IndexedMention {
  /** Index of its group in the claim list. */
  group: number;
  /** Index of the mention in its group's mention list. */
  order: number;
  mention: ClaimMentionOutput;
}

/**
 * The mentions of every group by article, sorted by start offset, so that the mentions inside
 * one sentence are found by binary search instead of scanning every group of the story.
 */
function mentionsByArticle(claims: readonly ClaimGroupOutput[]): Map<string, IndexedMention[]> {
  const out = new Map<string, IndexedMention[]>();
  claims.forEach((g, group) => {
    g.mentions.forEach((mention, order) => {
      const list = out.get(mention.article);
      const entry = { group, order, mention };
      if (list) list.push(entry);
      else out.set(mention.article, [entry]);
    });
  });
  for (const list of out.values()) list.sort((x, y) => x.mention.start - y.mention.start || x.group - y.group || x.order - y.order);
  return out;
}

/** Index of the first mention starting at or after `start` (list sorted by start). */
function firstAtOrAfter(list: readonly IndexedMention[], start: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].mention.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Body sentences with the claim-group mentions inside them (a mention is inside when it starts
 * in the sentence). Groups keep the claim-list order and mentions their group's order.
 */
function candidates(claims: readonly ClaimGroupOutput[], articles: readonly SummaryArticle[]): Candidate[] {
  const out: Candidate[] = [];
  const byArticle = mentionsByArticle(claims);
  for (const a of articles) {
    const n = a.sentences.length;
    const mentions = byArticle.get(a.id) ?? [];
    a.sentences.forEach((raw, index) => {
      const span = trimmed(a.text, raw);
      if (span.end <= span.start) return;
      const text = a.text.slice(span.start, span.end);
      const hits: IndexedMention[] = [];
      for (let k = firstAtOrAfter(mentions, span.start); k < mentions.length && mentions[k].mention.start < span.end; k++) hits.push(mentions[k]);
      hits.sort((x, y) => x.group - y.group || x.order - y.order);
      const groups = new Map<string, ClaimMentionOutput[]>();
      let last = -1;
      for (const h of hits) {
        const id = claims[h.group].id;
        // A later group with the same id replaces the earlier one's mentions (as a Map.set would).
        if (h.group !== last) groups.set(id, [h.mention]);
        else groups.get(id)!.push(h.mention);
        last = h.group;
      }
      out.push({ article: a, index, position: n > 1 ? index / (n - 1) : 0, span, text, words: null, wordCount: -1, groups });
    });
  }
  return out;
}

/**
 * The value most outlets of a contested group state (ties: the representative mention's value);
 * mentions with another value contradict it. Null when the group is not contested.
 */
export function referenceValue(g: ClaimGroupOutput): string | null {
  if (g.status !== 'contested') return null;
  const outletsByValue = new Map<string, Set<string>>();
  for (const m of g.mentions) {
    if (m.value === null) continue;
    outletsByValue.set(m.value, (outletsByValue.get(m.value) ?? new Set()).add(m.outlet));
  }
  const rep = g.mentions.find((m) => m.text === g.text && m.value !== null) ?? g.mentions.find((m) => m.value !== null);
  let best: string | null = rep?.value ?? null;
  let bestCount = best === null ? 0 : outletsByValue.get(best)?.size ?? 0;
  for (const [value, outlets] of outletsByValue) {
    if (outlets.size > bestCount) {
      best = value;
      bestCount = outlets.size;
    }
  }
  return best;
}

/** True when a mention contradicts a value of the same contested group. */
function contradicts(m: ClaimMentionOutput, value: string | null): boolean {
  return value !== null && m.value !== null && m.value !== value;
}

/** How much a candidate adds given the groups already covered (0 when nothing new). */
function gain(c: Candidate, weights: Map<string, number>, covered: Set<string>): number {
  const fresh = [...c.groups.keys()].filter((id) => !covered.has(id)).map((id) => weights.get(id) ?? 0).sort((x, y) => y - x);
  if (fresh.length === 0) return 0;
  const count = countOf(c);
  if (count < MIN_WORDS) return 0;
  // Diminishing returns: a sentence packed with small claims is not worth several good ones.
  const sum = fresh[0] + RETURNS * fresh.slice(1).reduce((x, y) => x + y, 0);
  // News puts what matters first: the lead sentence weighs three times the last one.
  const lead = 1 / (1 + 2 * c.position);
  const long = count > LONG_WORDS ? LONG_WORDS / count : 1;
  return sum * lead * long;
}

/** Builds the output record of a chosen candidate. */
function sentenceOf(c: Candidate, byId: Map<string, ClaimGroupOutput>, weights: Map<string, number>): SummarySentence {
  const ids = [...c.groups.keys()].sort((x, y) => (weights.get(y) ?? 0) - (weights.get(x) ?? 0));
  const own = c.article.outlet;
  const citations: Citation[] = [{ article: c.article.id, start: c.span.start, end: c.span.end, outlet: own, text: c.text, role: 'source', claim: null, value: null, hedged: false }];
  const outlets = [own];
  const contradictedBy: string[] = [];
  let contested = false;
  const inside = ids.flatMap((id) => c.groups.get(id) ?? []);
  for (const id of ids) {
    const g = byId.get(id)!;
    if (g.status === 'contested') contested = true;
    // The value this sentence states for the group (its own mention), else the group's reference.
    const ownValue = c.groups.get(id)!.find((m) => m.value !== null)?.value ?? referenceValue(g);
    for (const m of g.mentions) {
      if (m.article === c.article.id) continue;
      const role: CitationRole = g.status === 'contested' && contradicts(m, ownValue) ? 'contradicts' : 'supports';
      if (citations.some((x) => x.article === m.article && x.start === m.start && x.end === m.end)) continue;
      citations.push({ article: m.article, start: m.start, end: m.end, outlet: m.outlet, text: m.text, role, claim: id, value: m.value, hedged: m.hedged });
      const list = role === 'supports' ? outlets : contradictedBy;
      if (!list.includes(m.outlet)) list.push(m.outlet);
    }
  }
  return {
    text: c.text,
    article: c.article.id,
    start: c.span.start,
    end: c.span.end,
    outlet: own,
    claims: ids,
    outlets,
    contradictedBy: contradictedBy.filter((o) => !outlets.includes(o)),
    contested,
    hedged: inside.length > 0 && inside.every((m) => m.hedged),
    citations,
  };
}

/**
 * The extractive summary of one story. Greedy coverage: each step takes the body sentence that
 * adds the most weight of claim groups not yet covered (see {@link groupWeight}), scored down
 * the later it stands in its article and when very long; sentences that repeat a chosen one
 * (word overlap) or add nothing new are skipped; single-outlet claims only fill a short summary.
 * The most important sentence comes first, the rest follow in article order (lead to end). A
 * story with no claims gets the lead sentence of its first article.
 */
export function summarizeStory(claims: readonly ClaimGroupOutput[], articles: readonly SummaryArticle[], opts: SummaryOptions = {}): SummarySentence[] {
  const o = { ...DEFAULTS, ...opts };
  const byId = new Map(claims.map((g) => [g.id, g]));
  const weights = new Map(claims.map((g) => [g.id, groupWeight(g)]));
  const pool = candidates(claims, articles);
  const chosen: { c: Candidate; gain: number }[] = [];
  const covered = new Set<string>();
  // Gains are kept per candidate and recomputed only for candidates holding a group that was
  // just covered; a candidate ruled out (chosen, or a near-repeat of a chosen one) stays out.
  // A typed array, not `map`: optimised code makes a holey array of `map` (the interpreter a
  // packed one of small integers or doubles), and the search below deoptimises on each kind.
  const gains = new Float64Array(pool.length);
  for (let k = 0; k < pool.length; k++) gains[k] = gain(pool[k], weights, covered);
  const out = new Uint8Array(pool.length);
  const holders = new Map<string, number[]>();
  pool.forEach((c, k) => {
    for (const id of c.groups.keys()) {
      const list = holders.get(id);
      if (list) list.push(k);
      else holders.set(id, [k]);
    }
  });
  while (chosen.length < o.maxSentences) {
    // The best candidate that repeats no chosen sentence: a near-repeat found on the way is
    // ruled out for good (the chosen sentences only grow), and the search goes on.
    let bestK = -1;
    let bestGain = 0;
    for (;;) {
      bestK = -1;
      bestGain = 0;
      for (let k = 0; k < pool.length; k++) {
        if (out[k] || !(gains[k] > bestGain)) continue;
        bestK = k;
        bestGain = gains[k];
      }
      if (bestK < 0 || !chosen.some((x) => jaccard(wordsOf(x.c), wordsOf(pool[bestK])) >= o.maxOverlap)) break;
      out[bestK] = 1;
    }
    if (bestK < 0) break;
    const best = pool[bestK];
    const onlySingles = [...best.groups.keys()].every((id) => covered.has(id) || byId.get(id)!.status === 'single');
    if (onlySingles && chosen.length >= o.minSentences) break;
    chosen.push({ c: best, gain: bestGain });
    out[bestK] = 1;
    const dirty = new Set<number>();
    for (const id of best.groups.keys()) {
      if (covered.has(id)) continue;
      covered.add(id);
      for (const k of holders.get(id) ?? []) dirty.add(k);
    }
    for (const k of dirty) if (!out[k]) gains[k] = gain(pool[k], weights, covered);
  }
  if (chosen.length === 0) {
    const lead = pool.find((c) => countOf(c) >= MIN_WORDS) ?? pool[0];
    if (lead) chosen.push({ c: lead, gain: 0 });
  }
  const [first, ...rest] = chosen;
  const articleOrder = new Map(articles.map((a, i) => [a.id, i]));
  rest.sort((x, y) => x.c.position - y.c.position || articleOrder.get(x.c.article.id)! - articleOrder.get(y.c.article.id)! || x.c.index - y.c.index);
  return (first ? [first, ...rest] : []).map(({ c }) => sentenceOf(c, byId, weights));
}
