/**
 * The calendar range a fuzzy DATE value covers, for timelines: `2025-W48` -> Monday 24 to
 * Sunday 30 November, `2025-11` -> the month, `2025-Q3`, `2025-H1`, `2025`, `2025-SU`
 * (northern meteorological seasons), `199` (the 1990s), `19` (1900-1999), `2025-W47-WE`.
 * Exact days, times, durations, sets and `*_REF` values have no range.
 */
import { addDays, daysInMonth, formatDay, pad } from './dates.js';
import type { RefDate } from './types.js';

function span(from: RefDate, to: RefDate): { from: string; to: string } {
  return { from: formatDay(from), to: formatDay(to) };
}

function monthsSpan(year: number, first: number, last: number): { from: string; to: string } {
  const endYear = last > 12 ? year + 1 : year;
  const endMonth = last > 12 ? last - 12 : last;
  return { from: `${pad(year, 4)}-${pad(first)}-01`, to: `${pad(endYear, 4)}-${pad(endMonth)}-${pad(daysInMonth(endYear, endMonth))}` };
}

/** Monday of ISO week `week` of ISO year `year`. */
function isoWeekMonday(year: number, week: number): RefDate {
  const jan4: RefDate = { year, month: 1, day: 4 };
  const dow = new Date(Date.UTC(year, 0, 4)).getUTCDay() || 7;
  return addDays(jan4, 1 - dow + (week - 1) * 7);
}

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/** The inclusive ISO-date range of a TIMEX3 date value, or undefined when it is exact or not a date. */
export function valueRange(value: string | null): { from: string; to: string } | undefined {
  if (!value) return undefined;
  // every shape below is 2-8 or 11 characters long: a day or a clock time is none of them
  if (value.length > 8 && value.length !== 11) return undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const mon = isoWeekMonday(Number(m[1]), Number(m[2]));
    return m[3] ? span(addDays(mon, 5), addDays(mon, 6)) : span(mon, addDays(mon, 6));
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return monthsSpan(Number(m[1]), Number(m[2]), Number(m[2]));
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return monthsSpan(Number(m[1]), Number(m[2]) * 3 - 2, Number(m[2]) * 3);
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return monthsSpan(Number(m[1]), Number(m[2]) * 6 - 5, Number(m[2]) * 6);
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const [a, b] = SEASON_MONTHS[m[2] ?? ''] ?? [1, 12];
    return monthsSpan(Number(m[1]), a, b);
  }
  if ((m = /^(\d{4})$/.exec(value))) return monthsSpan(Number(m[1]), 1, 12);
  if ((m = /^(\d{3})$/.exec(value))) return { from: `${m[1]}0-01-01`, to: `${m[1]}9-12-31` };
  if ((m = /^(\d{2})$/.exec(value))) return { from: `${m[1]}00-01-01`, to: `${m[1]}99-12-31` };
  return undefined;
}
