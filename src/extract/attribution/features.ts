/**
 * Token features of the learned cue detector, as indices into a hashed weight table (the
 * "hashing trick"): every feature is a number computed from 32-bit hashes of the words around
 * a token, so scoring a token costs a few multiplications and array reads, no string building.
 * Training (`scripts/fit-attribution.ts`) and detection share this one function, so a model is
 * only valid for the {@link FEATURE_VERSION} it was fitted with.
 */
import { stemmer } from 'stemmer';
import type { Ctx, TokRange } from './context.js';
import type { Cue } from './cues.js';
import { VERB_CUES } from './lexicon.js';
import { fnv1a as hashString } from '../../util/hash.js';

/**
 * Changes whenever the features change (the relation filter's in `filter.ts` too): a model
 * fitted for another version is refused.
 */
export const FEATURE_VERSION = 12;

/** 32-bit FNV-1a hash of a string (the shared one in `src/util/hash.ts`). */
export { hashString };

/** Mixes a feature template id with up to three hashed values into one 32-bit hash. */
function mix(t: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(t + 1, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae3d) ^ c;
  h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f);
  return (h ^ (h >>> 15)) >>> 0;
}

/** Hashes of one lowercase word form: itself, its Porter stem, its last 3 and 2 letters. */
interface WordInfo {
  word: number;
  stem: number;
  suf3: number;
  suf2: number;
  lex: number;
}

const WORDS = new Map<string, WordInfo>();

/** The {@link WordInfo} of a lowercase word (cached: news reuses its words). */
function wordInfo(lower: string, isWord: boolean): WordInfo {
  let info = WORDS.get(lower);
  if (info === undefined) {
    if (WORDS.size > 200_000) WORDS.clear();
    const word = hashString(lower);
    info = isWord
      ? {
          word,
          stem: hashString(/^[a-z]+$/.test(lower) ? stemmer(lower) : lower),
          suf3: hashString(lower.length > 3 ? lower.slice(-3) : lower),
          suf2: hashString(lower.length > 2 ? lower.slice(-2) : lower),
          lex: lexCode(lower),
        }
      : { word, stem: word, suf3: word, suf2: word, lex: 0 };
    WORDS.set(lower, info);
  }
  return info;
}

/** Lexicon classes of a word as a small number (0: not in the lexicon). */
const CLASS_CODES: Record<string, number> = { speech: 1, tell: 2, mind: 3, evidence: 4, stance: 5, raising: 6, object: 7 };
const FORM_CODES: Record<string, number> = { base: 1, s: 2, past: 3, ing: 4, pp: 5 };

function lexCode(lower: string): number {
  const e = VERB_CUES.get(lower);
  if (!e) return 0;
  return CLASS_CODES[e[0].cls] * 8 + FORM_CODES[e[0].form];
}

/** A word's shape: 1 lowercase, 2 capitalised, 3 all caps, 4 number, 5 punctuation, 6 quote. */
function shape(ctx: Ctx, k: number): number {
  const t = ctx.toks[k];
  if (t.kind === 'num') return 4;
  if (t.kind === 'quote') return 6;
  if (t.kind === 'punct') return 5;
  if (!t.cap) return 1;
  return t.text.length > 1 && t.text === t.text.toUpperCase() ? 3 : 2;
}

/**
 * Per-article arrays the token features read: word, stem and suffix hashes, shapes, lexicon
 * codes, whether a token is inside a quotation and where the rule-based cue finder put cues.
 */
export interface FeatureDoc {
  ctx: Ctx;
  word: Uint32Array;
  stem: Uint32Array;
  suf3: Uint32Array;
  suf2: Uint32Array;
  shape: Uint8Array;
  lex: Uint8Array;
  inQuote: Uint8Array;
  /** 0 no rule cue, 1 inside a rule cue, 2 its head; plus 4 * the cue type code. */
  rule: Uint8Array;
  /** Quotations in the token's sentence: bit 1 one before it, bit 2 one after it. */
  quoteSide: Uint8Array;
  /** Index of the last lexicon verb or word in -ed before each token (-1: none). */
  lastVerb: Int32Array;
}

const SUBJECT_WORDS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which', 'that']);
const AUX_WORDS = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'did', 'does',
  'do', 'also', 'not', "n't", 'never', 'been', 'be', 'may', 'might', 'should', 'must', 'just',
]);

/**
 * What stands left of token `k` once auxiliaries and adverbs are skipped: 1 a subject pronoun,
 * 2 a capitalised word, 3 a plural noun in -s, 4 a comma or quotation mark, 5 the sentence
 * start, 0 anything else.
 */
function subjectLeft(doc: FeatureDoc, k: number, sent: TokRange): number {
  const { toks } = doc.ctx;
  let p = k - 1;
  while (p >= sent.a && k - p <= 4 && (AUX_WORDS.has(toks[p].lower) || (toks[p].lower.endsWith('ly') && toks[p].lower.length > 4))) p--;
  if (p < sent.a) return 5;
  const t = toks[p];
  if (SUBJECT_WORDS.has(t.lower)) return 1;
  if (t.kind === 'word' && t.cap) return 2;
  if (t.kind === 'word' && t.lower.endsWith('s')) return 3;
  if (t.text === ',' || t.kind === 'quote') return 4;
  return 0;
}

const DETS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'our', 'my', 'your', 'some', 'any', 'no']);
const OBJECTS = new Set(['him', 'them', 'it', 'us', 'me', 'you', 'himself', 'herself', 'themselves']);
const PREPS = new Set(['for', 'against', 'about', 'on', 'with', 'of', 'in', 'over', 'at', 'into', 'up', 'out', 'off']);

/**
 * The class of the token after a candidate: 1 determiner, 2 object pronoun, 3 capitalised word,
 * 4 `that`, 5 `to`, 6 quotation mark, 7 preposition or particle, 8 comma or colon, 0 other.
 */
function nextClass(doc: FeatureDoc, p: number): number {
  const t = doc.ctx.toks[p];
  if (t.kind === 'quote') return 6;
  if (t.text === ',' || t.text === ':') return 8;
  const w = t.lower;
  if (DETS.has(w)) return 1;
  if (OBJECTS.has(w)) return 2;
  if (w === 'that') return 4;
  if (w === 'to') return 5;
  if (PREPS.has(w)) return 7;
  if (t.kind === 'word' && t.cap) return 3;
  return 0;
}

/** A verb-ending class of a word: 1 -ed, 2 -ing, 3 -s, 0 other. */
function verbClass(w: string): number {
  if (w.length > 4 && w.endsWith('ed')) return 1;
  if (w.length > 5 && w.endsWith('ing')) return 2;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return 3;
  return 0;
}

const TYPE_CODES: Record<Cue['type'], number> = { verb: 1, phrase: 2, nominal: 3, colon: 4 };

/** Builds the {@link FeatureDoc} of an article from its tokens and its rule cues. */
export function featureDoc(ctx: Ctx, ruleCues: Cue[]): FeatureDoc {
  const n = ctx.toks.length;
  const doc: FeatureDoc = {
    ctx,
    word: new Uint32Array(n),
    stem: new Uint32Array(n),
    suf3: new Uint32Array(n),
    suf2: new Uint32Array(n),
    shape: new Uint8Array(n),
    lex: new Uint8Array(n),
    inQuote: new Uint8Array(n),
    rule: new Uint8Array(n),
    quoteSide: new Uint8Array(n),
    lastVerb: new Int32Array(n),
  };
  let qi = 0;
  const quotes = ctx.quotes;
  for (let k = 0; k < n; k++) {
    const t = ctx.toks[k];
    const info = wordInfo(t.lower, t.kind === 'word');
    doc.word[k] = info.word;
    doc.stem[k] = info.stem;
    doc.suf3[k] = info.suf3;
    doc.suf2[k] = info.suf2;
    doc.lex[k] = info.lex;
    doc.shape[k] = shape(ctx, k);
    // quotations are sorted and disjoint, tokens sorted: one sweep
    while (qi < quotes.length && quotes[qi].end <= t.start) qi++;
    const q = quotes[qi];
    if (q && q.start <= t.start && t.start < q.end) doc.inQuote[k] = q.start === t.start || q.end === t.end ? 2 : 1;
    doc.lastVerb[k] = k > 0 ? doc.lastVerb[k - 1] : -1;
    if (k > 0) {
      const p = ctx.toks[k - 1];
      if (doc.lex[k - 1] || (p.kind === 'word' && !p.cap && p.lower.endsWith('ed'))) doc.lastVerb[k] = k - 1;
    }
  }
  // quotation marks per sentence side: a forward and a backward sweep between sentence-ish stops
  let seen = 0;
  for (let k = 0; k < n; k++) {
    const t = ctx.toks[k];
    if (t.text === '.' || t.text === '?' || t.text === '!') seen = 0;
    doc.quoteSide[k] = seen;
    if (t.kind === 'quote') seen = 1;
  }
  seen = 0;
  for (let k = n - 1; k >= 0; k--) {
    const t = ctx.toks[k];
    if (t.text === '.' || t.text === '?' || t.text === '!') seen = 0;
    doc.quoteSide[k] |= seen;
    if (t.kind === 'quote') seen = 2;
  }
  for (const c of ruleCues) {
    for (let k = c.i; k <= c.j; k++) doc.rule[k] = (k === c.head ? 2 : 1) + 4 * TYPE_CODES[c.type];
  }
  return doc;
}

const NONE = 0x5bd1e995;
const THAT = hashString('that');
const COLON = hashString(':');
const COMMA = hashString(',');

/**
 * Writes the hashed feature indices of token `k` of sentence `sent` into `out` (masked with
 * `mask`) and returns how many it wrote.
 */
export function tokenFeatures(doc: FeatureDoc, k: number, sent: TokRange, mask: number, out: Uint32Array): number {
  const { word, stem, shape: sh, lex, rule } = doc;
  const hasM1 = k - 1 >= sent.a;
  const hasM2 = k - 2 >= sent.a;
  const hasP1 = k + 1 < sent.b;
  const hasP2 = k + 2 < sent.b;
  const w0 = word[k];
  const wm1 = hasM1 ? word[k - 1] : NONE;
  const wm2 = hasM2 ? word[k - 2] : NONE;
  const wp1 = hasP1 ? word[k + 1] : NONE;
  const wp2 = hasP2 ? word[k + 2] : NONE;
  const sm1 = hasM1 ? sh[k - 1] : 0;
  const sp1 = hasP1 ? sh[k + 1] : 0;
  const st = stem[k];
  const s3 = doc.suf3[k];
  const s2 = doc.suf2[k];
  const lx = lex[k];
  const isLex = lx > 0 ? 1 : 0;
  // what follows within three tokens: "that", a colon, a quotation, a comma
  let follow = 0;
  for (let p = k + 1; p < sent.b && p <= k + 3; p++) {
    if (word[p] === THAT) follow |= 1;
    else if (word[p] === COLON) follow |= 2;
    else if (sh[p] === 6) follow |= 4;
    else if (word[p] === COMMA) follow |= 8;
  }
  // a quotation right before ('"...," said X')
  const qb = (hasM1 && sh[k - 1] === 6) || (hasM2 && sh[k - 2] === 6) ? 1 : 0;
  const subj = subjectLeft(doc, k, sent);
  const firstVerb = doc.lastVerb[k] < sent.a ? 1 : 0;
  out[0] = mix(0, 0) & mask;
  out[1] = mix(1, w0) & mask;
  out[2] = mix(2, st) & mask;
  out[3] = mix(3, s3) & mask;
  out[4] = mix(4, s2) & mask;
  out[5] = mix(5, sh[k], sm1, sp1) & mask;
  out[6] = mix(6, wm1) & mask;
  out[7] = mix(7, wp1) & mask;
  out[8] = mix(8, wm2) & mask;
  out[9] = mix(9, wp2) & mask;
  out[10] = mix(10, wm1, w0) & mask;
  out[11] = mix(11, w0, wp1) & mask;
  out[12] = mix(12, st, wp1) & mask;
  out[13] = mix(13, wm1, st) & mask;
  out[14] = mix(14, lx) & mask;
  out[15] = mix(15, lx, sm1) & mask;
  out[16] = mix(16, hasM1 ? lex[k - 1] : 99, hasP1 ? lex[k + 1] : 99) & mask;
  out[17] = mix(17, rule[k]) & mask;
  out[18] = mix(18, rule[k], w0) & mask;
  out[19] = mix(19, hasM1 ? rule[k - 1] : 99, hasP1 ? rule[k + 1] : 99) & mask;
  out[20] = mix(20, doc.inQuote[k]) & mask;
  out[21] = mix(21, Math.min(k - sent.a, 6), Math.min(sent.b - 1 - k, 6)) & mask;
  out[22] = mix(22, st, sm1) & mask;
  out[23] = mix(23, s3, sm1, sp1) & mask;
  out[24] = mix(24, s2, wm1) & mask;
  out[25] = mix(25, follow) & mask;
  out[26] = mix(26, follow, st) & mask;
  out[27] = mix(27, qb, st) & mask;
  out[28] = mix(28, hasM1 ? stem[k - 1] : NONE, st) & mask;
  out[29] = mix(29, st, hasP1 ? stem[k + 1] : NONE) & mask;
  out[30] = mix(30, wm1, wp1) & mask;
  out[31] = mix(31, st, wp2) & mask;
  out[32] = mix(32, s3, wp1) & mask;
  out[33] = mix(33, subj, isLex) & mask;
  out[34] = mix(34, subj, s2) & mask;
  out[35] = mix(35, doc.quoteSide[k], isLex) & mask;
  out[36] = mix(36, firstVerb, s2) & mask;
  const nc = hasP1 ? nextClass(doc, k + 1) : 9;
  const vc = verbClass(doc.ctx.toks[k].lower);
  out[37] = mix(37, subj, nc, vc) & mask;
  out[38] = mix(38, nc, st) & mask;
  out[39] = mix(39, subj, st) & mask;
  return 40;
}

/** Bins a first-pass log-odds: 0 far below zero ... 6 far above, 7 a token not scored. */
function zBin(z: number): number {
  if (z === -Infinity) return 7;
  if (z < -4) return 0;
  if (z < -2) return 1;
  if (z < -1) return 2;
  if (z < 0) return 3;
  if (z < 1) return 4;
  if (z < 2) return 5;
  return 6;
}

/** The binned first-pass score of the token `d` places from `x` (8: outside the sentence). */
function neighbourBin(z: Float64Array, x: number, d: number): number {
  return x + d >= 0 && x + d < z.length ? zBin(z[x + d]) : 8;
}

/** First-pass log-odds a token's neighbourhood (four tokens each side) must reach for a second pass. */
export const STACK_GATE = -2;

/** Whether token `x` of a sentence's first-pass scores `z` gets a second pass (a cue may be near). */
export function stackCandidate(z: Float64Array, x: number): boolean {
  if (z[x] === -Infinity) return false;
  const lo = Math.max(0, x - 4);
  const hi = Math.min(z.length - 1, x + 4);
  for (let y = lo; y <= hi; y++) if (z[y] > STACK_GATE) return true;
  return false;
}

/** Indices of the two highest scores of `z` (-1 when missing). */
export function topTwo(z: Float64Array): [number, number] {
  let a = -1;
  let b = -1;
  for (let y = 0; y < z.length; y++) {
    if (a < 0 || z[y] > z[a]) {
      b = a;
      a = y;
    } else if (b < 0 || z[y] > z[b]) b = y;
  }
  return [a, b];
}

/**
 * The second-pass features of token `k`: its own first-pass score (finely binned, with its
 * shape and rule-cue code) and the binned first-pass scores `z` of its neighbours (`z[x]` is
 * token `sent.a + x`), so that a cue's parts agree ("took issue with" is a cue when "took" is
 * one; "about" is one after a cue verb only), and where the sentence's strongest token stands
 * (`best`: {@link topTwo} of `z`). Cheap: a handful of hashes, no word features again.
 */
export function stackFeatures(doc: FeatureDoc, k: number, sent: TokRange, z: Float64Array, best: readonly [number, number], mask: number, out: Uint32Array): number {
  const x = k - sent.a;
  // the token's own first-pass score, finely binned (the second pass recalibrates it)
  const fine = Math.max(0, Math.min(24, Math.floor(z[x] * 2) + 12));
  out[0] = mix(56, 0) & mask;
  out[1] = mix(57, fine) & mask;
  out[2] = mix(58, fine, doc.shape[k]) & mask;
  out[3] = mix(59, fine, doc.rule[k]) & mask;
  const n = 4;
  const w0 = doc.word[k];
  const q0 = neighbourBin(z, x, 0);
  const qm1 = neighbourBin(z, x, -1);
  const qp1 = neighbourBin(z, x, 1);
  let leftMax = 8;
  let leftAt = 0;
  for (let d = 1; d <= 4 && x - d >= 0; d++) {
    const b = zBin(z[x - d]);
    if (b !== 7 && (leftMax === 8 || b > leftMax)) {
      leftMax = b;
      leftAt = d;
    }
  }
  let rightMax = 8;
  for (let d = 1; d <= 4 && x + d < z.length; d++) {
    const b = zBin(z[x + d]);
    if (b !== 7 && (rightMax === 8 || b > rightMax)) rightMax = b;
  }
  out[n] = mix(60, q0) & mask;
  out[n + 1] = mix(61, qm1, qp1) & mask;
  out[n + 2] = mix(62, qm1, w0) & mask;
  out[n + 3] = mix(63, qp1, w0) & mask;
  out[n + 4] = mix(64, neighbourBin(z, x, -2), qm1, q0) & mask;
  out[n + 5] = mix(65, q0, qp1, neighbourBin(z, x, 2)) & mask;
  out[n + 6] = mix(66, leftMax, leftAt, w0) & mask;
  out[n + 7] = mix(67, rightMax, w0) & mask;
  out[n + 8] = mix(68, q0, doc.stem[k]) & mask;
  out[n + 9] = mix(69, leftMax, q0, rightMax) & mask;
  // where the sentence's strongest cue token stands: "said [Tuesday]", "took [issue] with"
  const top = best[0] === x ? best[1] : best[0];
  const dist = top < 0 ? 99 : Math.max(-6, Math.min(6, x - top));
  const topStem = top < 0 ? NONE : doc.stem[sent.a + top];
  const topBin = top < 0 ? 8 : zBin(z[top]);
  out[n + 10] = mix(70, dist, w0) & mask;
  out[n + 11] = mix(71, dist, q0, topBin) & mask;
  out[n + 12] = mix(72, topStem, dist, w0) & mask;
  return n + 13;
}

/** Upper bound on the features of one token (size of the `out` buffer). */
export const MAX_FEATURES = 64;
