/**
 * TimeML span conventions (as the TimeBank / AQUAINT gold applies them): prepositions and
 * conjunctions are outside the span (`on Friday` -> `Friday`, `at 10:35 a.m.` -> `10:35 a.m.`,
 * `by November 27` -> `November 27`), determiners and modifiers inside (`the third quarter`,
 * `late November`), trailing punctuation and possessive `'s` outside.
 */
import type { Candidate, TimeContext, TimeRefiner } from '../types.js';

const LEADING = /^(?:(?:on|at|in|by|since|until|till|from|during|for|of|before|after|around the|and|or|to|through|throughout|within|starting|beginning|as of|effective)\s+)+/i;
const TRAILING = /(?:[\s,;:!?)"'”’]+|'s|’s)+$/;
/** A final dot belongs to the span only after an abbreviation (`a.m.`, `Sept.`). */
const ABBREVIATION_DOT = /(?:\b[ap]\.m|\b[A-Z][a-z]{0,3}|\b[A-Za-z])\.$/;

/** Removes leading prepositions and trailing punctuation from a span. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  const lead = LEADING.exec(text.slice(s, e));
  if (lead && lead[0].length < e - s) s += lead[0].length;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  for (let i = 0; i < 3; i++) {
    const trail = TRAILING.exec(text.slice(s, e));
    if (trail && trail[0].length < e - s) e -= trail[0].length;
    if (text[e - 1] === '.' && !ABBREVIATION_DOT.test(text.slice(s, e)) && e - 1 > s) e -= 1;
    else if (!trail) break;
  }
  return { start: s, end: e };
}

/** The span-trim refiner. */
export const spanTrimRefiner: TimeRefiner = {
  id: 'span-trim',
  refine(ctx: TimeContext, candidates: Candidate[]): Candidate[] {
    return candidates.map((c) => ({ ...c, ...trimSpan(ctx.text, c.start, c.end) }));
  },
};
