/**
 * A light tense guess for the clause around an expression, enough to choose between the last and
 * the next Friday: the nearest tense cue in the same sentence decides.
 */
import type { Tense, TimeContext } from './types.js';

const FUTURE =
  /\b(?:will|won't|wo n't|'ll|shall|going to|(?:is|are|was|were) (?:due|scheduled|set|expected|slated|planned|supposed|likely|poised|to)\b|plans? to|intends? to|aims? to|hopes? to|plann(?:ed|ing) to|scheduled|upcoming|(?:is|are) to|would|may|might|as soon as|expects? to|(?:to|will) (?:be )?(?:meet|hold|vote|visit|begin|start|open|decide|announce|travel|leave|return|resume|attend|sign))\b/gi;
const PAST =
  /\b(?:said|says|was|were|had|did|has been|have been|told|reported|announced|began|came|went|took|gave|made|met|won|lost|fell|rose|held|left|saw|found|got|became|brought|sent|struck|hit|killed|broke|spoke|wrote|ran|led|paid|sold|bought|built|kept|began|ago|last|earlier|yesterday)\b/gi;

/** Regular past forms (`voted`, `agreed`), lower case so that `United` does not count. */
const PAST_ED = /\b(?!(?:indeed|hundred|need|speed|feed|seed|breed|greed|proceed|exceed|succeed|embed|shed)\b)[a-z]{2,}ed\b/g;

/** How far (in characters) a sentence is searched on each side: keeps the cost linear. */
const MAX_REACH = 400;

/** Start and end of the sentence that contains [start, end), at most {@link MAX_REACH} away. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  const minStart = Math.max(0, start - MAX_REACH);
  const maxEnd = Math.min(text.length, end + MAX_REACH);
  while (s > minStart) {
    const c = text[s - 1];
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && /\s/.test(text[s] ?? ' ') && !/\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Gov|Sen|Rep|U\.S|a\.m|p\.m)\.$/.test(text.slice(Math.max(0, s - 6), s)))) break;
    s--;
  }
  let e = end;
  while (e < maxEnd) {
    const c = text[e];
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && /\s/.test(text[e + 1] ?? ' '))) break;
    e++;
  }
  return { start: s, end: e };
}

/**
 * The tense of the clause around [start, end): the tense cue nearest to the expression on its
 * left within the sentence wins (on its right when there is none on the left); `unknown` when
 * the sentence has no cue.
 */
export function clauseTense(ctx: TimeContext, start: number, end: number): Tense {
  const sent = sentenceAround(ctx.text, start, end);
  const before = ctx.text.slice(sent.start, start);
  const after = ctx.text.slice(end, sent.end);
  const nearestBefore = (re: RegExp): number => {
    let d = Infinity;
    for (const m of before.matchAll(re)) d = Math.min(d, before.length - m.index - m[0].length);
    return d;
  };
  const nearestAfter = (re: RegExp): number => {
    let d = Infinity;
    for (const m of after.matchAll(re)) d = Math.min(d, m.index);
    return d;
  };
  // The governing verb usually precedes a time adverbial: look left first, then right.
  let f = nearestBefore(FUTURE);
  let p = Math.min(nearestBefore(PAST), nearestBefore(PAST_ED));
  if (f === Infinity && p === Infinity) {
    f = nearestAfter(FUTURE);
    p = Math.min(nearestAfter(PAST), nearestAfter(PAST_ED));
  }
  if (f === Infinity && p === Infinity) return 'unknown';
  return f <= p ? 'future' : 'past';
}
