/**
 * A small offset-keeping tokenizer for attribution rules: words (with inner apostrophes,
 * hyphens and dots, so `Trump's`, `U.S.`, `anti-Muslim` stay whole) and single punctuation
 * characters. Nothing is normalised except a lowercase copy for lexicon look-ups.
 */

/** What a token is, for pattern rules. */
export type TokenKind = 'word' | 'num' | 'punct' | 'quote';

/** One token: a span of the text plus its form. */
export interface Token {
  start: number;
  end: number;
  /** The exact characters. */
  text: string;
  /** Lowercase form with curly apostrophes made straight. */
  lower: string;
  kind: TokenKind;
  /** True when the first character is an uppercase letter. */
  cap: boolean;
}

const TOKEN_RX =
  /([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’.\-&][\p{L}\p{M}\p{N}]+)*\.?)|(\p{N}[\p{N},.:%]*\p{N}%?|\p{N}%?)|(''|``|["“”„«»])|(\S)/gu;

/** Abbreviations whose trailing dot belongs to the word. */
const DOTTED = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'st.', 'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'sgt.',
  'jr.', 'sr.', 'prof.', 'rev.', 'inc.', 'corp.', 'co.', 'ltd.', 'no.', 'vs.', 'jan.', 'feb.',
  'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'calif.', 'mich.', 'fla.', 'ill.', 'pa.',
  'mass.', 'ariz.', 'n.c.', 'u.s.', 'u.k.', 'u.n.', 'd.c.', 'a.m.', 'p.m.', 'ga.', 'va.', 'tenn.',
  'wis.', 'minn.', 'colo.', 'conn.', 'ky.', 'la.', 'md.', 'mo.', 'nev.', 'okla.', 'ore.', 'wash.',
]);

/**
 * Tokenizes `text[from, to)`. A word keeps a trailing dot only when it is a known
 * abbreviation, a single capital initial (`J.`) or a dotted acronym (`U.S.`).
 *
 * Tokens made of ASCII characters (nearly all of English news) are scanned by hand
 * ({@link asciiTokenEnd}); any other token goes through `TOKEN_RX`, which defines them all: the
 * scan returns the same tokens the expression matches, only without its match arrays.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let at = from;
  // (the expression, started inside a surrogate pair, backs up to the pair's start)
  while (at < to || (at === from && isLowSurrogate(text.charCodeAt(at)))) {
    const c = text.charCodeAt(at);
    if (c === 32 || (c >= 9 && c <= 13)) {
      at++;
      continue;
    }
    const fast = c < 128 ? asciiTokenEnd(text, at) : -1;
    if (fast >= 0) {
      at = pushToken(out, text, at, fast >>> 2, KINDS[fast & 3]);
      continue;
    }
    at = expressionToken(out, text, at, to);
    if (at < 0) break;
  }
  return out;
}

/**
 * {@link tokenize} by `TOKEN_RX` alone: the definition of the tokens, slower (the reference
 * the hand scan is tested against).
 */
export function tokenizeByExpression(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  for (let at = from; at >= 0; ) at = expressionToken(out, text, at, to);
  return out;
}

/**
 * Adds the next token `TOKEN_RX` finds from `at` when it starts before `to`, and returns where
 * the search goes on (-1: no more tokens).
 */
function expressionToken(out: Token[], text: string, at: number, to: number): number {
  TOKEN_RX.lastIndex = at;
  const m = TOKEN_RX.exec(text);
  if (m === null || m.index >= to) return -1;
  const kind: TokenKind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'num' : m[3] !== undefined ? 'quote' : 'punct';
  return pushToken(out, text, m.index, m.index + m[0].length, kind);
}

const KINDS: TokenKind[] = ['word', 'num', 'quote', 'punct'];

/**
 * Adds the token `TOKEN_RX` matched at `text[start, end)` as `kind` (a word loses a trailing dot
 * that is not an abbreviation's; a number its trailing separators) and returns where the next
 * token search starts.
 */
function pushToken(out: Token[], text: string, start: number, end: number, kind: TokenKind): number {
  let s = text.slice(start, end);
  if (kind === 'word') {
    if (s.charCodeAt(s.length - 1) === 46) {
      const low = s.toLowerCase();
      const keep = DOTTED.has(low) || /^\p{Lu}\.$/u.test(s) || /^(?:\p{L}\.){2,}$/u.test(s);
      if (!keep) s = s.slice(0, -1);
    }
  } else if (kind === 'num') {
    // A trailing separator is punctuation, not part of the number.
    while (/[,.:]$/.test(s)) s = s.slice(0, -1);
  }
  let lower = s.toLowerCase();
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  const c = s.charCodeAt(0);
  const cap = c < 128 ? c >= 65 && c <= 90 : s[0] !== lower[0];
  out.push({ start, end: start + s.length, text: s, lower, kind, cap });
  return start + s.length;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** ASCII letters and digits. */
function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Common non-ASCII characters that are neither letters, marks nor digits (no-break space,
 * dashes, curly quotation marks other than the apostrophe, ellipsis): a token scan may stop at
 * them without the expression.
 */
function isBreak(c: number): boolean {
  return c === 0xa0 || c === 0x2013 || c === 0x2014 || c === 0x2018 || c === 0x201c || c === 0x201d || c === 0x2026;
}

/**
 * The end of the token `TOKEN_RX` matches at `at` (a non-space ASCII character), times 4, plus
 * its alternative (0 word, 1 number, 2 quotation mark, 3 other): -1 when the match may go on
 * over a non-ASCII character the scan does not know (the caller then runs the expression).
 * Reading past the text gives NaN, which no test here accepts.
 */
function asciiTokenEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  let e = at + 1;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
    // [\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’.\-&][\p{L}\p{M}\p{N}]+)*\.?
    for (;;) {
      let d = text.charCodeAt(e);
      while (isAlnum(d)) d = text.charCodeAt(++e);
      if (d === 39 || d === 46 || d === 45 || d === 38 || d === 0x2019) {
        const n = text.charCodeAt(e + 1);
        if (isAlnum(n)) {
          e += 2;
          continue;
        }
        if (n >= 128 && !isBreak(n)) return -1;
      } else if (d >= 128 && !isBreak(d)) return -1;
      if (d === 46) e++;
      return e * 4;
    }
  }
  if (isDigit(c)) {
    // \p{N}[\p{N},.:%]*\p{N}%?|\p{N}%?: up to the run's last digit, then a percent sign
    let lastDigit = at;
    for (;;) {
      const d = text.charCodeAt(e);
      if (isDigit(d)) lastDigit = e;
      else if (d !== 44 && d !== 46 && d !== 58 && d !== 37) {
        if (d >= 128 && !isBreak(d)) return -1;
        break;
      }
      e++;
    }
    e = lastDigit + 1;
    if (text.charCodeAt(e) === 37) e++;
    return e * 4 + 1;
  }
  if (c === 34) return e * 4 + 2;
  if ((c === 39 || c === 96) && text.charCodeAt(e) === c) return (e + 1) * 4 + 2;
  return e * 4 + 3;
}
