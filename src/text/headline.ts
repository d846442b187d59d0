/**
 * The headline line at the top of a text: taken as the title when the input declares none, and
 * located (`titleSpan`) when the declared title is that line.
 */
import type { Span } from '../types.js';
import { matchDateline } from './boilerplate.js';
import { Coverage, isBlank, isHeadlineLike, lineCoverage, wordCount, type Line } from './lines.js';

/** The title found in the text, if any. */
export interface HeadlineResult {
  title: string | null;
  titleSpan: Span | null;
}

/** Lower-cased letters and digits only, for comparing a declared title with a line. */
function squash(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * True when a text line is the declared title, allowing punctuation and case differences and an
 * outlet suffix on either side (`Title - Outlet`).
 */
export function sameTitle(line: string, title: string): boolean {
  const a = squash(line);
  const b = squash(title);
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && short.length >= 0.6 * long.length) return true;
  // A lightly edited variant (`Explosion reported outside ...` for `Explosion outside ...`).
  const wa = words(line);
  const wb = words(title);
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return wa.size >= 4 && common / (wa.size + wb.size - common) >= 0.75;
}

function words(s: string): Set<string> {
  return new Set(s.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * Finds the headline: the first non-blank line not already marked (`taken`). With a declared
 * title, the line is the title's span when it matches it; without one, the line becomes the
 * title when it reads as a headline (no final period or colon, at most 25 words, not a dateline,
 * followed by more text that does not continue it).
 */
export function findHeadline(lines: Line[], taken: Span[], declaredTitle?: string | null): HeadlineResult {
  const declared = declaredTitle?.trim() || null;
  const coverage = lineCoverage(lines, taken);
  const candidates: Line[] = [];
  for (const l of lines) {
    if (!isBlank(l) && coverage[l.index] !== Coverage.All) candidates.push(l);
    if (candidates.length === 2) break;
  }
  const first = candidates[0];
  if (!first || coverage[first.index] === Coverage.Part) return { title: declared, titleSpan: null };
  const span = { start: first.contentStart, end: first.contentEnd };
  if (declared) return { title: declared, titleSpan: sameTitle(first.text, declared) ? span : null };
  const next = candidates[1];
  if (!next) return { title: null, titleSpan: null };
  if (!isHeadlineLike(first.text, { maxWords: 25, minWords: 2 })) return { title: null, titleSpan: null };
  if (matchDateline(first.text)) return { title: null, titleSpan: null };
  // A long question or exclamation is a sentence of the body, not a headline.
  if (/[?!]["”’]?$/.test(first.text) && wordCount(first.text) > 12) return { title: null, titleSpan: null };
  // A wrapped sentence continues on the next line in lower case.
  if (/^[\p{Ll}]/u.test(next.text)) return { title: null, titleSpan: null };
  return { title: first.text, titleSpan: span };
}
