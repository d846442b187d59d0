/**
 * Text normalisation for duplicate detection: the same words written with different Unicode
 * forms, case, quotes, dashes or spacing must compare equal.
 */
import { fmix32 } from './hash.js';

/** Text with nothing beyond ASCII needs no Unicode folding (a fast path; same result). */
const ASCII = /^[\x00-\x7f]*$/;

/** Typographic quote characters mapped to their ASCII form. */
const QUOTES: ReadonlyArray<[RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A]/g, '"'],
];

/** Hyphens, dashes and minus signs mapped to `-`. */
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** Zero-width characters and soft hyphens, removed. */
const INVISIBLE = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g;

/**
 * Normalises text for comparison: NFKC, lower case, ASCII quotes and dashes, invisible
 * characters removed, every whitespace run collapsed to one space, trimmed.
 */
export function normalizeText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase().replace(/`/g, "'").replace(/\s+/g, ' ').trim();
  let s = text.normalize('NFKC').toLowerCase();
  for (const [re, to] of QUOTES) s = s.replace(re, to);
  return s.replace(DASHES, '-').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Letters and digits, allowing inner apostrophes and dots/commas between digits. */
const WORD = /[\p{L}\p{N}]+(?:['.,][\p{L}\p{N}]+)*/gu;

/**
 * Splits already normalised text into word tokens (letters and digits; punctuation dropped),
 * so "U.S.-led" and "U.S. led" give the same words and "1,200" stays one token.
 */
export function tokenize(normalized: string): string[] {
  return normalized.match(WORD) ?? [];
}

/** Hash of one token: FNV-1a over its UTF-16 code units, then an avalanche. */
export function hashToken(token: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 0x01000193);
  return fmix32(h);
}

const isWordAscii = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
const isJoiner = (c: number): boolean => c === 39 || c === 46 || c === 44;

/** One letter or digit (a code point), as {@link tokenize} reads words. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Code point -> code units of a word character (1 or 2), 0 for any other character. */
const wordWidths = new Map<number, number>();
const WIDTH_CACHE_LIMIT = 1 << 16;

/** Code units of the word character at `i` (1, or 2 for an astral one), 0 when it is none. */
function wordWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return isWordAscii(c) ? 1 : 0;
  const cp = s.codePointAt(i) as number;
  let w = wordWidths.get(cp);
  if (w === undefined) {
    w = WORD_CHAR.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
    if (wordWidths.size < WIDTH_CACHE_LIMIT) wordWidths.set(cp, w);
  }
  return w;
}

/**
 * The hashes ({@link hashToken}) of the tokens of normalised text, in order: the same values as
 * `tokenize(normalized).map(hashToken)`, in one scan without building the token strings.
 */
export function tokenHashes(normalized: string): Uint32Array {
  const n = normalized.length;
  // Tokens are separated by at least one other character: at most ceil(n / 2) of them.
  const out = new Uint32Array((n + 1) >> 1);
  let count = 0;
  let i = 0;
  while (i < n) {
    let w = wordWidth(normalized, i);
    if (w === 0) {
      i++;
      continue;
    }
    let h = 0x811c9dc5;
    for (;;) {
      for (let k = 0; k < w; k++) h = Math.imul(h ^ normalized.charCodeAt(i + k), 0x01000193);
      i += w;
      if (i >= n) break;
      w = wordWidth(normalized, i);
      if (w > 0) continue;
      const c = normalized.charCodeAt(i);
      // A joiner between two word characters belongs to the token ("u.s", "1,200").
      if (!isJoiner(c) || i + 1 >= n) break;
      const next = wordWidth(normalized, i + 1);
      if (next === 0) break;
      h = Math.imul(h ^ c, 0x01000193);
      i++;
      w = next;
    }
    out[count++] = fmix32(h);
  }
  return out.slice(0, count);
}

/**
 * The text a deduper looks at: the given spans of `text` joined by newlines, or the whole text
 * when no spans are given. Spans out of range are clipped; empty ones are skipped.
 */
export function bodyText(text: string, spans?: ReadonlyArray<{ start: number; end: number }>): string {
  if (!spans || spans.length === 0) return text;
  const parts: string[] = [];
  for (const sp of spans) {
    const start = Math.max(0, Math.min(text.length, sp.start));
    const end = Math.max(start, Math.min(text.length, sp.end));
    if (end > start) parts.push(text.slice(start, end));
  }
  return parts.join('\n');
}

/**
 * Folding of one UTF-16 code unit as {@link normalizeText} folds it within a text. A unit is
 * "simple" when it folds to exactly one unit on its own, whatever its neighbours: NFKC gives one
 * character that is no combining mark or Hangul jamo (so nothing composes or reorders across
 * characters), lower case gives one character and is not context-dependent (no final sigma),
 * and the quote / dash folding maps it to one character (invisible characters, which are
 * removed, are not simple). Surrogates are not simple either.
 *
 * Entries, filled in lazily: 0 not looked at yet, 1 not simple, else
 * `2 + (folded unit << 1 | 1 when it is a word character)`.
 */
const FOLD = new Int32Array(0x10000);
const MARK_OR_JAMO = /^[\p{M}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]$/u;

/** Computes (and stores) the {@link FOLD} entry of code unit `c`. */
function foldEntry(c: number): number {
  let folded = -1;
  if (c < 0xd800 || c > 0xdfff) {
    const nfkc = String.fromCharCode(c).normalize('NFKC');
    if (nfkc.length === 1 && !MARK_OR_JAMO.test(nfkc) && nfkc !== '\u03a3') {
      const lower = nfkc.toLowerCase();
      if (lower.length === 1 && !MARK_OR_JAMO.test(lower)) {
        let t = lower;
        for (const [re, to] of QUOTES) t = t.replace(re, to);
        t = t.replace(DASHES, '-').replace(INVISIBLE, '');
        if (t.length === 1) folded = t.charCodeAt(0);
      }
    }
  }
  const entry = folded < 0 ? 1 : 2 + ((folded << 1) | (isFoldedWordChar(folded) ? 1 : 0));
  FOLD[c] = entry;
  return entry;
}

/** True for a (folded, never surrogate) unit that is a letter or digit. */
function isFoldedWordChar(c: number): boolean {
  return c < 128 ? isWordAscii(c) : WORD_CHAR.test(String.fromCharCode(c));
}

for (let c = 0; c < 128; c++) foldEntry(c);

/** Token hashes found by {@link bodyTokenHashes} so far (a buffer reused across calls). */
let foldedOut = new Uint32Array(1024);
let foldedCount = 0;

/**
 * Appends the token hashes of `text[from, to)`, folded unit by unit, to `foldedOut`, as
 * {@link tokenHashes} computes them on normalised text. False when a unit is not simple.
 */
function hashFoldedRange(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    let code = text.charCodeAt(i);
    let f = FOLD[code];
    if (f === 0) f = foldEntry(code);
    if (f === 1) return false;
    if ((f & 1) === 0) {
      i++;
      continue;
    }
    let h = 0x811c9dc5;
    for (;;) {
      h = Math.imul(h ^ ((f - 2) >> 1), 0x01000193);
      i++;
      if (i >= to) break;
      code = text.charCodeAt(i);
      f = FOLD[code];
      if (f === 0) f = foldEntry(code);
      if (f === 1) return false;
      if ((f & 1) === 1) continue;
      // A joiner between two word characters belongs to the token ("u.s", "1,200").
      const joiner = (f - 2) >> 1;
      if (!isJoiner(joiner) || i + 1 >= to) break;
      const nextCode = text.charCodeAt(i + 1);
      let next = FOLD[nextCode];
      if (next === 0) next = foldEntry(nextCode);
      if (next === 1) return false;
      if ((next & 1) === 0) break;
      h = Math.imul(h ^ joiner, 0x01000193);
      i++;
      f = next;
    }
    foldedOut[foldedCount++] = fmix32(h);
  }
  return true;
}

/**
 * The token hashes of the body of a text: the same values as
 * `tokenHashes(normalizeText(bodyText(text, spans)))`, computed straight from the text without
 * building the normalised copy, when every character of the body folds on its own (see
 * {@link FOLD}: true of ASCII and of most letters and punctuation). Null otherwise (the caller
 * then takes the long way). Whitespace runs and trimming change no token, and the newlines that
 * join the spans only separate tokens, so each span is hashed on its own.
 */
export function bodyTokenHashes(text: string, spans?: ReadonlyArray<{ start: number; end: number }>): Uint32Array | null {
  const ranges: number[] = [];
  let total = 0;
  if (!spans || spans.length === 0) {
    ranges.push(0, text.length);
    total = text.length;
  } else {
    for (const sp of spans) {
      const start = Math.max(0, Math.min(text.length, sp.start));
      const end = Math.max(start, Math.min(text.length, sp.end));
      if (end <= start) continue;
      ranges.push(start, end);
      total += end - start;
    }
  }
  // Tokens are separated by at least one other character: at most ceil(len / 2) per range.
  const room = (total >> 1) + ranges.length;
  if (foldedOut.length < room) foldedOut = new Uint32Array(Math.max(room, foldedOut.length * 2));
  foldedCount = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    if (!hashFoldedRange(text, ranges[r], ranges[r + 1])) return null;
  }
  return foldedOut.slice(0, foldedCount);
}
