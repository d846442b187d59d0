/**
 * The per-article working state shared by the attribution rules: the text, its tokens, its
 * quotations, and helpers to turn token ranges into text spans.
 */
import type { TextSpan } from '../../types.js';
import type { Cue } from './cues.js';
import type { Quote } from './quotes.js';
import type { Token } from './tokens.js';

/** Everything the span rules read; built once per article. */
export interface Ctx {
  text: string;
  toks: Token[];
  quotes: Quote[];
}

/** A sentence as a half-open token index range `[a, b)`. */
export interface TokRange {
  a: number;
  b: number;
}

/** Sentence-level facts the frames need besides the cue. */
export interface FrameEnv {
  ctx: Ctx;
  sent: TokRange;
  /** All sentences of the article (token ranges), for quotations that go on. */
  sentences: TokRange[];
  /** Index of `sent` in `sentences`. */
  index: number;
  /** Source of the previous attribution in this sentence, if any. */
  previousSource: TextSpan | null;
  /** The next cue in the sentence, if any (content stops before a participial one). */
  next: Cue | null;
}

/** The text span from token `i` to token `j` (both included). */
export function tokSpan(ctx: Ctx, i: number, j: number): TextSpan {
  const start = ctx.toks[i].start;
  const end = ctx.toks[j].end;
  return { start, end, text: ctx.text.slice(start, end) };
}

/** The span `[start, end)` with surrounding white space and dangling punctuation trimmed. */
export function charSpan(ctx: Ctx, start: number, end: number): TextSpan | null {
  const t = ctx.text;
  for (;;) {
    while (start < end && /\s/.test(t[start])) start++;
    while (end > start && /\s/.test(t[end - 1])) end--;
    if (start < end && /[,;:—–-]/.test(t[start])) {
      start++;
      continue;
    }
    if (end > start && /[,;:(—–-]/.test(t[end - 1])) {
      end--;
      continue;
    }
    // A sentence-final dot outside a quotation is not part of the content.
    if (end > start && t[end - 1] === '.' && !/\.\.$/.test(t.slice(start, end))) {
      const before = t.slice(Math.max(start, end - 5), end - 1);
      if (!/(?:\b\p{Lu}|\bU\.S|\bMr|\bMrs|\bMs|\bDr|\bJr|\bSt|\bInc|\bCo)$/u.test(before)) {
        end--;
        continue;
      }
    }
    break;
  }
  if (end <= start) return null;
  return { start, end, text: t.slice(start, end) };
}
