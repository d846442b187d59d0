/**
 * Months and years named relative to the reference: `this month` -> `2025-11`,
 * `last month`, `next month`, `this year` -> `2025`, `last year`, `the current year`,
 * `the next year` (a date when singular; `the next two years` is a duration). `earlier this year`
 * keeps the year's value (the modifier refiner widens the span). `the year` alone is the
 * reference year (`a high for the year`), and a duration before `ended` / `ending`
 * (`for the year ended March 31`, `the fiscal year ending June 30` -> `P1Y`).
 */
import { addMonths, formatMonth, pad } from '../dates.js';
import { candidate, scanContext } from '../scan.js';
import type { Candidate, TimeContext, TimeParser } from '../types.js';

const SOURCE =
  "(this|last|next|the current|the coming|the previous|the prior|the last|the same|the following|the past|this past|this coming|the latest|the full|the current fiscal|this fiscal|last fiscal|next fiscal|the fiscal|the full fiscal|the latest fiscal)(?: calendar)? (month|year)(?:'s)?(?! ago| earlier| later)";

const OFFSETS: Record<string, number> = {
  this: 0, 'the current': 0, 'this fiscal': 0, 'the current fiscal': 0, 'the full': 0, 'the full fiscal': 0, 'the fiscal': 0,
  last: -1, 'the previous': -1, 'the prior': -1, 'last fiscal': -1, 'this past': -1, 'the latest': -1, 'the latest fiscal': -1,
  next: 1, 'the coming': 1, 'this coming': 1, 'next fiscal': 1,
};

/** `the (fiscal) year ended March 31`: a twelve-month period, a duration in TimeML. */
const ENDED = /^\s+(?:ended|ending)\b/i;

/** Parser of relative months and years. */
export const relativeUnitParser: TimeParser = {
  id: 'relative-unit',
  languages: ['en'],
  parse(ctx: TimeContext): Candidate[] {
    const out: Candidate[] = [];
    const ref = ctx.reference;
    for (const sm of scanContext(ctx, "(?:the (?:end|beginning|start|middle|rest|remainder|balance|close|turn) of the (year|month)|(year)[- ]end|(year)'s end)(?! (?:of|to|in) \\d)", false, 'monthYear')) {
      const unit = (sm.m[1] ?? sm.m[2] ?? sm.m[3] ?? '').toLowerCase();
      const value = !ref ? null : unit === 'year' ? pad(ref.year, 4) : formatMonth(ref.year, ref.month);
      out.push(candidate('relative-unit', sm, 'DATE', value, true));
    }
    for (const sm of scanContext(ctx, "the year(?![- ](?:ago|earlier|later|before|after|to|of|\\d|two|nineteen)\\b|[-'’])", false, 'monthYear')) {
      if (ENDED.test(ctx.text.slice(sm.end, sm.end + 8))) {
        out.push(candidate('relative-unit', sm, 'DURATION', 'P1Y', false));
        continue;
      }
      out.push(candidate('relative-unit', sm, 'DATE', ref ? pad(ref.year, 4) : null, true));
    }
    for (const sm of scanContext(ctx, SOURCE, false, 'monthYear')) {
      const det = (sm.m[1] ?? '').toLowerCase();
      const unit = (sm.m[2] ?? '').toLowerCase();
      if (det === 'the past' || det === 'the last' || det === 'the following' || det === 'the same') {
        if (det === 'the past' || det === 'the last') out.push(candidate('relative-unit', trimS(sm), 'DURATION', unit === 'year' ? 'P1Y' : 'P1M', false));
        continue;
      }
      const offset = OFFSETS[det];
      if (offset === undefined) continue;
      if (det === 'the latest' && unit === 'month') continue;
      const span = trimS(sm);
      if (!ref) {
        out.push(candidate('relative-unit', span, 'DATE', null, true));
        continue;
      }
      if (unit === 'year' && /^the /.test(det) && ENDED.test(ctx.text.slice(span.end, span.end + 8))) {
        out.push(candidate('relative-unit', span, 'DURATION', 'P1Y', false));
      } else if (unit === 'year') {
        out.push(candidate('relative-unit', span, 'DATE', pad(ref.year + offset, 4), true));
      } else {
        const m = addMonths(ref.year, ref.month, offset);
        out.push(candidate('relative-unit', span, 'DATE', formatMonth(m.year, m.month), true));
      }
    }
    return out;
  },
};

function trimS(sm: { start: number; end: number; m: RegExpExecArray }): { start: number; end: number } {
  return /'s$/.test(sm.m[0]) ? { start: sm.start, end: sm.end - 2 } : sm;
}
