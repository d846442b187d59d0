/**
 * Anchors what the text left open by the tense of its clause: a weekday (`said Friday` is the
 * latest Friday on or before the reference, `will meet Friday` the first on or after it;
 * `last Friday` strictly before, `next Friday` strictly after), a year-less month or day
 * (`in April`, `Nov. 17`: the nearest such date, the coming one in a future clause, the past one
 * in a past clause), and a clock time with no day (the reference day). What a postponement puts
 * off `until` a day (`extended the deadline until Tuesday`) lies ahead whatever the tense.
 */
import { addDays, compareDays, weekday, weekdayFrom } from '../dates.js';
import { clauseCue } from '../tense.js';
import type { Candidate, DateFields, RefDate, Tense, TimeContext, TimeRefiner } from '../types.js';

/** What anchors an open date: a clause tense, a deadline, `since`, or a completed (present perfect) event. */
export type AnchorTense = Tense | 'deadline' | 'since' | 'completed';

/**
 * Fills `year` for a month (and day) with no year. A day (`Nov. 17`) takes the year that puts
 * it nearest to the reference, on the side the clause's tense points to when it is within ten
 * months. A month alone (`in April`) takes the reference year, unless a future clause (or a
 * deadline: `by`, `until`, `through`) names an earlier month (next year's), `since` a later one,
 * or a past clause a month more than one ahead (last year's: the next month under a past verb
 * is a plan reported, `told clients of cuts in September` in August). `tense` is `past`, `future`, `deadline`, `since`,
 * `completed` or `unknown`.
 */
export function anchorYear(ref: RefDate, month: number, day: number | undefined, tense: AnchorTense): number {
  if (day === undefined) {
    if ((tense === 'deadline' || tense === 'future') && month < ref.month) return ref.year + 1;
    if ((tense === 'since' || tense === 'completed') && month > ref.month) return ref.year - 1;
    // a past clause and a month just ahead ("told clients of cuts in September", in August):
    // a plan reported, not last year's month
    if (tense === 'past' && month > ref.month + 1) return ref.year - 1;
    return ref.year;
  }
  // The day in the year before, the reference's year and the year after: days from the reference.
  const years = [ref.year - 1, ref.year, ref.year + 1];
  const diffs = [dayDiff(years[0], month, day, ref), dayDiff(years[1], month, day, ref), dayDiff(years[2], month, day, ref)];
  if (tense === 'future') {
    // the first on or after the reference
    for (let k = 0; k < 3; k++) {
      if (!(diffs[k] >= 0)) continue;
      if (diffs[k] < 300) return years[k];
      break;
    }
  }
  if (tense === 'past' || tense === 'completed') {
    // the last on or before the reference
    for (let k = 2; k >= 0; k--) {
      if (!(diffs[k] <= 0)) continue;
      if (diffs[k] > -300) return years[k];
      break;
    }
  }
  let best = 1;
  for (let k = 0; k < 3; k++) if (Math.abs(diffs[k]) < Math.abs(diffs[best])) best = k;
  return years[best];
}

/** Days from `ref` to `month`/`day` of `year` (negative before it). */
function dayDiff(year: number, month: number, day: number, ref: RefDate): number {
  return compareDays({ year, month, day }, ref) / 86400000;
}

/** Clock time that may stand between a deadline word and a weekday (`until 9 a.m. EST Tuesday`). */
const CLOCK_GAP = '(?:(?:\\d{1,2}(?::\\d\\d)?\\s*[ap]\\.?m\\.?|noon|midnight)\\s+(?:[A-Z]{2,4}\\s+)?)?';
/** A deadline right before the expression: forward-looking whatever the clause's tense. */
const DEADLINE_BEFORE = new RegExp(`\\b(?:by|until|till|before)\\s+(?:mid-?\\s*|early\\s+|late\\s+)?${CLOCK_GAP}$`, 'i');
/** `through`: the end of a span, forward-looking unless the clause is past (`rose this year through August`). */
const THROUGH_BEFORE = new RegExp(`\\bthrough\\s+${CLOCK_GAP}$`, 'i');
const SINCE_BEFORE = /\bsince\s+$/i;

/** A postponement: whatever the tense, what is put off `until` a day lies ahead (`extended its deadline until 9 a.m. Tuesday`). */
const POSTPONED = /\b(?:extend(?:s|ed)?|postpon(?:e|es|ed)|delay(?:s|ed)?|defer(?:s|red)?|adjourn(?:s|ed)?|recess(?:es|ed)?|suspend(?:s|ed)?|put off|push(?:es|ed)? back|gave|given|give[sn]?)\b[^.;:!?]{0,60}\b(?:until|till)\s+(?:\S+\s+){0,4}$/i;

/** True when the expression at `start` ends a postponement (`postponed until Tuesday morning`). */
export function postponed(text: string, start: number): boolean {
  return POSTPONED.test(text.slice(Math.max(0, start - 100), start));
}

/**
 * The tense that anchors an open expression: the clause's tense, except that `since` points
 * back, `effective` (a change taking effect) takes the nearest date, and a deadline points
 * forward: `by` / `until` before a month always (`gave them until mid-November`), before a
 * weekday (a few days either way) and `through` unless the clause is past (`had filed reports
 * by Wednesday`, `rose this year through August`); a present perfect does not count as past
 * there (`has given them until Tuesday`).
 */
export function anchorTense(ctx: TimeContext, start: number, end: number, weekday = false): AnchorTense {
  const before = ctx.text.slice(Math.max(0, start - 24), start);
  if (SINCE_BEFORE.test(before)) return 'since';
  if (/\beffective\s+$/i.test(before)) return 'unknown';
  const deadline = DEADLINE_BEFORE.test(before);
  if (deadline && !weekday) return 'deadline';
  const cue = clauseCue(ctx, start, end);
  if ((deadline || THROUGH_BEFORE.test(before)) && (!cue || cue.tense === 'future' || cue.perfect)) return 'deadline';
  if (deadline && postponed(ctx.text, start)) return 'deadline';
  // a present perfect is done by now: its month cannot lie ahead
  if (cue?.perfect && cue.tense === 'past') return 'completed';
  return cue?.tense ?? 'unknown';
}

function anchor(ctx: TimeContext, c: Candidate, f: DateFields, ref: RefDate): DateFields {
  const out: DateFields = { ...f };
  if (f.weekday !== undefined && f.day === undefined) {
    let date: RefDate;
    if (f.weekOffset === -1) date = weekdayFrom(addDays(ref, -1), f.weekday, 'past');
    else if (f.weekOffset === 1) date = weekdayFrom(addDays(ref, 1), f.weekday, 'future');
    else if (weekday(ref) === f.weekday) date = ref; // the reference's own weekday: the same day either way
    else {
      const tense = f.direction === 'past' || f.direction === 'future' ? f.direction : anchorTense(ctx, c.start, c.end, true);
      date = weekdayFrom(ref, f.weekday, tense === 'future' || tense === 'deadline' ? 'future' : 'past');
    }
    out.year = date.year;
    out.month = date.month;
    out.day = date.day;
    return out;
  }
  if (f.month !== undefined && f.year === undefined) {
    out.year = anchorYear(ref, f.month, f.day, anchorTense(ctx, c.start, c.end));
    return out;
  }
  if (f.hour !== undefined && f.day === undefined && f.month === undefined) {
    out.year = ref.year;
    out.month = ref.month;
    out.day = ref.day;
    out.dayFromReference = true;
  }
  return out;
}

/** The tense refiner. Candidates that need an anchor get `relative: true`. */
export const tenseWeekdayRefiner: TimeRefiner = {
  id: 'tense-weekday',
  refine(ctx: TimeContext, candidates: Candidate[]): Candidate[] {
    const ref = ctx.reference;
    return candidates.map((c) => {
      if (!c.fields || !ref) return c;
      const needs = (c.fields.weekday !== undefined && c.fields.day === undefined) || (c.fields.month !== undefined && c.fields.year === undefined) || (c.fields.hour !== undefined && c.fields.day === undefined);
      if (!needs) return c;
      return { ...c, relative: true, fields: anchor(ctx, c, c.fields, ref) };
    });
  },
};
