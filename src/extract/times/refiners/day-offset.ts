/**
 * `the day before last Tuesday's hearing`, `two days after Jan. 5`, `a week before Nov. 3`: a
 * stated distance right before a day turns the day into another day. The phrase becomes one
 * DATE expression (TimeML marks it whole) whose value is the day moved by the distance; the
 * pieces inside it (`two days`, `the day before`) are dropped.
 */
import { addDays, formatDay } from '../dates.js';
import { NUMBER, numberValue } from '../lexicon.js';
import type { Candidate, TimeContext, TimeRefiner } from '../types.js';

const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})$/;
const OFFSET_BEFORE = new RegExp(`\\b(?:(the|a|one|${NUMBER}) )(days?|weeks?) (before|after)\\s+$`, 'i');

/** The distance in days of `the day`, `two days`, `a week` (null when not a number). */
export function offsetDays(qty: string, unit: string): number | null {
  const n = /^(?:the|a|one)$/i.test(qty) ? 1 : numberValue(qty);
  if (n === null || n <= 0) return null;
  // "the days before" is vague, "the weeks before" too
  if (/^the$/i.test(qty) && /s$/i.test(unit)) return null;
  return n * (/^week/i.test(unit) ? 7 : 1);
}

/** The day-offset refiner (runs after values are written). */
export const dayOffsetRefiner: TimeRefiner = {
  id: 'day-offset',
  refine(ctx: TimeContext, candidates: Candidate[]): Candidate[] {
    const widened: Candidate[] = [];
    const out = candidates.map((c) => {
      const m = c.type === 'DATE' && c.value ? DAY_VALUE.exec(c.value) : null;
      if (!m) return c;
      const before = OFFSET_BEFORE.exec(ctx.text.slice(Math.max(0, c.start - 40), c.start));
      if (!before) return c;
      const days = offsetDays(before[1] ?? '', before[2] ?? '');
      if (days === null) return c;
      // "200 shares a day after March 3": a rate, not a distance
      const phraseStart = c.start - before[0].length;
      if (/^an?$/i.test(before[1] ?? '') && /(?:\d|[a-z]s)\s+$/i.test(ctx.text.slice(Math.max(0, phraseStart - 12), phraseStart))) return c;
      const sign = /^after$/i.test(before[3] ?? '') ? 1 : -1;
      const day = addDays({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, sign * days);
      const w: Candidate = { ...c, start: phraseStart, value: formatDay(day) };
      widened.push(w);
      return w;
    });
    if (widened.length === 0) return candidates;
    // what the widened phrases swallowed goes
    return out.filter((c) => widened.includes(c) || !widened.some((w) => c.start < w.end && w.start < c.end));
  },
};
