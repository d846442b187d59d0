/**
 * Word tokens for entity finding: offsets into the article text, capitalisation, possessive
 * `'s` split off, abbreviated titles (`Mr.`) with their dot, sentence-initial position.
 */
import type { Span } from '../../types.js';
import { HYPHEN_SUFFIX, TITLE_ABBREVIATION } from './gazetteer.js';

/** One word of the text, as the entity finder sees it. */
export interface Tok {
  start: number;
  /** End of the word, without a possessive `'s` and without an abbreviation dot. */
  end: number;
  text: string;
  /** Lowercase form. */
  lower: string;
  /** First character is an uppercase letter. */
  cap: boolean;
  /** Every letter is uppercase (`NATO`, `US`, `U.S.`). */
  allCaps: boolean;
  /** A possessive `'s` / `’s` (or a bare `’` after `s`) followed the word. */
  possessive: boolean;
  /** An abbreviated title followed by its dot (`Mr.`, `Gen.`). */
  abbrDot: boolean;
  /** A number, not a word. */
  numeric: boolean;
  /** The word opens a sentence (or a search range). */
  initial: boolean;
  /** Only inline spaces separate this word from the previous one (no punctuation, no line break). */
  joined: boolean;
  /** Index of the search range the token belongs to. */
  range: number;
}

/**
 * Words (with inner apostrophes, hyphens and ampersands: `O'Neill`, `Jean-Pierre`, `AT&T`),
 * dotted abbreviations, numbers, and a free-standing `&` (a connector of names: `Water & Power`).
 */
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’‐&-][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*|&/gu;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** Particles that open a surname in lowercase (`al-Assad`, `bin-Salman`). */
const NAME_PARTICLE = /^(?:al|el|ad|as|ash|at|az|an|ar|ibn|bin|abu|ben)[-‐]\p{Lu}/u;
const HYPHEN = /[-‐]/;

function isSentenceBoundary(c: string): boolean {
  return c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === ';' || c === '•' || c === '|';
}

/** Opening punctuation skipped when looking for a sentence boundary before a word. */
function isOpener(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '"' || c === '“' || c === '‘' || c === "'" || c === '(' || c === '[' || c === '«' || c === '„' || c === '\r' || c === '—' || c === '–' || c === '-' || c === '*';
}

/** True for a code unit of an ASCII lowercase letter. */
function asciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function makeTok(text: string, start: number, raw: string, range: number): Tok {
  let end = start + raw.length;
  let possessive = false;
  let word = raw;
  const c0 = raw.charCodeAt(0);
  if (asciiLower(c0) && !(raw.length > 3 && (raw.charCodeAt(2) === 45 || raw.charCodeAt(3) === 45 || raw.charCodeAt(2) === 8208 || raw.charCodeAt(3) === 8208))) {
    // Fast path: an ordinary lowercase word.
    if (word.length > 2 && (word.endsWith("'s") || word.endsWith('’s'))) {
      word = word.slice(0, -2);
      end -= 2;
    }
    return { start, end, text: word, lower: word, cap: false, allCaps: false, possessive: false, abbrDot: false, numeric: false, initial: false, joined: false, range };
  }
  if (word.length > 2 && (word.endsWith("'s") || word.endsWith('’s'))) {
    word = word.slice(0, -2);
    end -= 2;
    possessive = true;
  } else if (text[end] === '’' || text[end] === "'") {
    // Plural possessive `Allies’`: only after s.
    if (word.endsWith('s') && !/\p{L}/u.test(text[end + 1] ?? '')) possessive = true;
  }
  const lower = word.toLowerCase();
  const cap = UPPER.test(word[0]) || NAME_PARTICLE.test(word);
  const allCaps = !LOWER.test(word) && UPPER.test(word);
  // `Mr.`, `Gen.`, and a middle initial (`Donald J. Trump`).
  const abbrDot = text[end] === '.' && ((TITLE_ABBREVIATION.has(lower) && !allCaps) || (word.length === 1 && allCaps));
  return {
    start,
    end,
    text: word,
    lower,
    cap,
    allCaps,
    possessive,
    abbrDot,
    numeric: /^\p{N}/u.test(word),
    initial: false,
    joined: false,
    range,
  };
}

/** True when a word holds a hyphen (`-` or `‐`): only then may {@link splitMixedHyphen} split it. */
function hasHyphen(word: string): boolean {
  return word.indexOf('-') >= 0 || word.indexOf('‐') >= 0;
}

/**
 * Splits a hyphenated word that mixes lowercase and capitalised parts (`US-proposed`,
 * `pro-Russian`, `Kremlin-backed`) into its parts; names (`Jean-Pierre`, `al-Assad`,
 * `Putin-Trump`) stay whole.
 */
function splitMixedHyphen(text: string, t: Tok): Tok[] {
  if (!HYPHEN.test(t.text) || NAME_PARTICLE.test(t.text)) return [t];
  const parts = t.text.split(/([-‐])/);
  const words = parts.filter((_, i) => i % 2 === 0);
  const capitalised = words.map((w) => UPPER.test(w[0] ?? ''));
  if (capitalised.every(Boolean) || !capitalised.some(Boolean)) return [t];
  // Romanised given names keep their short lowercase syllables (`Kim Jong-un`, `Moon Jae-in`).
  if (capitalised[0] && words.slice(1).every((w) => w.length <= 3 && !HYPHEN_SUFFIX.has(w.toLowerCase()))) return [t];
  const out: Tok[] = [];
  let pos = t.start;
  for (let i = 0; i < parts.length; i++) {
    const w = parts[i];
    if (i % 2 === 0 && w.length > 0) {
      const sub = makeTok(text, pos, w, t.range);
      sub.possessive = i === parts.length - 1 ? t.possessive : false;
      sub.abbrDot = false;
      out.push(sub);
    }
    pos += w.length;
  }
  if (out.length > 0) {
    out[0].initial = t.initial;
    out[0].joined = t.joined;
  }
  return out;
}

/**
 * Tokenises the given ranges of `text` (sorted, non-overlapping). A word is sentence-initial
 * when only opening punctuation stands between it and a sentence boundary or its range start.
 */
export function tokenizeRanges(text: string, ranges: readonly Span[]): Tok[] {
  const out: Tok[] = [];
  ranges.forEach((r, ri) => {
    TOKEN_RE.lastIndex = r.start;
    let prev: Tok | null = null;
    let m: RegExpExecArray | null;
    while ((m = TOKEN_RE.exec(text)) !== null) {
      if (m.index >= r.end) break;
      let raw = m[0];
      if (m.index + raw.length > r.end) raw = raw.slice(0, r.end - m.index);
      const tok = makeTok(text, m.index, raw, ri);
      // Sentence start: look back over openers to a boundary, the range start, or a word.
      let k = tok.start - 1;
      while (k >= r.start && isOpener(text[k])) k--;
      if (k < r.start) tok.initial = true;
      else if (isSentenceBoundary(text[k])) {
        // A dot that closes `Mr.` or `U.S.` does not end a sentence.
        tok.initial = !(text[k] === '.' && prev !== null && (prev.abbrDot || (prev.allCaps && prev.text.includes('.'))));
      }
      if (prev !== null) {
        const gapStart = prev.abbrDot ? prev.end + 1 : prev.end;
        let joined = !prev.possessive && tok.start > gapStart && tok.start - gapStart <= 3;
        for (let k = gapStart; joined && k < tok.start; k++) {
          const c = text.charCodeAt(k);
          joined = c === 32 || c === 160 || c === 9;
        }
        tok.joined = joined;
      }
      if (!hasHyphen(tok.text)) {
        out.push(tok);
        prev = tok;
      } else {
        for (const t of splitMixedHyphen(text, tok)) {
          out.push(t);
          prev = t;
        }
      }
      TOKEN_RE.lastIndex = m.index + m[0].length;
    }
  });
  return out;
}
