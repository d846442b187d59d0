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
import type { Token } from './tokens.js';
import { VERB_CUES } from './lexicon.js';
import { fnv1a as hashString } from '../../util/hash.js';

/**
 * Changes whenever the features change (the relation filter's in `filter.ts` too): a model
 * fitted for another version is refused.
 */
export const FEATURE_VERSION = 12;

/** 32-bit FNV-1a hash of a string (the shared one in `src/util/hash.ts`). */
export { hashString };

/** Upper bound on the features of one token (size of the `out` buffer and the slot arrays). */
export const MAX_FEATURES = 64;

/** The values of each template of {@link tokenFeatures} (`TA`, `TB`, `TC`) and {@link stackFeatures} (`SA`...). */
const TA = new Uint32Array(MAX_FEATURES);
const TB = new Uint32Array(MAX_FEATURES);
const TC = new Uint32Array(MAX_FEATURES);
const SA = new Uint32Array(MAX_FEATURES);
const SB = new Uint32Array(MAX_FEATURES);
const SC = new Uint32Array(MAX_FEATURES);

/**
 * Mixes template id `first + t` with the slot's values `a[t]`, `b[t]`, `c[t]` into one 32-bit
 * hash, masked, into `out[t]` for every slot `t < n`; returns `n`. One loop over value slots
 * instead of a hashing call per template: V8 does not inline forty calls into one function
 * (its inlining budget), and the calls cost about a quarter of detection. A slot whose
 * template never gives a second or third value keeps 0 there.
 */
function hashSlots(first: number, n: number, a: Uint32Array, b: Uint32Array, c: Uint32Array, mask: number, out: Uint32Array): number {
  for (let t = 0; t < n; t++) {
    let h = Math.imul(first + t + 1, 0x9e3779b1) ^ a[t];
    h = Math.imul(h ^ (h >>> 15), 0x85ebca77) ^ b[t];
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae3d) ^ c[t];
    h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f);
    out[t] = ((h ^ (h >>> 15)) >>> 0) & mask;
  }
  return n;
}

/**
 * Hashes of one lowercase word form: itself, its Porter stem, its last 3 and 2 letters; its
 * lexicon code; and the word's part of the per-token classes the features read
 * ({@link subjectLeft}, {@link nextClass}, {@link verbClass}), computed once per word.
 */
interface WordInfo {
  word: number;
  stem: number;
  suf3: number;
  suf2: number;
  lex: number;
  /** {@link WORD_AUX} | {@link WORD_SUBJECT} | {@link WORD_S} | {@link WORD_ED}. */
  flags: number;
  /** The word's {@link nextClass} when no other rule applies first (0: none). */
  next: number;
  verb: number;
}

/** An auxiliary or an adverb in -ly, skipped by {@link subjectLeft}. */
const WORD_AUX = 1;
/** A subject pronoun. */
const WORD_SUBJECT = 2;
/** Ends in -s. */
const WORD_S = 4;
/** Ends in -ed. */
const WORD_ED = 8;

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
          flags: 0,
          next: 0,
          verb: 0,
        }
      : { word, stem: word, suf3: word, suf2: word, lex: 0, flags: 0, next: 0, verb: 0 };
    info.flags =
      (AUX_WORDS.has(lower) || (lower.endsWith('ly') && lower.length > 4) ? WORD_AUX : 0) |
      (SUBJECT_WORDS.has(lower) ? WORD_SUBJECT : 0) |
      (lower.endsWith('s') ? WORD_S : 0) |
      (lower.endsWith('ed') ? WORD_ED : 0);
    info.next = nextWordClass(lower);
    info.verb = verbClass(lower);
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
  return t.text.length > 1 && allCaps(t.text) ? 3 : 2;
}

/** `text === text.toUpperCase()`, without building the uppercase copy for ASCII text. */
function allCaps(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return text === text.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
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
  /** What each token is as the word left of a candidate: {@link subjectLeft}'s code, plus 8 when it is skipped (an auxiliary or adverb). */
  left: Uint8Array;
  /** Each token's {@link nextClass}. */
  next: Uint8Array;
  /** Each token's {@link verbClass}. */
  verb: Uint8Array;
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
  const { left } = doc;
  let p = k - 1;
  while (p >= sent.a && k - p <= 4 && left[p] & 8) p--;
  if (p < sent.a) return 5;
  return left[p] & 7;
}

/** Token `p`'s part of {@link subjectLeft}: its code as the stop, plus 8 when it is skipped. */
function leftCode(t: Token, info: WordInfo): number {
  const skip = info.flags & WORD_AUX ? 8 : 0;
  if (info.flags & WORD_SUBJECT) return skip | 1;
  if (t.kind === 'word' && t.cap) return skip | 2;
  if (t.kind === 'word' && info.flags & WORD_S) return skip | 3;
  if (t.text === ',' || t.kind === 'quote') return skip | 4;
  return skip;
}

const DETS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'our', 'my', 'your', 'some', 'any', 'no']);
const OBJECTS = new Set(['him', 'them', 'it', 'us', 'me', 'you', 'himself', 'herself', 'themselves']);
const PREPS = new Set(['for', 'against', 'about', 'on', 'with', 'of', 'in', 'over', 'at', 'into', 'up', 'out', 'off']);

/**
 * The class of the token after a candidate: 1 determiner, 2 object pronoun, 3 capitalised word,
 * 4 `that`, 5 `to`, 6 quotation mark, 7 preposition or particle, 8 comma or colon, 0 other.
 */
function nextClass(t: Token, info: WordInfo): number {
  if (t.kind === 'quote') return 6;
  if (t.text === ',' || t.text === ':') return 8;
  if (info.next) return info.next;
  if (t.kind === 'word' && t.cap) return 3;
  return 0;
}

/** The part of {@link nextClass} that depends on the lowercase word alone (0: none). */
function nextWordClass(w: string): number {
  if (DETS.has(w)) return 1;
  if (OBJECTS.has(w)) return 2;
  if (w === 'that') return 4;
  if (w === 'to') return 5;
  if (PREPS.has(w)) return 7;
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
    left: new Uint8Array(n),
    next: new Uint8Array(n),
    verb: new Uint8Array(n),
  };
  const wordFlags = new Uint8Array(n);
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
    doc.left[k] = leftCode(t, info);
    doc.next[k] = nextClass(t, info);
    doc.verb[k] = info.verb;
    wordFlags[k] = info.flags;
    // quotations are sorted and disjoint, tokens sorted: one sweep
    while (qi < quotes.length && quotes[qi].end <= t.start) qi++;
    const q = quotes[qi];
    if (q && q.start <= t.start && t.start < q.end) doc.inQuote[k] = q.start === t.start || q.end === t.end ? 2 : 1;
    doc.lastVerb[k] = k > 0 ? doc.lastVerb[k - 1] : -1;
    if (k > 0) {
      const p = ctx.toks[k - 1];
      if (doc.lex[k - 1] || (p.kind === 'word' && !p.cap && wordFlags[k - 1] & WORD_ED)) doc.lastVerb[k] = k - 1;
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
  TA[0] = 0;
  TA[1] = w0;
  TA[2] = st;
  TA[3] = s3;
  TA[4] = s2;
  TA[5] = sh[k];
  TB[5] = sm1;
  TC[5] = sp1;
  TA[6] = wm1;
  TA[7] = wp1;
  TA[8] = wm2;
  TA[9] = wp2;
  TA[10] = wm1;
  TB[10] = w0;
  TA[11] = w0;
  TB[11] = wp1;
  TA[12] = st;
  TB[12] = wp1;
  TA[13] = wm1;
  TB[13] = st;
  TA[14] = lx;
  TA[15] = lx;
  TB[15] = sm1;
  TA[16] = hasM1 ? lex[k - 1] : 99;
  TB[16] = hasP1 ? lex[k + 1] : 99;
  TA[17] = rule[k];
  TA[18] = rule[k];
  TB[18] = w0;
  TA[19] = hasM1 ? rule[k - 1] : 99;
  TB[19] = hasP1 ? rule[k + 1] : 99;
  TA[20] = doc.inQuote[k];
  TA[21] = Math.min(k - sent.a, 6);
  TB[21] = Math.min(sent.b - 1 - k, 6);
  TA[22] = st;
  TB[22] = sm1;
  TA[23] = s3;
  TB[23] = sm1;
  TC[23] = sp1;
  TA[24] = s2;
  TB[24] = wm1;
  TA[25] = follow;
  TA[26] = follow;
  TB[26] = st;
  TA[27] = qb;
  TB[27] = st;
  TA[28] = hasM1 ? stem[k - 1] : NONE;
  TB[28] = st;
  TA[29] = st;
  TB[29] = hasP1 ? stem[k + 1] : NONE;
  TA[30] = wm1;
  TB[30] = wp1;
  TA[31] = st;
  TB[31] = wp2;
  TA[32] = s3;
  TB[32] = wp1;
  TA[33] = subj;
  TB[33] = isLex;
  TA[34] = subj;
  TB[34] = s2;
  TA[35] = doc.quoteSide[k];
  TB[35] = isLex;
  TA[36] = firstVerb;
  TB[36] = s2;
  const nc = hasP1 ? doc.next[k + 1] : 9;
  const vc = doc.verb[k];
  TA[37] = subj;
  TB[37] = nc;
  TC[37] = vc;
  TA[38] = nc;
  TB[38] = st;
  TA[39] = subj;
  TB[39] = st;
  return hashSlots(0, 40, TA, TB, TC, mask, out);
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
  SA[0] = 0;
  SA[1] = fine;
  SA[2] = fine;
  SB[2] = doc.shape[k];
  SA[3] = fine;
  SB[3] = doc.rule[k];
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
  SA[n] = q0;
  SA[n + 1] = qm1;
  SB[n + 1] = qp1;
  SA[n + 2] = qm1;
  SB[n + 2] = w0;
  SA[n + 3] = qp1;
  SB[n + 3] = w0;
  SA[n + 4] = neighbourBin(z, x, -2);
  SB[n + 4] = qm1;
  SC[n + 4] = q0;
  SA[n + 5] = q0;
  SB[n + 5] = qp1;
  SC[n + 5] = neighbourBin(z, x, 2);
  SA[n + 6] = leftMax;
  SB[n + 6] = leftAt;
  SC[n + 6] = w0;
  SA[n + 7] = rightMax;
  SB[n + 7] = w0;
  SA[n + 8] = q0;
  SB[n + 8] = doc.stem[k];
  SA[n + 9] = leftMax;
  SB[n + 9] = q0;
  SC[n + 9] = rightMax;
  // where the sentence's strongest cue token stands: "said [Tuesday]", "took [issue] with"
  const top = best[0] === x ? best[1] : best[0];
  const dist = top < 0 ? 99 : Math.max(-6, Math.min(6, x - top));
  const topStem = top < 0 ? NONE : doc.stem[sent.a + top];
  const topBin = top < 0 ? 8 : zBin(z[top]);
  SA[n + 10] = dist;
  SB[n + 10] = w0;
  SA[n + 11] = dist;
  SB[n + 11] = q0;
  SC[n + 11] = topBin;
  SA[n + 12] = topStem;
  SB[n + 12] = dist;
  SC[n + 12] = w0;
  return hashSlots(56, n + 13, SA, SB, SC, mask, out);
}
