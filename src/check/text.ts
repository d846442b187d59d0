/**
 * Text preparation for stance checking: sentences with offsets and, per sentence, the stemmed
 * content words, the negation cues and the raw lowercase words (for the cue lexicons).
 * Built on the shared tokeniser / stemmer / stopwords of `src/nlp/`.
 */
import { tokenize, type Token } from '../nlp/tokenize.js';
import { stem } from '../nlp/stem.js';
import { STOPWORDS } from '../nlp/stopwords.js';

/** One sentence of a prepared text. */
export interface PreparedSentence {
  start: number;
  end: number;
  /** Lowercase normalised words and numbers, in order (stopwords kept). */
  words: string[];
  /** Per word, its content stem, or null for stopwords (aligned with `words`). */
  wordStems: Array<string | null>;
  /** Stems of the content words (no stopwords, no one-letter words), in order. */
  stems: string[];
  /** Set of `stems`. */
  stemSet: Set<string>;
  /** Stems of capitalised non-initial words (name-like). */
  names: Set<string>;
  /** Numbers as written without separators (`1,200` gives `1200`). */
  numbers: Set<string>;
}

/** A text split into sentences with token data, plus whole-text aggregates. */
export interface PreparedText {
  text: string;
  sentences: PreparedSentence[];
  /** Count of each content stem over the whole text. */
  stemCounts: Map<string, number>;
  /** Number of content stems over the whole text. */
  stemTotal: number;
}

/** Negation cue words (lowercase, apostrophes as `'`). */
export const NEGATIONS: ReadonlySet<string> = new Set(
  `not no never none nobody nothing neither nor cannot can't don't doesn't didn't isn't aren't
wasn't weren't won't wouldn't couldn't shouldn't hasn't haven't hadn't without nowhere`.split(/\s+/),
);

/** Content-word stem of a token, or null for stopwords, one-letter words and punctuation. */
export function contentStem(t: Token): string | null {
  if (t.kind === 'number') return t.norm.replace(/,/g, '');
  if (t.norm.length < 2 || STOPWORDS.has(t.norm)) return null;
  if (t.kind === 'abbr') return t.norm;
  return stem(t.norm);
}

const SENTENCE_END = /[.!?]["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\d])|\n\s*\n|\n(?=\s*[\p{Lu}"“‘\d•\-*])/gu;

/**
 * Sentence spans of `text`: breaks after `.`, `!`, `?` followed by a capital or digit, and at
 * line breaks (news bodies put one paragraph per line). Spans are trimmed; empty ones dropped.
 */
export function splitSentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let from = 0;
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(text)) !== null) {
    const cut = m.index + m[0].length;
    // Do not break after a short abbreviation-like word ("Mr.", "Dr.", "St.", "U.S.").
    const before = text.slice(Math.max(from, m.index - 4), m.index + 1);
    if (/(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Prof|vs)\.$/.test(before) || /\b\p{Lu}\.$/u.test(before)) continue;
    push(from, cut);
    from = cut;
    if (m[0].length === 0) SENTENCE_END.lastIndex++;
  }
  push(from, text.length);
  return out;
}

/** Token data of one span of `text`. */
export function prepareSentence(text: string, start: number, end: number): PreparedSentence {
  const toks = tokenize(text, start, end);
  const words: string[] = [];
  const wordStems: Array<string | null> = [];
  const stems: string[] = [];
  const names = new Set<string>();
  const numbers = new Set<string>();
  toks.forEach((t, i) => {
    words.push(t.kind === 'number' ? t.norm.replace(/,/g, '') : t.norm);
    const s = contentStem(t);
    wordStems.push(s);
    if (s === null) return;
    stems.push(s);
    if (t.kind === 'number') numbers.add(s);
    else if (t.cap && i > 0) names.add(s);
  });
  return { start, end, words, wordStems, stems, stemSet: new Set(stems), names, numbers };
}

/** Splits and tokenises a whole text. */
export function prepareText(text: string): PreparedText {
  const sentences = splitSentences(text).map((s) => prepareSentence(text, s.start, s.end));
  const stemCounts = new Map<string, number>();
  let stemTotal = 0;
  for (const s of sentences)
    for (const st of s.stems) {
      stemCounts.set(st, (stemCounts.get(st) ?? 0) + 1);
      stemTotal++;
    }
  return { text, sentences, stemCounts, stemTotal };
}

/** Prepares a claim (one sentence, often a headline in title case). */
export function prepareClaim(claim: string): PreparedSentence {
  return prepareSentence(claim, 0, claim.length);
}
