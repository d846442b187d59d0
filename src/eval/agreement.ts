/**
 * Annotator agreement on an attribution data set, for `npm run eval -- attribution ARTICLES GOLD
 * --agreement`: articles that appear twice (the same title, nearly the same text) were
 * annotated twice, so one annotation scored against the other, with the metric of
 * EVALUATION.md, says how far a system can be expected to agree with either.
 */
import type { Span } from '../types.js';
import type { GoldArticle, GoldRelation } from './attribution.js';

/** The white-space separated words of a text, with their offsets. */
function words(t: string): { w: string[]; start: number[]; end: number[] } {
  const w: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  for (const m of t.matchAll(/\S+/g)) {
    w.push(m[0]);
    start.push(m.index);
    end.push(m.index + m[0].length);
  }
  return { w, start, end };
}

/** Most DP cells the word alignment may use (two 5k-word texts). */
const MAX_CELLS = 25_000_000;

/**
 * A longest-common-subsequence alignment of two word lists: `match[i]` is the index in `b` of
 * word `i` of `a`, or -1. Null when the texts are too long to align.
 */
function alignWords(a: string[], b: string[]): Int32Array | null {
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > MAX_CELLS) return null;
  const w = m + 1;
  const dp = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * w + j] = a[i] === b[j] ? dp[(i + 1) * w + j + 1] + 1 : Math.max(dp[(i + 1) * w + j], dp[i * w + j + 1]);
    }
  }
  const match = new Int32Array(n).fill(-1);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      match[i++] = j++;
    } else if (dp[(i + 1) * w + j] >= dp[i * w + j + 1]) i++;
    else j++;
  }
  return match;
}

/** Share of the longer text's words that the two texts align (1: the same words). */
export function sharedShare(a: string, b: string): number {
  const wa = words(a).w;
  const wb = words(b).w;
  const match = alignWords(wa, wb);
  if (!match) return 0;
  let n = 0;
  for (const x of match) if (x >= 0) n++;
  return n / Math.max(1, wa.length, wb.length);
}

/**
 * Pairs of articles annotated twice: equal titles (or, without titles, equal first 200
 * characters) and texts whose words align for at least `minShared` of the longer one.
 */
export function agreementPairs(articles: GoldArticle[], minShared = 0.95): [GoldArticle, GoldArticle][] {
  const groups = new Map<string, GoldArticle[]>();
  for (const a of articles) {
    const key = a.title ? `t:${a.title}` : `x:${a.text.slice(0, 200)}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const out: [GoldArticle, GoldArticle][] = [];
  for (const list of groups.values()) {
    for (let i = 0; i + 1 < list.length; i += 2) {
      if (sharedShare(list[i].text, list[i + 1].text) >= minShared) out.push([list[i], list[i + 1]]);
    }
  }
  return out;
}

/**
 * The relations of `from` moved onto the text of `onto` through the word alignment: a span
 * runs from its first aligned word to its last one (offsets inside a word kept); a relation
 * with a span that has no aligned word is dropped.
 */
export function mapOnto(from: GoldArticle, onto: GoldArticle): GoldRelation[] {
  const a = words(from.text);
  const b = words(onto.text);
  const match = alignWords(a.w, b.w);
  if (!match) return [];
  const move = (s: Span): Span | null => {
    let first = -1;
    let last = -1;
    for (let i = 0; i < a.w.length && a.start[i] < s.end; i++) {
      if (a.end[i] <= s.start || match[i] < 0) continue;
      if (first < 0) first = i;
      last = i;
    }
    if (first < 0) return null;
    const bf = match[first];
    const bl = match[last];
    const start = b.start[bf] + Math.max(0, s.start - a.start[first]);
    const end = b.end[bl] - Math.max(0, a.end[last] - s.end);
    return end > start ? { start, end } : null;
  };
  const out: GoldRelation[] = [];
  for (const r of from.gold) {
    const cue = move(r.cue);
    const content = move(r.content);
    const source = r.source ? move(r.source) : null;
    if (!cue || !content || (r.source && !source)) continue;
    out.push({ source, cue, content });
  }
  return out;
}
