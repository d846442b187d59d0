/**
 * Times of day as ranges of hours, so that outlets timing the same act on the same day can be
 * compared: "3 a.m." / "5 a.m." and "Monday morning" / "Monday afternoon" disagree, "Monday
 * morning" / "9 a.m." and "around 11 a.m." / "noon" agree. TIMEX values carry the clock time
 * (`T03:00`) or the part of the day (`TMO`); "early" and "late", which the value leaves out,
 * are read from the words. Different days are a disagreement on their own (see `verdict.ts`).
 * Pure.
 */

/** A time a claim states: its TIMEX value and the words it was read from. */
export interface StatedTime {
  value: string;
  /** The time expression as written ("early Friday morning", "3 a.m."). */
  text: string;
  /** A few words right before the expression ("early", "around", "late on"). */
  before: string;
}

/** Hours of the day (0-24; past 24 is the small hours after midnight) each TIMEX part of the day covers. */
const PARTS: Record<string, [number, number]> = {
  MO: [5, 12],
  MI: [11, 13],
  AF: [12, 18],
  EV: [17, 22],
  NI: [18, 29],
  DT: [7, 19],
};

/** The narrower hours "early" and "late" leave of a part of the day (or of the whole day). */
const EARLY: Record<string, [number, number]> = { DAY: [0, 9], MO: [3, 9], AF: [12, 15], EV: [17, 20], NI: [18, 22] };
const LATE: Record<string, [number, number]> = { DAY: [17, 29], MO: [9, 12], AF: [15, 18], EV: [20, 23], NI: [21, 29] };

/** Half the gap under which two clock times still name the same moment (rounding): "3 a.m." meets "3:30 a.m.", not "4 a.m.". */
const CLOCK_SLACK = 0.5;
/** The slack of an approximate clock time ("around 11 a.m.", "about 1100 hrs"). */
const ABOUT_SLACK = 1;
const ABOUT = /\b(?:about|around|approximately|roughly|some|circa|shortly (?:before|after)|just (?:before|after))\s*$/i;
const EARLY_WORD = /\bearly\b/i;
const LATE_WORD = /\blate\b/i;
const MIDDAY = /\bmid-?day\b/i;
/** Named time zones: times given in different zones are not compared. */
export const ZONE = /\b(?:GMT|UTC|[ECMP][SD]?T|IST|BST|CET|CEST|EET|local time)\b/;

/**
 * The hours of the day a stated time allows, or null when it names no part of the day (a bare
 * date). Clock times get a little slack either side, more when hedged ("around").
 */
export function hoursOf(t: StatedTime): [number, number] | null {
  const clock = /T(\d{2}):(\d{2})/.exec(t.value);
  // "midday" is written T12:00 but means the hours around noon.
  if (clock && MIDDAY.test(t.text)) return PARTS.MI;
  if (clock) {
    const h = Number(clock[1]) + Number(clock[2]) / 60;
    const slack = ABOUT.test(t.before) || ABOUT.test(t.text.slice(0, 12)) ? ABOUT_SLACK : CLOCK_SLACK;
    return [h - slack, h + slack];
  }
  const part = /T(MO|MI|AF|EV|NI|DT)\b/.exec(t.value)?.[1] ?? 'DAY';
  const words = `${t.before} ${t.text}`;
  if (EARLY_WORD.test(words) && EARLY[part]) return EARLY[part];
  if (LATE_WORD.test(words) && LATE[part]) return LATE[part];
  return part === 'DAY' ? null : PARTS[part];
}

/**
 * True when two ranges of hours overlap (touching ends is not enough: a morning ends where the
 * afternoon begins), the small hours after midnight also read as 24-29.
 */
function hoursMeet(x: readonly [number, number], y: readonly [number, number]): boolean {
  return [-24, 0, 24].some((shift) => x[0] < y[1] + shift && y[0] + shift < x[1]);
}

/** The time zone a time names ("GMT", "local time"), or an empty string. */
function zoneOf(t: StatedTime): string {
  return ZONE.exec(t.text)?.[0] ?? '';
}

/**
 * True when two times stated for the same day can be one moment: either names no part of the
 * day, they are given in different time zones, or their hours meet.
 */
export function timesOfDayMeet(x: StatedTime, y: StatedTime): boolean {
  if (zoneOf(x) !== zoneOf(y)) return true;
  const hx = hoursOf(x);
  const hy = hoursOf(y);
  return hx === null || hy === null || hoursMeet(hx, hy);
}

/** True when a stated time names a part of the day (a clock time, "morning", "early", "late"). */
export function namesTimeOfDay(t: StatedTime): boolean {
  return hoursOf(t) !== null;
}
