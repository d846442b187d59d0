/**
 * Named days of the (mostly US and Christian) calendar that news dates events by:
 * `Christmas`, `New Year's Day`, `Thanksgiving`, `Easter`, `Election Day`, `Labor Day`,
 * `Independence Day`, `Memorial Day`, `Halloween`, `Valentine's Day`. With `last` / `next`
 * the previous / following occurrence, otherwise the nearest one to the reference in the clause's
 * tense; `Easter week` is the ISO week of Easter Sunday (the reference's own week when it is that week).
 */
import { addDays, compareDays, formatDay, formatWeek, weekday } from '../dates.js';
import { candidate, scanContext } from '../scan.js';
import { clauseTense } from '../tense.js';
import type { Candidate, RefDate, TimeContext, TimeParser } from '../types.js';

/** The `n`-th (1-based; -1 = last) weekday `dow` of a month. */
function nthWeekday(year: number, month: number, dow: number, n: number): RefDate {
  if (n > 0) {
    const first: RefDate = { year, month, day: 1 };
    return addDays(first, ((dow - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = addDays({ year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 }, -1);
  return addDays(last, -((weekday(last) - dow + 7) % 7));
}

/** Easter Sunday (Gregorian computus). */
export function easter(year: number): RefDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

const HOLIDAYS: Array<[RegExp, (y: number) => RefDate]> = [
  [/^christmas(?: day)?$/i, (y) => ({ year: y, month: 12, day: 25 })],
  [/^christmas eve$/i, (y) => ({ year: y, month: 12, day: 24 })],
  [/^new year's eve$/i, (y) => ({ year: y, month: 12, day: 31 })],
  [/^new year's(?: day)?$/i, (y) => ({ year: y, month: 1, day: 1 })],
  [/^thanksgiving(?: day)?$/i, (y) => nthWeekday(y, 11, 4, 4)],
  [/^easter(?: sunday)?$/i, (y) => easter(y)],
  [/^good friday$/i, (y) => addDays(easter(y), -2)],
  [/^election day$/i, (y) => addDays(nthWeekday(y, 11, 1, 1), 1)],
  [/^labou?r day$/i, (y) => nthWeekday(y, 9, 1, 1)],
  [/^memorial day$/i, (y) => nthWeekday(y, 5, 1, -1)],
  [/^independence day$/i, (y) => ({ year: y, month: 7, day: 4 })],
  [/^(?:the )?fourth of july$/i, (y) => ({ year: y, month: 7, day: 4 })],
  [/^halloween$/i, (y) => ({ year: y, month: 10, day: 31 })],
  [/^valentine's day$/i, (y) => ({ year: y, month: 2, day: 14 })],
];

const SOURCE =
  "(?:([Ll]ast|[Nn]ext|[Tt]his) )?(Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)?|Thanksgiving(?: Day)?|Easter(?: Sunday)?|Good Friday|Election Day|Labou?r Day|Memorial Day|Independence Day|[Tt]he Fourth of July|Halloween|Valentine's Day)( week(?:end)?)?(?:,? (1[5-9]\\d\\d|20\\d\\d))?";

/** Parser of holidays. */
export const holidayParser: TimeParser = {
  id: 'holiday',
  languages: ['en'],
  parse(ctx: TimeContext): Candidate[] {
    const out: Candidate[] = [];
    for (const sm of scanContext(ctx, SOURCE, true, 'holiday')) {
      const [, mod, name, weekWord, yearStr] = sm.m;
      const rule = HOLIDAYS.find(([re]) => re.test(name ?? ''));
      if (!rule) continue;
      const ref = ctx.reference;
      let date: RefDate | null = null;
      if (yearStr) date = rule[1](Number(yearStr));
      else if (ref) {
        const options = [ref.year - 1, ref.year, ref.year + 1].map((y) => rule[1](y));
        const m = (mod ?? '').toLowerCase();
        const tense = clauseTense(ctx, sm.start, sm.end);
        const past = options.filter((d) => compareDays(d, ref) <= 0);
        const future = options.filter((d) => compareDays(d, ref) >= 0);
        // "as Easter week began": the holiday's week may be the reference's own week
        const sameWeek = weekWord && !m ? options.find((d) => formatWeek(d) === formatWeek(ref)) : undefined;
        if (sameWeek) date = sameWeek;
        else if (m === 'last' || (!m && tense === 'past')) date = past[past.length - 1] ?? null;
        else if (m === 'next' || (!m && tense === 'future')) date = future[0] ?? null;
        else date = options.reduce((a, b) => (Math.abs(compareDays(a, ref)) <= Math.abs(compareDays(b, ref)) ? a : b));
      }
      const value = !date ? null : weekWord?.trim() === 'week' ? formatWeek(date) : weekWord ? `${formatWeek(date)}-WE` : formatDay(date);
      out.push(candidate('holiday', sm, 'DATE', value, !yearStr));
    }
    return out;
  },
};
