/**
 * Widens a span over the modifiers TimeML keeps inside it: `early`, `late`, `mid-`,
 * `the end of`, `earlier` (`earlier this year`), `sometime`, approximators (`nearly`,
 * `more than`, `at least`, `up to`), `year-earlier` before a duration (`the year-earlier nine
 * months`), and `or so` after. The value stays that of the head (`the end of next week` is next
 * week's value). As in the TimeBank / AQUAINT gold, `about`, `almost` and `only` stay outside
 * (`about three weeks` -> `three weeks`), and so do `earlier` / `later` before a weekday
 * (`Earlier Friday, police said`), a sentence adverb there.
 */
import { WEEKDAY } from '../lexicon.js';
import type { Candidate, TimeContext, TimeRefiner } from '../types.js';

const BEFORE =
  /(?:(?<!-)\b(?:the (?:very )?(?:end|beginning|start|middle|close|first half|second half|last half|rest|remainder|balance) of(?: the)?|(?:the )?(?:very )?(?:early|late|earlier|later|mid|middle|sometime|some time|around|roughly|approximately|nearly|just over|just under|more than|less than|fewer than|no more than|no less than|at least|at most|up to|over|under|some|another|a good part of|much of|most of|all of)|(?:the )?(?:year|quarter)-(?:earlier|ago))[\s-])+$/i;
/**
 * The last word of each modifier {@link BEFORE} knows: a match ends with one of them and a space
 * or hyphen, and no letter stands right before it (a word boundary, a space or a hyphen does).
 */
const MODIFIER_ENDS = new Set([
  'of', 'the', 'early', 'late', 'earlier', 'later', 'mid', 'middle', 'sometime', 'time', 'around', 'roughly', 'approximately',
  'nearly', 'over', 'under', 'than', 'least', 'most', 'to', 'some', 'another', 'ago',
]);
const SEPARATOR = /[\s-]/;

/** True for the code unit of an ASCII letter. */
const asciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * False when {@link BEFORE} cannot match `before`: it does not end with a modifier's last word
 * and a space or hyphen. Most expressions follow a preposition (`on`, `in`), which rules the
 * costly pattern out at once.
 */
export function mayEndWithModifier(before: string): boolean {
  const n = before.length;
  if (n < 2 || !SEPARATOR.test(before[n - 1]!)) return false;
  let k = n - 1;
  while (k > 0 && asciiLetter(before.charCodeAt(k - 1))) k--;
  return MODIFIER_ENDS.has(before.slice(k, n - 1).toLowerCase());
}

const WEEKDAY_START = new RegExp(`^${WEEKDAY}`);
const AFTER = /^(?:,? or so|\s+or (?:more|longer|later|earlier)|\s+and beyond)/i;

/** The modifier refiner. */
export const modifiersRefiner: TimeRefiner = {
  id: 'modifiers',
  refine(ctx: TimeContext, candidates: Candidate[]): Candidate[] {
    return candidates.map((c) => {
      if (c.value === 'PRESENT_REF' || c.value === 'PAST_REF' || c.value === 'FUTURE_REF') return c;
      const before = ctx.text.slice(Math.max(0, c.start - 60), c.start);
      const m = mayEndWithModifier(before) ? BEFORE.exec(before) : null;
      let start = c.start;
      if (m) {
        const words = m[0];
        // "over", "under", "some", "another", "year-earlier" only before durations; "mid" only with "-"
        const durationOnly = /^(?:over|under|some|another)\s$|-(?:earlier|ago)\s$/i.test(words);
        // "over the past months": a preposition, not "more than"
        const preposition = /^(?:over|under)\s$/i.test(words) && /^the\b/i.test(ctx.text.slice(c.start, c.end));
        // "Earlier Friday, police said": a sentence adverb, outside the weekday's span
        const adverb = /^(?:earlier|later)\s$/i.test(words) && WEEKDAY_START.test(ctx.text.slice(c.start, c.end));
        // "get around Wednesday's ruling": before a possessive, "around" is a preposition
        const possessive = /^(?:around|roughly|approximately|nearly|some|over|under)\s$/i.test(words) && /^['’]s\b/.test(ctx.text.slice(c.end, c.end + 3));
        if ((!durationOnly || c.type === 'DURATION') && !preposition && !adverb && !possessive) start = c.start - words.length;
        if (/^the (?:end|beginning|start|middle|close|rest|remainder|balance) of $/i.test(words) && c.type === 'DURATION') start = c.start;
      }
      const a = AFTER.exec(ctx.text.slice(c.end, c.end + 20));
      const end = a ? c.end + a[0].length : c.end;
      return start === c.start && end === c.end ? c : { ...c, start, end };
    });
  },
};
