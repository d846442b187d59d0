/**
 * A simple temporal focus tracker. TimeML anchors anaphoric expressions (`that day`,
 * `the following year`, `the previous Friday`) to the temporal focus, the date the narrative is
 * at: here the last date or time mentioned before the expression with the granularity the
 * expression needs (a day for `the next day`, a month for `that month`, a year for `that year`),
 * and the reference date when the text has mentioned none. Runs after values are written.
 */
import { addDays, addMonths, formatDay, formatMonth, formatWeek, pad, weekdayFrom } from '../dates.js';
import type { Anaphor, Candidate, RefDate, TimeContext, TimeRefiner } from '../types.js';

/** A date the text mentioned, as precise as it was given. */
export interface FocusDate {
  year: number;
  month?: number;
  day?: number;
  /** True when the mention itself depended on the reference date. */
  relative: boolean;
}

/** The calendar date of a DATE / TIME value (`1998-10-23`, `1998-10-23T10:35`, `1998-10`, `1998`), or null. */
export function focusOf(value: string | null): Omit<FocusDate, 'relative'> | null {
  const m = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)/.exec(value) : null;
  if (!m) return null;
  const f: Omit<FocusDate, 'relative'> = { year: Number(m[1]) };
  if (m[2]) f.month = Number(m[2]);
  if (m[3]) f.day = Number(m[3]);
  return f;
}

/** True when `f` is precise enough to anchor an expression of `unit`. */
function fits(f: FocusDate, unit: Anaphor['unit']): boolean {
  if (unit === 'day' || unit === 'week') return f.day !== undefined;
  if (unit === 'month') return f.month !== undefined;
  return true;
}

/** The TIMEX3 value of an anaphor resolved against a focus date that fits it. */
export function resolveAnaphor(a: Anaphor, f: FocusDate): string {
  const day: RefDate = { year: f.year, month: f.month ?? 1, day: f.day ?? 1 };
  if (a.weekday !== undefined) {
    const from = addDays(day, a.offset);
    return formatDay(weekdayFrom(from, a.weekday, a.offset < 0 ? 'past' : 'future'));
  }
  switch (a.unit) {
    case 'day':
      return formatDay(addDays(day, a.offset));
    case 'week':
      return formatWeek(day, a.offset);
    case 'month': {
      const m = addMonths(day.year, day.month, a.offset);
      return formatMonth(m.year, m.month);
    }
    default:
      return pad(f.year + a.offset, 4);
  }
}

/** The focus refiner. */
export const focusRefiner: TimeRefiner = {
  id: 'focus',
  refine(ctx: TimeContext, candidates: Candidate[]): Candidate[] {
    if (!candidates.some((c) => c.anaphor)) return candidates;
    const mentioned: FocusDate[] = [];
    const fromReference: FocusDate | null = ctx.reference ? { ...ctx.reference, relative: true } : null;
    return [...candidates]
      .sort((a, b) => a.start - b.start)
      .map((c) => {
        let out = c;
        if (c.anaphor) {
          const a = c.anaphor;
          let focus: FocusDate | null = null;
          for (let i = mentioned.length - 1; i >= 0 && !focus; i--) if (fits(mentioned[i]!, a.unit)) focus = mentioned[i]!;
          // a weekday keeps its tense-anchored value when the text gives no day to count from
          if (!focus && a.weekday === undefined) focus = fromReference;
          if (focus) out = { ...c, value: resolveAnaphor(a, focus), relative: focus.relative };
        }
        if ((out.type === 'DATE' || out.type === 'TIME') && !out.quarterShift) {
          const f = focusOf(out.value);
          if (f) mentioned.push({ ...f, relative: out.relative });
        }
        return out;
      });
  },
};
