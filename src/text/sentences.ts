/**
 * Sentence splitting for news text, as spans into the text (never copies).
 *
 * Rule-based and fast: a boundary is sentence-final punctuation (with closing quotes and
 * brackets) followed by a sentence start, unless the word before is an abbreviation, a title, an
 * initial or a month before a day number. Line breaks: a blank line always ends a sentence; a
 * single line break does too (news puts one paragraph per line) unless the next line starts in
 * lower case, the line ends with a comma or semicolon, or the text is hard-wrapped and the line
 * does not end a sentence.
 */
import type { Span } from '../types.js';

/** Abbreviations after which a period never ends a sentence (lower-cased, without the period). */
const NEVER_END = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt',
  'adm', 'cmdr', 'cdr', 'brig', 'sen', 'rep', 'reps', 'gov', 'lt.gov', 'pres', 'rev', 'hon', 'fr', 'supt', 'det',
  'insp', 'atty', 'st', 'ste', 'mt', 'ft', 'vs', 'v', 'cf', 'al', 'fig', 'approx', 'ca', 'gov', 'amb', 'sec',
  'gens', 'sens', 'reps', 'ald', 'dist', 'judg', 'rt', 'hon', 'mssrs',
]);
/** Abbreviations that may end a sentence: a boundary only when a common sentence opener follows. */
const MAY_END = new Set([
  'inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'llc', 'plc', 'bros', 'etc', 'ave', 'blvd', 'rd', 'dept', 'univ',
  'govt', 'assn', 'intl', 'ph.d', 'a.m', 'p.m',
]);
const MONTH_ABBR = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const WEEKDAY_ABBR = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);
/** Words that commonly open a sentence: after an ambiguous abbreviation they signal a boundary. */
const OPENERS = new Set(
  (
    'The A An He She It They We I You In On At But And Or This That These Those There Its His Her Their Our ' +
    'As For After Before When While If Some Many Most Police Officials However Meanwhile Earlier Later ' +
    'According Last Next Since Still Yet So Now Then One Two Three Other Both What Why How Who Where Also ' +
    'Among Despite During Under With By From Today Yesterday Tomorrow More Such Each Every No Not Neither ' +
    'Nor Although Though Because Instead Asked Authorities Several Few Analysts Critics Experts Residents ' +
    'Witnesses Investigators Prosecutors Shares Sales Prices'
  ).split(' '),
);

const TERMINAL = '.!?…';
const CLOSERS = '"\'”’»)]}›';
const OPENERS_PUNCT = '"\'“‘«([{`¿¡';
const QUOTES = '"\'“‘«`';

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\u2009' || c === '\u202f' || c === '\f' || c === '\v';
}

function isNewline(c: string | undefined): boolean {
  return c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
}

function isLower(c: string | undefined): boolean {
  return c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
}

function isUpper(c: string | undefined): boolean {
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function hasWordChar(s: string): boolean {
  return /[\p{L}\p{N}]/u.test(s);
}

/** The word starting at `pos` (letters only), for opener checks. */
function wordAt(text: string, pos: number, to: number): string {
  let i = pos;
  while (i < to && OPENERS_PUNCT.includes(text[i])) i++;
  let j = i;
  while (j < to && isLetterUnit(text, j)) j++;
  return text.slice(i, j);
}

const LETTER = /\p{L}/u;

/** True when the code unit at `j` is a letter on its own (`/\p{L}/u` on it; ASCII without the regex). */
function isLetterUnit(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text[j]);
}

/** The token right before position `end` (back to whitespace or an opening bracket/quote). */
function tokenBefore(text: string, end: number, from: number): string {
  let i = end;
  while (i > from && !isSpace(text[i - 1]) && !isNewline(text[i - 1]) && !OPENERS_PUNCT.includes(text[i - 1])) i--;
  return text.slice(i, end);
}

/**
 * Decides whether sentence-final punctuation `[p, q)` (with closers) ends a sentence, given the
 * next non-space position `next` (or `to` at the end).
 */
function endsSentence(text: string, p: number, runEnd: number, q: number, next: number, from: number, to: number): boolean {
  if (next >= to) return true;
  const nc = text[next];
  if (isLower(nc)) return false;
  if (',;:'.includes(nc) || (CLOSERS.includes(nc) && !OPENERS_PUNCT.includes(nc))) return false;
  // `ERIE, Pa. — Snow fell`: a dash continues (a dateline, an attribution).
  if (nc === '—' || nc === '–' || (nc === '-' && text[next + 1] !== '-' && isSpace(text[next + 1]))) return false;
  const run = text.slice(p, runEnd);
  // A closing quote followed by a short speech tag (`"Why?" Mr. Harris asked.`) continues.
  if (q > runEnd && isSpeechTag(text, next, to, run.includes('.') ? 15 : 300)) return false;
  // `agreeing an? 110 billion`: a number does not open a sentence after ? or ! (an encoding slip).
  if (run.includes('!') || run.includes('?')) return !isDigit(nc);
  if (run.length > 1 || run === '…') return isUpper(nc) || isDigit(nc) || OPENERS_PUNCT.includes(nc);
  // A single period.
  if (q > runEnd) return true; // `."` and `.)` end the sentence when a sentence start follows.
  const tok = tokenBefore(text, p, from);
  const bare = tok.replace(/^[^\p{L}\p{N}]+/u, '');
  const lower = bare.toLowerCase();
  if (bare === '') return true;
  // `5. 4 per cent`, `$1. 29`: a decimal split by tokenisation (news style never opens a sentence with a numeral).
  if (isDigit(bare[bare.length - 1]) && isDigit(nc) && /^[\p{L}$€£¥]{0,3}[\d.,]+$/u.test(bare)) return false;
  if (NEVER_END.has(lower)) return false;
  if ((bare === 'No' || bare === 'Nos' || bare === 'no') && isDigit(nc)) return false; // `No. 10`
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) {
    // Initialisms: U.S., U.K., a.m., e.g., i.e.
    if (lower === 'e.g' || lower === 'i.e') return false;
    return openerAt(text, next, to);
  }
  if (/^\p{Lu}$/u.test(bare)) return openerAt(text, next, to); // an initial: J. K. Rowling
  if (MONTH_ABBR.has(lower)) return isDigit(nc) ? false : openerAt(text, next, to);
  if (WEEKDAY_ABBR.has(lower) && bare[0] === bare[0].toUpperCase()) return isDigit(nc) || MONTH_ABBR.has(wordAt(text, next, to).toLowerCase().slice(0, 3)) ? false : openerAt(text, next, to);
  if (MAY_END.has(lower)) {
    // `Acme Inc. said` (no boundary), `bought Acme Inc. The deal` (boundary), `No. 10` (none).
    if (isDigit(nc)) return false;
    return openerAt(text, next, to);
  }
  return true;
}

/**
 * Whether a common sentence opener starts at `next` (`to`: the end of the region): asked by
 * only some branches of {@link endsSentence}, so worked out on demand. (A plain function rather
 * than a closure made per call: this runs at every period.)
 */
function openerAt(text: string, next: number, to: number): boolean {
  const w = wordAt(text, next, to);
  return OPENERS.has(w) || (QUOTES.includes(text[next]) && w !== '');
}

const SPEECH_TAG =
  /^((?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|replies|explained|noted|recalled|insisted|continued|shouted|tweeted|declared|stated|warned|argued|announced|admitted|remarked|commented|conceded|acknowledged|claimed|responded|answered|joked|exclaimed|urged|posted|wondered|thundered|stressed|emphasised|emphasized|cautioned|predicted|vowed|pledged|complained|demanded)\b)([^.!?\n]*)[.!?]/u;

/** True when a short speech tag (`Mr. Harris said.`) starts at `pos`, with at most `tail` more characters. */
function isSpeechTag(text: string, pos: number, to: number, tail: number): boolean {
  const m = SPEECH_TAG.exec(text.slice(pos, Math.min(to, pos + 400)));
  return m !== null && m[2].length <= tail;
}

/** How a single line break between two lines is treated. */
function lineContinues(text: string, lineEnd: number, nextStart: number, hardWrapped: boolean, from: number, to: number): boolean {
  let e = lineEnd;
  while (e > from && isSpace(text[e - 1])) e--;
  if (e <= from) return false;
  const last = text[e - 1];
  const nc = text[nextStart];
  if (isLower(nc)) return true;
  if (last === ',' || last === ';') return true;
  if (!hardWrapped) return false;
  // Hard-wrapped: the line continues unless it ends a sentence.
  let k = e;
  while (k > from && CLOSERS.includes(text[k - 1])) k--;
  if (k > from && TERMINAL.includes(text[k - 1])) {
    let p = k - 1;
    while (p > from && TERMINAL.includes(text[p - 1])) p--;
    return !endsSentence(text, p, k, e, nextStart, from, to);
  }
  return true;
}

/**
 * True when most lines inside paragraphs end without sentence-final punctuation: the text was
 * wrapped at a fixed width, so a single line break is just a space.
 */
export function looksHardWrapped(text: string, from = 0, to = text.length): boolean {
  const lines = text.slice(from, to).split(/\r\n|\r|\n/);
  let inner = 0;
  let open = 0;
  let lowerNext = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const cur = lines[i].trim();
    const nxt = lines[i + 1].trim();
    if (!cur || !nxt) continue;
    inner++;
    if (/[.!?…]["'”’»)\]]*$/.test(cur)) continue;
    open++;
    if (isLower(nxt[0])) lowerNext++;
  }
  // Wrapping at a width breaks lines between words, mostly before a lower-case word; a list of
  // headings or one-line paragraphs without final punctuation does not.
  return inner >= 3 && open / inner >= 0.5 && lowerNext / open >= 0.3;
}

/**
 * Splits `text[from, to)` into sentences. Returns spans into `text`, trimmed of whitespace; spans
 * with no letter or digit are dropped.
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  const end = Math.min(to, text.length);
  const hardWrapped = looksHardWrapped(text, from, end);
  let segStart = from;

  const emit = (s: number, e: number): void => {
    while (s < e && (isSpace(text[s]) || isNewline(text[s]))) s++;
    while (e > s && (isSpace(text[e - 1]) || isNewline(text[e - 1]))) e--;
    if (e > s && hasWordChar(text.slice(s, e))) spans.push({ start: s, end: e });
  };

  const candidates = /[.!?…\n\r\u2028\u2029]/g;
  let i = from;
  while (i < end) {
    candidates.lastIndex = i;
    const found = candidates.exec(text);
    if (!found || found.index >= end) break;
    i = found.index;
    const c = text[i];
    if (isNewline(c)) {
      // Look past the line break: a blank line, or a single break.
      let j = i + 1;
      let blank = false;
      if (c === '\r' && text[j] === '\n') j++;
      while (j < end && (isSpace(text[j]) || isNewline(text[j]))) {
        if (isNewline(text[j])) blank = true;
        j++;
      }
      if (j >= end) break;
      if (blank || !lineContinues(text, i, j, hardWrapped, segStart, end)) {
        emit(segStart, i);
        segStart = j;
      }
      i = j;
      continue;
    }
    let runEnd = i + 1;
    while (runEnd < end && TERMINAL.includes(text[runEnd])) runEnd++;
    let q = runEnd;
    while (q < end && (CLOSERS.includes(text[q]) || text[q] === '`' && text[q + 1] === '`')) q++;
    // Tokenised text puts a space before the closing quote: `another! " Prime Minister said`.
    if (q === runEnd && text[q] === ' ' && '"”’\''.includes(text[q + 1] ?? '') && (q + 2 >= end || isSpace(text[q + 2]) || isNewline(text[q + 2]))) q += 2;
    if (q < end && !isSpace(text[q]) && !isNewline(text[q])) {
      i = q;
      continue;
    }
    // Next non-space character on the same line; a line break is judged by the newline branch.
    let next = q;
    while (next < end && isSpace(text[next])) next++;
    if (next < end && isNewline(text[next])) {
      i = next;
      continue;
    }
    if (endsSentence(text, i, runEnd, q, next, segStart, end)) {
      emit(segStart, q);
      segStart = next;
    }
    i = next > q ? next : q;
  }
  emit(segStart, end);
  return spans;
}
