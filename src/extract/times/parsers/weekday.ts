/**
 * Weekday names, optionally with a part of day or a modifier: `Friday`, `Friday morning`,
 * `last Friday`, `next Thursday`, `this coming Sunday`. The date is left to the tense refiner:
 * `said Friday` is the latest Friday on or before the reference, `will meet Friday` the next.
 */
import { PARTS_OF_DAY, WEEKDAY, weekdayValue } from '../lexicon.js';
import { candidate, scanContext } from '../scan.js';
import type { Candidate, DateFields, TimeContext, TimeParser } from '../types.js';

const SOURCE =
  `(?:([Ll]ast|[Nn]ext|[Tt]his(?: coming| past)?|[Tt]he (?:previous|following|next|preceding)|[Cc]oming|[Pp]ast) )?(${WEEKDAY})(?:'s)?(?: (morning|afternoon|evening|night))?`;

/** Parser of weekday names (case-sensitive: `Friday`, not `friday`). */
export const weekdayParser: TimeParser = {
  id: 'weekday',
  languages: ['en'],
  parse(ctx: TimeContext): Candidate[] {
    const out: Candidate[] = [];
    for (const sm of scanContext(ctx, SOURCE, true, 'weekday')) {
      const [, mod, day, part] = sm.m;
      const wd = weekdayValue(day ?? '');
      if (wd === null) continue;
      const fields: DateFields = { weekday: wd };
      const m = (mod ?? '').toLowerCase();
      if (m === 'last' || m === 'past' || m === 'this past' || m === 'the previous' || m === 'the preceding') fields.direction = 'past';
      else if (m === 'next' || m === 'coming' || m === 'this coming' || m === 'the following' || m === 'the next') fields.direction = 'future';
      if (m === 'last' || m === 'the previous' || m === 'the preceding') fields.weekOffset = -1; // strictly before the reference
      if (m === 'next' || m === 'the following' || m === 'the next') fields.weekOffset = 1; // strictly after
      // "Wednesday's ruling": a possessive weekday names something that has happened
      if (!m && /'s$/.test(sm.m[0])) fields.direction = 'past';
      if (part) fields.partOfDay = PARTS_OF_DAY[part.toLowerCase()];
      // "the previous Friday", "the following Monday": relative to the date in focus (focus refiner)
      const anaphor = /^the (?:previous|preceding|following)$/.test(m) ? { anaphor: { unit: 'day' as const, offset: m === 'the following' ? 1 : -1, weekday: wd } } : {};
      out.push(candidate('weekday', sm, part ? 'TIME' : 'DATE', null, true, { fields, ...anaphor }));
    }
    return out;
  },
};
