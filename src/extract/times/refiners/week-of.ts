/**
 * `the week of March 6` is a week, not a day: a day value right after `the week of` (or
 * `the weekend of`) takes the whole phrase as its span and the ISO week (or weekend) as value.
 */
import { formatWeek } from '../dates.js';
import type { Candidate, TimeContext, TimeRefiner } from '../types.js';

const BEFORE = /\b(the )?week(end)? of\s+$/i;

/** The week-of refiner (runs after values are written). */
export const weekOfRefiner: TimeRefiner = {
  id: 'week-of',
  refine(ctx: TimeContext, candidates: Candidate[]): Candidate[] {
    return candidates.map((c) => {
      const m = c.value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(c.value) : null;
      if (!m) return c;
      const before = BEFORE.exec(ctx.text.slice(Math.max(0, c.start - 20), c.start));
      if (!before) return c;
      const week = formatWeek({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
      return { ...c, start: c.start - before[0].length, value: before[2] ? `${week}-WE` : week };
    });
  },
};
