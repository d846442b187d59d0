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
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN_RX.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RX.exec(text)) !== null && m.index < to) {
    let s = m[0];
    const start = m.index;
    let kind: TokenKind;
    if (m[1] !== undefined) {
      kind = 'word';
      if (s.charCodeAt(s.length - 1) === 46) {
        const low = s.toLowerCase();
        const keep = DOTTED.has(low) || /^\p{Lu}\.$/u.test(s) || /^(?:\p{L}\.){2,}$/u.test(s);
        if (!keep) {
          s = s.slice(0, -1);
          TOKEN_RX.lastIndex = start + s.length;
        }
      }
    } else if (m[2] !== undefined) {
      kind = 'num';
      // A trailing separator is punctuation, not part of the number.
      while (/[,.:]$/.test(s)) s = s.slice(0, -1);
      TOKEN_RX.lastIndex = start + s.length;
    } else if (m[3] !== undefined) {
      kind = 'quote';
    } else {
      kind = 'punct';
    }
    let lower = s.toLowerCase();
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    const c = s.charCodeAt(0);
    const cap = c < 128 ? c >= 65 && c <= 90 : s[0] !== lower[0];
    out.push({ start, end: start + s.length, text: s, lower, kind, cap });
  }
  return out;
}
