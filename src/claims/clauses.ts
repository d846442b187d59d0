/**
 * Clause splitting: a sentence that carries two facts ("A happened; B happened", "A happened,
 * and B did", "A happened as B did") yields one span per fact. A split needs a verb on the
 * right-hand side and enough words on both sides; everything else stays one clause.
 */
import type { Span } from '../types.js';
import type { Token } from '../nlp/tokenize.js';
import { AUXILIARIES, DETERMINERS, IRREGULAR_PAST } from './lexicon.js';

/** Conjunctions that open a new clause after a comma. */
const AFTER_COMMA = new Set(['and', 'but', 'while', 'as', 'after', 'when', 'whereas', 'although', 'though', 'before', 'because', 'so', 'then']);
/** Subordinators that open a new clause even without a comma. */
const BARE = new Set(['as', 'while', 'after', 'when', 'because', 'before', 'whereas']);
/** Words after `as` that make it a comparison or a fixed phrase, not a clause opener. */
const AS_FIXED = new Set(['well', 'many', 'much', 'soon', 'long', 'early', 'far', 'few', 'little', 'part', 'usual', 'if', 'though', 'of', 'a', 'an', 'to', 'for', 'in', 'recently', 'late', 'high', 'low', 'such', 'it']);
const MIN_TOKENS = 4;
const LOOKAHEAD = 6;

/** True when token `i` looks like a finite or participle verb (heuristic, no tagger). */
export function verbLike(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return false;
  const w = t.norm;
  if (AUXILIARIES.has(w) || IRREGULAR_PAST.has(w)) return true;
  const prev = tokens[i - 1]?.norm;
  if (w.length >= 5 && w.endsWith('ed') && !(prev && DETERMINERS.has(prev))) return !t.cap || i === 0;
  return false;
}

function verbWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, tokens.length); k++) if (verbLike(tokens, k)) return true;
  return false;
}

/**
 * Splits the tokens of one region (a sentence or an attribution's content) into clause spans.
 * `text` is the article text the tokens point into. Returns at least one span when there are
 * tokens; spans run from a clause's first to its last token.
 */
export function splitClauses(text: string, tokens: readonly Token[]): Span[] {
  if (tokens.length === 0) return [];
  const cuts: number[] = []; // token index where a new clause starts (the opener excluded)
  let last = 0;
  for (let j = 1; j < tokens.length; j++) {
    const gap = text.slice(tokens[j - 1].end, tokens[j].start);
    let start = -1;
    if (gap.includes(';')) start = j;
    else {
      const w = tokens[j].norm;
      const comma = gap.includes(',');
      const next = tokens[j + 1];
      if (comma && (w === 'which' || w === 'who') && verbWithin(tokens, j + 1, j + 3)) start = j + 1;
      else if (comma && w.length >= 6 && w.endsWith('ing') && !tokens[j].cap && w !== 'including' && w !== 'according') start = j;
      else if (!comma && w === 'and' && next && verbLike(tokens, j + 1) && !AUXILIARIES.has(next.norm)) start = j + 1;
      const opener = comma ? AFTER_COMMA.has(w) : BARE.has(w);
      if (start < 0 && opener && !(w === 'as' && (AS_FIXED.has(tokens[j + 1]?.norm ?? '') || ['such', 'same', 'well', 'just', 'so'].includes(tokens[j - 1].norm)))) {
        if (verbWithin(tokens, j + 1, j + 1 + LOOKAHEAD)) start = j + 1;
      }
    }
    if (start < 0) continue;
    if (j - last < MIN_TOKENS || tokens.length - start < MIN_TOKENS - 1) continue;
    cuts.push(start);
    last = start;
  }
  const spans: Span[] = [];
  let from = 0;
  for (const c of cuts) {
    // The clause ends at the last token before the opener (or the `;`).
    let end = c - 1;
    while (end > from && (BARE.has(tokens[end].norm) || AFTER_COMMA.has(tokens[end].norm)) && end >= c - 1) end--;
    spans.push({ start: tokens[from].start, end: tokens[end].end });
    from = c;
  }
  spans.push({ start: tokens[from].start, end: tokens[tokens.length - 1].end });
  return spans;
}
