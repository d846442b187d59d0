/**
 * A small, fast tokeniser for news text. Every token keeps its offsets into the original text
 * (JavaScript string indices), so anything derived from tokens can be shown as a span.
 *
 * Words are runs of letters (with inner apostrophes: `don't`, `O'Neill`); a hyphen splits a
 * compound into its parts (`90-day` gives `90`, `day`), which also makes pre-tokenised text
 * (`90 - day`) and running text tokenise alike. Numbers keep their inner separators (`1,200`,
 * `7.1`); dotted abbreviations stay whole (`U.S.`).
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

// Order matters: abbreviations, then numbers, then words.
const TOKEN_RE =
  /(\p{L}\.(?:\p{L}\.)+)|(\d+(?:[.,]\d+)*)|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*)/gu;

const UPPER_RE = /\p{Lu}/u;

/**
 * Splits `text[from, to)` into tokens. Offsets are indices into the whole `text`.
 * Pure and allocation-light: one regex pass.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    const raw = m[0];
    const start = from + m.index;
    const end = start + raw.length;
    const cap = UPPER_RE.test(raw[0]);
    if (m[1] !== undefined) {
      out.push({ start, end, text: raw, norm: raw.replace(/\./g, '').toLowerCase() + '.', kind: 'abbr', cap });
    } else if (m[2] !== undefined) {
      // A trailing separator belongs to the sentence, not the number ("in 2013." / "5,").
      out.push({ start, end, text: raw, norm: raw, kind: 'number', cap: false });
    } else {
      out.push({ start, end, text: raw, norm: normaliseWord(raw), kind: 'word', cap });
    }
  }
  return out;
}

/** Lowercases a word and drops a possessive `'s` / `’s` (and a bare trailing apostrophe part). */
export function normaliseWord(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 2 && (w.endsWith("'s") || w.endsWith('’s'))) w = w.slice(0, -2);
  return w.includes('’') ? w.replace(/’/g, "'") : w;
}
