/**
 * Points a stated distance before or after the reference: `three days ago` (a day),
 * `six weeks ago` (a week), `two months ago` (a month), `a year ago` / `a year earlier` (a year),
 * `a decade ago` (a year), `in two weeks` is left to durations. Vague distances
 * (`years ago`, `several months ago`) are PAST_REF.
 */
import { addDays, addMonths, formatDay, formatMonth, formatWeek, pad } from '../dates.js';
import { NUMBER, numberValue, unitName } from '../lexicon.js';
import { candidate, scanContext } from '../scan.js';
import type { Candidate, RefDate, TimeContext, TimeParser } from '../types.js';

const SOURCE =
  `(?:(${NUMBER}|several|a few|few|many|some|a number of)(?:[- ]or[- ]so)? )?((?:trading |business |calendar )?(?:days?|weeks?|months?|years?|decades?|centur(?:y|ies)))(?: or so)? (ago|earlier|later|from now|hence)`;

/** The point `n` units away from `ref` at the unit's own granularity, or null. */
export function shiftValue(ref: RefDate, n: number, unit: string): string | null {
  if (!Number.isFinite(n) || n !== Math.floor(n)) {
    if (unit === 'year') return pad(Math.round(ref.year + n), 4);
    return null;
  }
  switch (unit) {
    case 'day':
      return formatDay(addDays(ref, n));
    case 'week':
      return formatWeek(ref, n);
    case 'month': {
      const m = addMonths(ref.year, ref.month, n);
      return formatMonth(m.year, m.month);
    }
    case 'year':
      return pad(ref.year + n, 4);
    case 'decade':
      return pad(ref.year + 10 * n, 4);
    case 'century':
      return pad(ref.year + 100 * n, 4);
    default:
      return null;
  }
}

/** Parser of `N units ago / earlier / later / from now`. */
export const agoParser: TimeParser = {
  id: 'ago',
  languages: ['en'],
  parse(ctx: TimeContext): Candidate[] {
    const out: Candidate[] = [];
    for (const sm of scanContext(ctx, SOURCE, false, 'ago')) {
      const [, qty, unitWord, dir] = sm.m;
      const unit = unitName((unitWord ?? '').replace(/^(?:trading|business|calendar) /i, ''));
      const n = qty ? numberValue(qty) : null;
      const sign = /^(?:ago|earlier)$/i.test(dir ?? '') ? -1 : 1;
      // "three days later" is a duration and a signal in TimeML; only a year earlier/later is a date
      if (/^(?:earlier|later)$/i.test(dir ?? '') && !(unit === 'year' && qty && numberValue(qty) === 1)) continue;
      if (n === null && !qty) {
        // bare "days later" / "years ago"
        if (sign < 0 && /^ago$/i.test(dir ?? '')) out.push(candidate('ago', sm, 'DATE', 'PAST_REF', false));
        continue;
      }
      if (n === null) {
        out.push(candidate('ago', sm, 'DATE', sign < 0 ? 'PAST_REF' : 'FUTURE_REF', false));
        continue;
      }
      const value = ctx.reference ? shiftValue(ctx.reference, sign * n, unit) : null;
      out.push(
        candidate('ago', sm, 'DATE', value, true, unit === 'year' && n === 1 ? { quarterShift: { years: sign } } : {}),
      );
    }
    return out;
  },
};
