/**
 * Line-level view of an article text: the unit the metadata, headline and boilerplate rules
 * reason about. Lines are spans into the text; nothing is copied out except the trimmed content
 * for matching.
 */
import type { Span } from '../types.js';

/** One line of the text, with its trimmed content span. */
export interface Line {
  /** Index of the line (0-based) among all lines of the text. */
  index: number;
  /** Start of the line (first character after the previous line break). */
  start: number;
  /** End of the line, before its line break. */
  end: number;
  /** Start of the non-whitespace content (equals `end` for a blank line). */
  contentStart: number;
  /** End of the non-whitespace content. */
  contentEnd: number;
  /** The trimmed content. */
  text: string;
}

const WS = /\s/;
/** The characters that end a line. */
const LINE_END = /[\n\r\u2028\u2029]/g;

/** Splits a text into lines (`\n`, `\r\n`, `\r`), each with its trimmed content span. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  const n = text.length;
  LINE_END.lastIndex = 0;
  for (;;) {
    // The next line end (a regex scan skips the line's characters far faster than a loop).
    const found = LINE_END.exec(text);
    const i = found === null ? n : found.index;
    let cs = start;
    let ce = i;
    while (cs < ce && WS.test(text[cs])) cs++;
    while (ce > cs && WS.test(text[ce - 1])) ce--;
    lines.push({ index: index++, start, end: i, contentStart: cs, contentEnd: ce, text: text.slice(cs, ce) });
    if (found === null) break;
    start = text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    LINE_END.lastIndex = start;
  }
  return lines;
}

/** True when a line has no content. */
export function isBlank(line: Line): boolean {
  return line.contentStart >= line.contentEnd;
}

/** The content span of a line. */
export function contentSpan(line: Line): Span {
  return { start: line.contentStart, end: line.contentEnd };
}

/** Closing quotes and brackets that may follow sentence-final punctuation. */
export const CLOSERS = '"\'”’»)]}›';

/**
 * True when a line ends like a sentence: `.`, `!`, `?`, `…` possibly followed by closing quotes
 * or brackets.
 */
export function endsWithTerminal(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (CLOSERS.includes(text[i]) || text[i] === '`' || text[i] === ' ')) i--;
  return i >= 0 && '.!?…'.includes(text[i]);
}

/** Number of whitespace-separated words. */
export function wordCount(text: string): number {
  const t = text.trim();
  return t ? t.split(/\s+/).length : 0;
}

/** Words that do not end a headline: a line ending in one is a wrapped sentence. */
const NON_FINAL =
  /\b(?:the|a|an|of|and|or|but|to|in|on|at|by|for|with|from|that|which|who|as|is|are|was|were|be|has|have|had|its|their|his|her|this|these|than|into)$/i;

export interface HeadlineOptions {
  /** Most words allowed (default 25). */
  maxWords?: number;
  /** Fewest words allowed (default 2). */
  minWords?: number;
  /** Whether a final `?` or `!` is allowed (default true). */
  allowQuestion?: boolean;
}

/**
 * True when a line reads as a headline or heading: starts with an upper-case letter, digit or
 * quote, has no final period/colon/comma/semicolon, a bounded number of words, and does not end
 * with a function word (which would mean a wrapped sentence).
 */
export function isHeadlineLike(text: string, opts: HeadlineOptions = {}): boolean {
  const { maxWords = 25, minWords = 2, allowQuestion = true } = opts;
  const t = text.trim();
  if (!t || t.length > 220) return false;
  const first = t.codePointAt(0) ?? 0;
  const firstChar = String.fromCodePoint(first);
  if (!/[\p{Lu}\p{N}"“‘'«]/u.test(firstChar)) return false;
  if (!/\p{L}/u.test(t)) return false;
  // The last character that is not a closing quote or bracket.
  let i = t.length - 1;
  while (i > 0 && (CLOSERS.includes(t[i]) || t[i] === '`' || t[i] === ' ')) i--;
  const last = t[i];
  if ('.,;:…-–—'.includes(last)) return false;
  if ('?!'.includes(last) && !allowQuestion) return false;
  // Two sentences (`... fragile. What do ...`) are prose, not a heading.
  if (/\p{Ll}{2}[.!?]["”’]?\s+[\p{Lu}"“]/u.test(t)) return false;
  // Addresses, handles and links are not headings.
  if (/https?:\/\/|www\.|@\w/.test(t)) return false;
  const words = wordCount(t);
  if (words < minWords || words > maxWords) return false;
  if (NON_FINAL.test(t)) return false;
  return true;
}

/** How much of a line's content some span covers: none, part or all of it. */
export const Coverage = { None: 0, Part: 1, All: 2 } as const;

/**
 * For every line (by `line.index`), whether the spans cover its content fully, partly or not at
 * all. One sweep over lines and sorted spans: linear apart from the sort.
 */
export function lineCoverage(lines: Line[], spans: Span[]): Uint8Array {
  const out = new Uint8Array(lines.length);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let k = 0;
  let maxEnd = -1;
  for (const line of lines) {
    if (isBlank(line)) continue;
    const cs = line.contentStart;
    const ce = line.contentEnd;
    while (k < sorted.length && sorted[k].start <= cs) {
      if (sorted[k].end > maxEnd) maxEnd = sorted[k].end;
      k++;
    }
    if (maxEnd >= ce) out[line.index] = Coverage.All;
    else if (maxEnd > cs || (k < sorted.length && sorted[k].start < ce)) out[line.index] = Coverage.Part;
  }
  return out;
}
