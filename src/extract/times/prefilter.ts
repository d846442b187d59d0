/**
 * The cheap pre-filter in front of chrono: cut the body spans into sentence-like chunks and keep
 * those that can contain an absolute date or a clock time (a month name before a number, a
 * numeric date, `10:35`, `5 p.m.`, `noon`).
 * Only chrono reads chunks; our own regex parsers scan whole body spans, each only the spans that
 * hold its cue words (`cues.ts`).
 */
import type { Span } from '../../types.js';

/** The time cue of English chunks (see {@link enCue}). */
const EN_CUE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? +\d|\d ?(?:\/|:\d\d|[ap]\.?m\b|o'clock)|\d{4}-\d\d-\d\d|\b(?:noon|midnight|midday)\b/i;

/** A digit; and the one part of {@link EN_CUE} without a digit. */
const DIGIT = /\d/;
const DAY_WORD = /\b(?:noon|midnight|midday)\b/i;

/**
 * True when `s` holds an English time cue ({@link EN_CUE}). Every alternative of the cue but
 * `noon` / `midnight` / `midday` holds a digit, and most sentences have none: for those the
 * day words alone are looked for, which is cheaper than the whole cue.
 */
export function enCue(s: string): boolean {
  return DIGIT.test(s) ? EN_CUE.test(s) : DAY_WORD.test(s);
}

/** Splits spans at line breaks and sentence ends (a `.`, `!` or `?` followed by space). */
export function chunkSpans(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  const boundary = /\n+|(?<!\b(?:[ap]\.m|[A-Z]|Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Gov|Sen|Rep|Inc|Corp|Co|Ltd|No|Lt|Col|Capt|Sgt|Jr|Sr|Prof|Rev|U\.S|U\.N))[.!?]["'”’)]*\s+(?=[A-Z"“'‘(])/g;
  for (const sp of spans) {
    const slice = text.slice(sp.start, sp.end);
    let last = 0;
    boundary.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = boundary.exec(slice)) !== null) {
      const end = m.index + m[0].length;
      if (end - last > 0) out.push({ start: sp.start + last, end: sp.start + end });
      last = end;
    }
    if (last < slice.length) out.push({ start: sp.start + last, end: sp.end });
  }
  return out;
}

/** The chunks worth giving to chrono for `language` (every non-empty chunk for non-English). */
export function timeChunks(text: string, spans: Span[], language: string): Span[] {
  if (language !== 'en') return chunkSpans(text, spans).filter((c) => /\S/.test(text.slice(c.start, c.end)));
  // a chunk starts and ends at a span edge or after white space, so a cue in a chunk is a cue in
  // its span: spans with none need no cutting
  const cued = spans.filter((s) => enCue(text.slice(s.start, s.end)));
  return chunkSpans(text, cued).filter((c) => enCue(text.slice(c.start, c.end)));
}
