/**
 * Days named relative to the reference: `today`, `yesterday`, `tomorrow`, `tonight`,
 * `this morning`, `last night`, `yesterday afternoon`, `mid-afternoon yesterday`, `the day before yesterday`,
 * and `mid-afternoon` / `midmorning` alone (the reference day's, as a clock time with no day).
 * Parts of day give TIME values (`1998-02-13TMO`, `tonight` -> `...TNI`).
 */
import { addDays, formatDay } from '../dates.js';
import { PARTS_OF_DAY } from '../lexicon.js';
import { candidate, scanContext } from '../scan.js';
import type { Candidate, TimeContext, TimeParser } from '../types.js';

const PART = '(?:morning|afternoon|evening|night|midday)';
const SOURCE =
  `(?:the day (?:before|after) )?(?:today|yesterday|tomorrow)(?: ${PART})?` +
  `|(?:this|tomorrow|yesterday) ${PART}|tonight|last (?:night|evening)|overnight(?= (?:on|in|to|from|and)\\b|[.,;])` +
  `|(?:the )?day before yesterday|(?:mid-?|early |late )(?:afternoon|morning|evening) (?:today|yesterday|tomorrow)\\b` +
  `|mid-? ?(?:afternoon|morning)\\b|midafternoon|midmorning`;

/** Parser of today / yesterday / tomorrow / tonight and parts of those days. */
export const dayRelativeParser: TimeParser = {
  id: 'day-relative',
  languages: ['en'],
  parse(ctx: TimeContext): Candidate[] {
    const out: Candidate[] = [];
    for (const sm of scanContext(ctx, SOURCE, false, 'dayRelative')) {
      const s = sm.m[0].toLowerCase();
      let offset = 0;
      if (s.includes('yesterday') || s.startsWith('last ')) offset = -1;
      if (s.includes('tomorrow')) offset = 1;
      if (s.includes('day before yesterday')) offset = -2;
      if (s.includes('day after tomorrow')) offset = 2;
      const part =
        /(morning|afternoon|evening|night|midday)(?: (?:today|yesterday|tomorrow))?$/.exec(s)?.[1] ?? (s === 'tonight' || s === 'overnight' ? 'night' : undefined);
      const ref = ctx.reference;
      let value: string | null = null;
      if (ref) {
        value = formatDay(addDays(ref, offset));
        if (part) value += `T${PARTS_OF_DAY[part]}`;
      }
      out.push(candidate('day-relative', sm, part ? 'TIME' : 'DATE', value, true));
    }
    return out;
  },
};
