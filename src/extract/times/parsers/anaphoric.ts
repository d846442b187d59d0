/**
 * Anaphoric expressions, which TimeML anchors to the temporal focus (the last date the text
 * mentioned) rather than to the document date: `that day`, `the same day`, `the following day`,
 * `the next day`, `the previous day`, `that week`, `the following week`, `that month`,
 * `the same month`, `the previous month`, `that year`, `the following year`, `the prior year`.
 * `earlier that day` / `later that year` get their modifier from the modifier refiner. The value
 * is written by the focus refiner.
 */
import { candidate, scanContext } from '../scan.js';
import type { Anaphor, Candidate, TimeContext, TimeParser } from '../types.js';

const SOURCE =
  '(that|the same|the following|the next|the previous|the prior|the preceding) (day|week|month|year)(?![- ](?:ago|earlier|later|old)\\b)(?! (?:or so|and a half)\\b)' +
  '|the (day|week|month|year) (before|after)(?=\\s*[,.;:!?)"\'”’]|\\s*$)';

const OFFSETS: Record<string, number> = {
  that: 0, 'the same': 0, 'the following': 1, 'the next': 1, 'the previous': -1, 'the prior': -1, 'the preceding': -1,
  before: -1, after: 1,
};

/** Parser of expressions anchored to the temporal focus. */
export const anaphoricParser: TimeParser = {
  id: 'anaphoric',
  languages: ['en'],
  parse(ctx: TimeContext): Candidate[] {
    const out: Candidate[] = [];
    for (const sm of scanContext(ctx, SOURCE, false, 'unit')) {
      const [, det, unitA, unitB, side] = sm.m;
      const unit = (unitA ?? unitB ?? '').toLowerCase() as Anaphor['unit'];
      const offset = OFFSETS[(det ?? side ?? '').toLowerCase()];
      if (offset === undefined) continue;
      // "the next year" is as often the coming twelve months as the year after the focus
      if (/^the next$/i.test(det ?? '') && unit !== 'day') continue;
      // "the next day or two", "the next year's budget" stay with the duration and relative parsers
      if (/^(?:the next|the following) /i.test(sm.m[0]) && /^ (?:or|to) \w/i.test(ctx.text.slice(sm.end, sm.end + 8))) continue;
      out.push(candidate('anaphoric', sm, 'DATE', null, true, { priority: 3, anaphor: { unit, offset } }));
    }
    return out;
  },
};
