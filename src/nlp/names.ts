/**
 * Capitalised-phrase ("name") candidates: runs of capitalised words such as `Tara Reid`,
 * `Betty Ford Center`, `Bank of England`, `U.S.`. A heuristic, not entity recognition: it is
 * meant for matching articles that mention the same people and places.
 *
 * Filters: stopwords, month and weekday names never start or end a name; a sentence-initial
 * word is dropped when the same word also occurs in lowercase in the text, or is a common opener
 * (`Yesterday`, `Police`); title-case headline lines are skipped (every word is capitalised there).
 */
import { firstTokenFrom, type Token } from './tokenize.js';
import { STOPWORDS } from './stopwords.js';
import { monthNumber, weekdayNumber } from './dates.js';

/** A capitalised phrase found in the text. */
export interface NameCandidate {
  start: number;
  end: number;
  text: string;
  /** Lowercase normalised words joined by one space (`tara reid`). */
  key: string;
  /** The normalised words of the phrase. */
  words: string[];
}

/** Lowercase words allowed inside a name between capitalised words. */
/** Capitalised sentence openers that are not names (time words, discourse markers). */
const OPENERS = new Set([
  'yesterday', 'today', 'tonight', 'tomorrow', 'meanwhile', 'earlier', 'later', 'last', 'next',
  'according', 'after', 'before', 'although', 'despite', 'several', 'many', 'some', 'officials',
  'authorities', 'police', 'witnesses', 'residents', 'critics', 'analysts', 'experts', 'sources',
]);
const CONNECTORS = new Set(['of', 'de', 'del', 'della', 'da', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'bin', 'al', 'el']);

function isNameWord(t: Token): boolean {
  if (!t.cap) return false;
  if (t.kind === 'abbr') return true;
  if (t.kind !== 'word') return false;
  if (STOPWORDS.has(t.norm)) return false;
  if (weekdayNumber(t.norm) !== undefined || monthNumber(t.norm) !== undefined) return false;
  return t.norm.length > 1;
}

/** True when only inline whitespace (no line break) separates two offsets. */
function adjacent(text: string, end: number, start: number): boolean {
  if (start - end > 2) return false;
  for (let k = end; k < start; k++) if (text[k] !== ' ' && text[k] !== '\u00a0') return false;
  return true;
}

/** True when the token starts a sentence: only opening punctuation or a line start before it. */
function sentenceInitial(text: string, start: number, floor: number): boolean {
  for (let k = start - 1; k >= floor; k--) {
    const c = text[k];
    if (c === ' ' || c === '\t' || c === '"' || c === '“' || c === '‘' || c === "'" || c === '(' || c === '[') continue;
    return c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === ';' || c === '—' || c === '-';
  }
  return true;
}

/** Ranges of lines whose words are (nearly) all capitalised: headline-style lines. */
function titleCaseLines(text: string, tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    const lineEnd = text.indexOf('\n', tokens[i].start);
    const stop = lineEnd < 0 ? Number.POSITIVE_INFINITY : lineEnd;
    // The line's tokens are [i, j) (tokens are in text order).
    const j = firstTokenFrom(tokens, stop, i + 1);
    let words = 0;
    let caps = 0;
    let prose = false;
    for (let k = i; k < j; k++) {
      const t = tokens[k];
      if (t.kind === 'word' && t.norm.length >= 4 && !STOPWORDS.has(t.norm)) {
        words++;
        if (t.cap) caps++;
      }
      // Prose already: even if every later token of the line were a capitalised word, the
      // capitalised ones could not reach 80% (caps >= 4 * lower-case words). Most lines are
      // long paragraphs, told apart from headlines after a few words.
      if (4 * (words - caps) > caps + (j - k - 1)) {
        prose = true;
        break;
      }
    }
    if (!prose && words >= 3 && caps >= 0.8 * words) {
      // A line ending like a sentence is prose, however many names it holds.
      const endsSentence = /[.!?]["”’)]?\s*$/.test(text.slice(tokens[j - 1].end, Math.min(stop, tokens[j - 1].end + 3)));
      if (!endsSentence) out.push([tokens[i].start, tokens[j - 1].end]);
    }
    i = j;
  }
  return out;
}

/** Finds capitalised-phrase candidates among `tokens` (from {@link tokenize} over `text`). */
export function findNames(text: string, tokens: readonly Token[]): NameCandidate[] {
  const lowercaseSeen = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && !t.cap) lowercaseSeen.add(t.norm);
  const skip = titleCaseLines(text, tokens);
  const floor = tokens.length > 0 ? Math.max(0, tokens[0].start - 200) : 0;
  let skipIdx = 0;
  const out: NameCandidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    while (skipIdx < skip.length && skip[skipIdx][1] < t.start) skipIdx++;
    if (skipIdx < skip.length && skip[skipIdx][0] <= t.start) {
      i++;
      continue;
    }
    if (!isNameWord(t)) {
      i++;
      continue;
    }
    // Extend the run.
    let j = i + 1;
    let last = i;
    while (j < tokens.length) {
      const w = tokens[j];
      if (!adjacent(text, tokens[j - 1].end, w.start)) break;
      if (isNameWord(w)) {
        last = j;
        j++;
        continue;
      }
      if (CONNECTORS.has(w.norm) && !w.cap && tokens[j + 1] && isNameWord(tokens[j + 1])
        && adjacent(text, w.end, tokens[j + 1].start)) {
        j++;
        continue;
      }
      break;
    }
    let first = i;
    if (sentenceInitial(text, t.start, floor) && t.kind === 'word' && (lowercaseSeen.has(t.norm) || OPENERS.has(t.norm))) {
      first = i + 1;
      while (first <= last && !isNameWord(tokens[first])) first++;
    }
    if (first <= last) {
      const parts = tokens.slice(first, last + 1);
      const words = parts.map((p) => p.norm);
      const start = parts[0].start;
      const end = parts[parts.length - 1].end;
      out.push({ start, end, text: text.slice(start, end), key: words.join(' '), words });
    }
    i = last + 1;
  }
  return out;
}
