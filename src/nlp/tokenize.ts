/**
 * A small, fast tokeniser for news text. Every token keeps its offsets into the original text
 * (JavaScript string indices), so anything derived from tokens can be shown as a span.
 *
 * Words are runs of letters (with inner apostrophes: `don't`, `O'Neill`); a hyphen splits a
 * compound into its parts (`90-day` gives `90`, `day`), which also makes pre-tokenised text
 * (`90 - day`) and running text tokenise alike. Numbers keep their inner separators (`1,200`,
 * `7.1`); dotted abbreviations stay whole (`U.S.`).
 *
 * The grammar, as a regular expression (tried in this order at each position):
 *
 *     (\p{L}\.(?:\p{L}\.)+)                                   abbreviation
 *     (\d+(?:[.,]\d+)*)                                       number (ASCII digits)
 *     ([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*)  word
 *
 * It is implemented as a hand-written scan over character codes (the test suite checks it
 * against that regular expression), and the strings of a token (`text`, `norm`) are interned:
 * a word seen before costs no new string, and later `Map` / `Set` lookups by `norm` reuse the
 * string's cached hash.
 */

/** What a token is made of. */
export type TokenKind = 'word' | 'number' | 'abbr';

/** One token, with offsets into the text and a normalised form. */
export interface Token {
  /** Start offset (string index) in the text. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** The token as it stands in the text. */
  text: string;
  /**
   * Normalised form: lowercase, diacritics kept, a possessive `'s` / `’s` dropped, dotted
   * abbreviations without dots (`U.S.` gives `us.`; the trailing dot marks it as an abbreviation
   * so it does not collide with the pronoun).
   */
  norm: string;
  kind: TokenKind;
  /** True when the first character is an uppercase letter. */
  cap: boolean;
}

// Character classes, as bit flags.
const L = 1;
const M = 2;
const N = 4;
const LU = 8;
const KNOWN = 128;

/** Flags of each BMP code unit, filled in on first sight (0 = not looked at yet). */
const BMP_FLAGS = new Uint8Array(0x10000);
/** Flags of astral code points seen so far. */
const ASTRAL_FLAGS = new Map<number, number>();

const L_RE = /^\p{L}$/u;
const M_RE = /^\p{M}$/u;
const N_RE = /^\p{N}$/u;
const LU_RE = /^\p{Lu}$/u;

/** The class flags of a code point (a lone surrogate is in no class). */
function classify(cp: number): number {
  const s = String.fromCodePoint(cp);
  return KNOWN | (L_RE.test(s) ? L : 0) | (M_RE.test(s) ? M : 0) | (N_RE.test(s) ? N : 0) | (LU_RE.test(s) ? LU : 0);
}

for (let c = 0; c < 128; c++) BMP_FLAGS[c] = classify(c);

/** Code units taken by the character last read by {@link classAt} (1, or 2 for a surrogate pair). */
let width = 1;

/**
 * Class flags of the code point at `i` of `text`, reading only below `to` (a surrogate pair cut
 * by `to` counts as a lone surrogate, as in `text.slice(from, to)`). Sets {@link width}.
 */
function classAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  width = 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      width = 2;
      const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      let f = ASTRAL_FLAGS.get(cp);
      if (f === undefined) {
        f = classify(cp);
        ASTRAL_FLAGS.set(cp, f);
      }
      return f;
    }
  }
  let f = BMP_FLAGS[c];
  if (f === 0) f = BMP_FLAGS[c] = classify(c);
  return f;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const DOT = 46;
const COMMA = 44;

/**
 * The shared record of one distinct token text (every `Token` with that text has these same
 * strings): see {@link tokenizeInto}.
 */
export interface TokenInfo {
  readonly text: string;
  readonly norm: string;
  readonly cap: boolean;
  /**
   * A memo slot for one client, undefined until it sets it: the story features keep the word's
   * stem feature here (`stories/features.ts`), so a word repeated across articles is looked up
   * once. Records are dropped now and then (bounded memory); a client must cope with a fresh one.
   */
  memo: unknown;
}

type Interned = TokenInfo;

/**
 * Open-addressing table of interned tokens, keyed by their exact text. It starts small (a news
 * vocabulary of a few thousand words then stays in the processor cache) and doubles at half
 * load, up to a bound where it starts afresh instead (bounded memory on endless streams).
 */
const MIN_TABLE_BITS = 12;
const MAX_TABLE_BITS = 18;
/** Longer tokens (rare) are not interned. */
const MAX_INTERNED = 64;
let tableBits = MIN_TABLE_BITS;
let tableHashes = new Int32Array(1 << tableBits);
let tableEntries: Array<Interned | undefined> = new Array<Interned | undefined>(1 << tableBits);
let tableCount = 0;

/** The home slot of hash `h` in a table of `bits` bits (Fibonacci hashing: the high bits of a multiple). */
const homeSlot = (h: number, bits: number): number => Math.imul(h, 0x9e3779b1) >>> (32 - bits);

/** Doubles the table (rehashing every entry), or empties it at the size bound. */
function growTable(): void {
  const oldHashes = tableHashes;
  const oldEntries = tableEntries;
  const bits = tableBits < MAX_TABLE_BITS ? tableBits + 1 : MIN_TABLE_BITS;
  tableBits = bits;
  tableHashes = new Int32Array(1 << bits);
  tableEntries = new Array<Interned | undefined>(1 << bits);
  if (bits === MIN_TABLE_BITS) {
    tableCount = 0;
    return;
  }
  const mask = (1 << bits) - 1;
  for (let k = 0; k < oldEntries.length; k++) {
    const e = oldEntries[k];
    if (e === undefined) continue;
    let slot = homeSlot(oldHashes[k], bits);
    while (tableEntries[slot] !== undefined) slot = (slot + 1) & mask;
    tableEntries[slot] = e;
    tableHashes[slot] = oldHashes[k];
  }
}

/** True when `s` equals `text[start, end)`. */
function sameText(s: string, text: string, start: number, end: number): boolean {
  if (s.length !== end - start) return false;
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * A copy of `text[start, end)` that does not keep `text` alive (V8 may represent a longer slice
 * as a view into its parent; an interned string outlives the article it came from).
 */
function ownString(text: string, start: number, end: number): string {
  if (end - start < 13) return text.slice(start, end);
  const codes: number[] = [];
  for (let k = start; k < end; k++) codes.push(text.charCodeAt(k));
  return String.fromCharCode(...codes);
}

/** The interned strings of the token `text[start, end)` of the given kind. */
function intern(text: string, start: number, end: number, kind: TokenKind): Interned {
  if (end - start > MAX_INTERNED) return makeEntry(text.slice(start, end), kind);
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  h |= 0;
  let mask = (1 << tableBits) - 1;
  let slot = homeSlot(h, tableBits);
  for (;;) {
    const e = tableEntries[slot];
    if (e === undefined) break;
    if (tableHashes[slot] === h && sameText(e.text, text, start, end)) return e;
    slot = (slot + 1) & mask;
  }
  if (2 * (tableCount + 1) > 1 << tableBits) {
    growTable();
    mask = (1 << tableBits) - 1;
    slot = homeSlot(h, tableBits);
    while (tableEntries[slot] !== undefined) slot = (slot + 1) & mask;
  }
  const entry = makeEntry(ownString(text, start, end), kind);
  tableEntries[slot] = entry;
  tableHashes[slot] = h;
  tableCount++;
  return entry;
}

/** The strings of a token whose text is `raw`. */
function makeEntry(raw: string, kind: TokenKind): Interned {
  if (kind === 'number') return { text: raw, norm: raw, cap: false, memo: undefined };
  const norm = kind === 'abbr' ? raw.replace(/\./g, '').toLowerCase() + '.' : normaliseWord(raw);
  return { text: raw, norm, cap: isUpperUnit(raw.charCodeAt(0)), memo: undefined };
}

/** True when the code unit `c` on its own is an uppercase letter (a surrogate never is). */
function isUpperUnit(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let f = BMP_FLAGS[c];
  if (f === 0) f = BMP_FLAGS[c] = classify(c);
  return (f & LU) !== 0;
}

/**
 * End of an abbreviation (`U.S.`: a letter and a dot, twice or more) starting at `i`, or -1.
 * The letter at `i` is known; `w` is its width.
 */
function abbrEnd(text: string, i: number, w: number, to: number): number {
  let j = i + w;
  if (j >= to || text.charCodeAt(j) !== DOT) return -1;
  j++;
  let pairs = 1;
  while (j < to && (classAt(text, j, to) & L) !== 0) {
    const k = j + width;
    if (k >= to || text.charCodeAt(k) !== DOT) break;
    j = k + 1;
    pairs++;
  }
  return pairs >= 2 ? j : -1;
}

/** End of a number (`1,200.5`) starting at the digit at `i`. */
function numberEnd(text: string, i: number, to: number): number {
  let j = i + 1;
  while (j < to && isDigit(text.charCodeAt(j))) j++;
  while (j + 1 < to) {
    const c = text.charCodeAt(j);
    if ((c !== DOT && c !== COMMA) || !isDigit(text.charCodeAt(j + 1))) break;
    j += 2;
    while (j < to && isDigit(text.charCodeAt(j))) j++;
  }
  return j;
}

/** End of a word starting at `i` (a letter or mark of width `w`). */
function wordEnd(text: string, i: number, w: number, to: number): number {
  let j = i + w;
  while (j < to) {
    const c = text.charCodeAt(j);
    // ASCII (most text) straight from the table; other characters through classAt.
    if (c < 128) {
      if ((BMP_FLAGS[c] & (L | M | N)) === 0) break;
      j++;
    } else {
      if ((classAt(text, j, to) & (L | M | N)) === 0) break;
      j += width;
    }
  }
  // Apostrophe parts: `'` or `’` followed by letters or marks.
  while (j + 1 < to) {
    const c = text.charCodeAt(j);
    if (c !== APOSTROPHE && c !== RIGHT_QUOTE) break;
    if ((classAt(text, j + 1, to) & (L | M)) === 0) break;
    j += 1 + width;
    while (j < to && (classAt(text, j, to) & (L | M)) !== 0) j += width;
  }
  return j;
}

/**
 * Splits `text[from, to)` into tokens. Offsets are indices into the whole `text`.
 * Pure: one scan over the character codes; token strings are shared (interned).
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  tokenizeInto(text, from, to, out, null);
  return out;
}

/**
 * The index of the first of `tokens` (in text order) that starts at or after `offset`, searched
 * from index `from` on (binary search; `tokens.length` when there is none).
 */
export function firstTokenFrom(tokens: readonly Pick<Token, 'start'>[], offset: number, from = 0): number {
  let lo = from;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * {@link tokenize}, appending the tokens of `text[from, to)` to `out` and, when `infos` is
 * given, the shared record of each token (its {@link TokenInfo}) to `infos` at the same index.
 */
export function tokenizeInto(text: string, from: number, to: number, out: Token[], infos: TokenInfo[] | null): void {
  if (to > text.length) to = text.length;
  let i = from < 0 ? 0 : from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      const end = numberEnd(text, i, to);
      const e = intern(text, i, end, 'number');
      out.push({ start: i, end, text: e.text, norm: e.norm, kind: 'number', cap: false });
      if (infos !== null) infos.push(e);
      i = end;
      continue;
    }
    if (c < 128 && (BMP_FLAGS[c] & L) === 0) {
      i++;
      continue;
    }
    const f = classAt(text, i, to);
    const w = width;
    if ((f & (L | M)) === 0) {
      i += w;
      continue;
    }
    let end = (f & L) !== 0 ? abbrEnd(text, i, w, to) : -1;
    const kind: TokenKind = end >= 0 ? 'abbr' : 'word';
    if (end < 0) end = wordEnd(text, i, w, to);
    const e = intern(text, i, end, kind);
    out.push({ start: i, end, text: e.text, norm: e.norm, kind, cap: e.cap });
    if (infos !== null) infos.push(e);
    i = end;
  }
}

/** Lowercases a word and drops a possessive `'s` / `’s` (and a bare trailing apostrophe part). */
export function normaliseWord(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 2 && (w.endsWith("'s") || w.endsWith('’s'))) w = w.slice(0, -2);
  return w.includes('’') ? w.replace(/’/g, "'") : w;
}
