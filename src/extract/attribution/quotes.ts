/**
 * Finds direct quotations: spans from an opening double quote to its closing mark (both
 * included). Straight quotes (`"`, `''`) are paired by alternation within a paragraph; a quote
 * still open at the end of a paragraph runs to the paragraph's end (news style continues a long
 * quotation in the next paragraph by opening a new quote there).
 */
import type { Span } from '../../types.js';

const OPEN = new Set(['“', '„', '«']);
const CLOSE = new Set(['”', '»']);

/** A quotation span; `closed` is false when it ran to the end of its paragraph. */
export interface Quote extends Span {
  closed: boolean;
}

/**
 * Whether a quotation mark opens or closes, from its neighbours first (a mark after a space and
 * before a letter opens, one after a letter or punctuation and before a space closes: this copes
 * with texts that use “ for both), then from its shape.
 */
function markKind(text: string, i: number, end: number, mark: string): 'open' | 'close' | 'either' {
  const before = i > 0 ? text[i - 1] : ' ';
  const after = end < text.length ? text[end] : ' ';
  const spaceBefore = /[\s([{—–-]/.test(before);
  const spaceAfter = /[\s.,;:!?)\]}—–-]/.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  if (OPEN.has(mark) || mark === '``') return 'open';
  if (CLOSE.has(mark)) return 'close';
  return 'either';
}

const QUOTE_RX = /\n|["“”„«»]|''|``/g;

/** All double-quote quotations of `text`, in order, never overlapping. */
export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  const flushAt = (end: number): void => {
    if (open >= 0) {
      let e = end;
      while (e > open + 1 && /\s/.test(text[e - 1])) e--;
      out.push({ start: open, end: e, closed: false });
    }
    open = -1;
  };
  QUOTE_RX.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTE_RX.exec(text)) !== null) {
    const i = m.index;
    const mark = m[0];
    if (mark === '\n') {
      flushAt(i);
      continue;
    }
    const end = i + mark.length;
    const kind = markKind(text, i, end, mark);
    if (kind === 'open' || (kind === 'either' && open < 0)) {
      if (open >= 0) flushAt(i); // an unclosed quote before a new opening one
      open = i;
    } else if (open >= 0) {
      out.push({ start: open, end, closed: true });
      open = -1;
    }
  }
  flushAt(text.length);
  return out;
}

/** The quote that contains position `pos` (start <= pos < end), by binary search. */
export function quoteAt(quotes: Quote[], pos: number): Quote | null {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid];
    if (pos < q.start) hi = mid - 1;
    else if (pos >= q.end) lo = mid + 1;
    else return q;
  }
  return null;
}
