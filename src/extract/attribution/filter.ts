/**
 * The relation filter: a small logistic regression that reads each candidate relation as a
 * whole (its cue's words and kind, the detector's score, what kind of source it found, how long
 * its content is, whether it sits inside another relation's content, and then what kind of
 * source and cue it has and what opens its clause: `that`, a comma, a quotation) and drops the ones that
 * are seldom PolNeAR relations. The token detector judges words one at a time; this sees the
 * finished relation. Weights are fitted by `scripts/fit-attribution.ts` on relations the cue
 * model predicted for articles it was not fitted on, and shipped in `model.json` (`filter`).
 */
import type { Attribution } from '../../types.js';
import type { Ctx } from './context.js';
import type { Cue } from './cues.js';
import { fnv1a } from '../../util/hash.js';

/** A relation before filtering, with what the filter reads besides its spans. */
export interface Candidate {
  relation: Attribution;
  cue: Cue;
  /** Index of its sentence in the article. */
  sentence: number;
}

/** log2 of the filter's hashed weight table. */
export const FILTER_BITS = 14;
/** Upper bound on the features of one candidate. */
export const MAX_FILTER_FEATURES = 24;

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which', 'that', 'this']);

/** Mixes a template id with up to two values into a table index. */
function mix(t: number, a: number, b = 0): number {
  let h = Math.imul(t + 0x51, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae3d);
  return ((h ^ (h >>> 16)) >>> 0) & ((1 << FILTER_BITS) - 1);
}

/** 0 no source, 1 a pronoun, 2 capitalised, 3 other words; times 4 plus a length class. */
function sourceKind(r: Attribution): number {
  const s = r.source;
  if (!s) return 0;
  // its first word and how many words it has (white space runs, as `split(/\s+/)` counts them)
  const text = s.text;
  let end = 0;
  while (end < text.length && !/\s/.test(text[end])) end++;
  let words = 1;
  for (let k = end; k < text.length; k++) if (/\s/.test(text[k]) && !/\s/.test(text[k - 1])) words++;
  const first = text.slice(0, end).toLowerCase().replace(/[’']s$/, '');
  const kind = PRONOUNS.has(first) ? 1 : /^\p{Lu}/u.test(text) ? 2 : 3;
  return kind * 4 + Math.min(3, words - 1);
}

/** A length class: 0 under 20 characters, then doubling up to 6. */
function lengthClass(n: number): number {
  let c = 0;
  for (let x = 20; n >= x && c < 6; x *= 2) c++;
  return c;
}

const CLASS_CODES: Record<string, number> = { speech: 1, tell: 2, mind: 3, evidence: 4, stance: 5, raising: 6, object: 7 };

/** Binned detector log-odds of the cue (9: a rule cue the detector did not score). */
function scoreBin(z: number | undefined): number {
  if (z === undefined) return 9;
  return Math.max(0, Math.min(8, Math.floor(z + 4)));
}

/**
 * Writes the hashed features of candidate `c` into `out` and returns how many. `nested` says
 * whether its cue lies inside another candidate's content.
 */
export function filterFeatures(ctx: Ctx, c: Candidate, nested: boolean, out: Uint32Array): number {
  const { cue, relation: r } = c;
  const toks = ctx.toks;
  const head = toks[cue.head].lower;
  const hh = fnv1a(head);
  const words = cue.j - cue.i + 1;
  const kind = cue.type === 'verb' ? 10 + (cue.passive ? 1 : 0) : cue.type === 'phrase' ? 20 : cue.type === 'nominal' ? 30 : 40;
  const learned = cue.learned ? 1 : 0;
  const src = sourceKind(r);
  const hasSource = r.source ? 1 : 0;
  const content = lengthClass(r.content.end - r.content.start);
  const zb = scoreBin(cue.score);
  const quoteInContent = /["“”]/.test(r.content.text) ? 1 : 0;
  const first = c.sentence === 0 ? 1 : 0;
  let n = 0;
  out[n++] = mix(0, 0);
  out[n++] = mix(1, hh);
  out[n++] = mix(2, hh, hasSource);
  out[n++] = mix(3, kind, learned);
  out[n++] = mix(4, zb, learned);
  out[n++] = mix(5, zb, hasSource);
  out[n++] = mix(6, src);
  out[n++] = mix(7, src, learned);
  out[n++] = mix(8, content);
  out[n++] = mix(9, content, hasSource);
  out[n++] = mix(10, Math.min(words, 6), learned);
  out[n++] = mix(11, nested ? 1 : 0, hasSource);
  out[n++] = mix(12, nested ? 1 : 0, hh);
  out[n++] = mix(13, quoteInContent, kind);
  out[n++] = mix(14, first, hasSource);
  out[n++] = mix(15, fnv1a(cue.lemma ?? head), zb);
  out[n++] = mix(16, kind, src);
  // a cue inside another relation's content ("X said she wants ..."): PolNeAR keeps some
  const nest = nested ? 1 : 0;
  const cls = CLASS_CODES[cue.cls ?? ''] ?? 0;
  const start = r.source && r.source.start < r.cue.start ? r.source.start : r.cue.start;
  let before = cue.i - 1;
  while (before >= 0 && toks[before].start >= start) before--;
  const opener = before < 0 ? 0 : toks[before].lower === 'that' ? 1 : toks[before].text === ',' ? 2 : toks[before].kind === 'quote' ? 3 : 4;
  out[n++] = mix(17, nest, src);
  out[n++] = mix(18, nest, cls * 2 + learned);
  out[n++] = mix(19, nest, opener);
  out[n++] = mix(20, opener, kind);
  return n;
}

/** Marks each candidate whose cue lies inside another candidate's content. */
export function nestedFlags(cands: Candidate[]): boolean[] {
  const out = new Array<boolean>(cands.length).fill(false);
  for (let i = 0; i < cands.length; i++) {
    const cue = cands[i].relation.cue;
    for (let k = 0; k < cands.length && !out[i]; k++) {
      const content = cands[k].relation.content;
      if (k !== i && content.start <= cue.start && cue.end <= content.end) out[i] = true;
    }
  }
  return out;
}

/** The filter: weights over {@link filterFeatures} and the probability a relation needs. */
export interface RelationFilter {
  weights: Float32Array;
  threshold: number;
}

const BUF = new Uint32Array(MAX_FILTER_FEATURES);


/** The log-odds the filter gives each candidate (that it is a relation worth keeping). */
export function filterScores(filter: Pick<RelationFilter, 'weights'>, ctx: Ctx, cands: Candidate[]): number[] {
  const nested = nestedFlags(cands);
  return cands.map((c, i) => {
    const n = filterFeatures(ctx, c, nested[i], BUF);
    let z = 0;
    for (let f = 0; f < n; f++) z += filter.weights[BUF[f]];
    return z;
  });
}

/** The candidates the filter keeps (all of them without a filter). */
export function applyFilter(filter: RelationFilter | null, ctx: Ctx, cands: Candidate[], threshold?: number): Candidate[] {
  if (!filter || cands.length === 0) return cands;
  const t = threshold ?? filter.threshold;
  const zMin = Math.log(t / (1 - t));
  const z = filterScores(filter, ctx, cands);
  return cands.filter((_, i) => z[i] >= zMin);
}

