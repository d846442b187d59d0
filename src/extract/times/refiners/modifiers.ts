/**
 * Widens a span over the modifiers TimeML keeps inside it: `early`, `late`, `mid-`,
 * `the end of`, `earlier` (`earlier this year`), `sometime`, approximators (`about`, `nearly`,
 * `more than`, `at least`, `up to`), and `or so` after. The value stays that of the head
 * (`the end of next week` is next week's value).
 */
import type { Candidate, TimeContext, TimeRefiner } from '../types.js';

const BEFORE =
  /(?:\b(?:the (?:very )?(?:end|beginning|start|middle|close|first half|second half|last half|rest|remainder|balance) of(?: the)?|(?:the )?(?:very )?(?:early|late|earlier|later|mid|middle|sometime|some time|around|about|roughly|approximately|nearly|almost|just over|just under|more than|less than|fewer than|no more than|no less than|at least|at most|up to|over|under|only|some|another|a good part of|much of|most of|all of))[\s-])+$/i;
const AFTER = /^(?:,? or so|\s+or (?:more|longer|later|earlier)|\s+and beyond)/i;

/** The modifier refiner. */
export const modifiersRefiner: TimeRefiner = {
  id: 'modifiers',
  refine(ctx: TimeContext, candidates: Candidate[]): Candidate[] {
    return candidates.map((c) => {
      if (c.value === 'PRESENT_REF' || c.value === 'PAST_REF' || c.value === 'FUTURE_REF') return c;
      const before = ctx.text.slice(Math.max(0, c.start - 60), c.start);
      const m = BEFORE.exec(before);
      let start = c.start;
      if (m) {
        const words = m[0];
        // "over", "under", "some", "only", "another" only before durations; "mid" only with "-"
        const durationOnly = /^(?:over|under|some|only|another)\s$/i.test(words);
        // "over the past months": a preposition, not "more than"
        const preposition = /^(?:over|under)\s$/i.test(words) && /^the\b/i.test(ctx.text.slice(c.start, c.end));
        if ((!durationOnly || c.type === 'DURATION') && !preposition) start = c.start - words.length;
        if (/^the (?:end|beginning|start|middle|close|rest|remainder|balance) of $/i.test(words) && c.type === 'DURATION') start = c.start;
      }
      const a = AFTER.exec(ctx.text.slice(c.end, c.end + 20));
      const end = a ? c.end + a[0].length : c.end;
      return start === c.start && end === c.end ? c : { ...c, start, end };
    });
  },
};
