/**
 * Writes a candidate's calendar fields as a TIMEX3 value at the granularity the text gave:
 * a year alone -> `1998`, a month -> `2025-11`, a day -> `2025-11-21`, a clock time ->
 * `1998-08-07T10:35`, a part of day -> `1998-02-13TMO`, the 1990s -> `199`, the 20th century
 * -> `19`. Fields that could not be anchored (no reference) give a null value.
 */
import { pad } from '../dates.js';
import type { Candidate, DateFields, TimeContext, TimeRefiner } from '../types.js';

/** The TIMEX3 value of a set of fields, or null when the year is unknown. */
export function fieldsValue(f: DateFields): string | null {
  if (f.century !== undefined) return pad(f.century, 2);
  if (f.decade !== undefined) return pad(f.decade, 3);
  if (f.year === undefined) return null;
  let v = pad(f.year, 4);
  if (f.month === undefined) return v;
  v += `-${pad(f.month)}`;
  if (f.day === undefined) return v;
  v += `-${pad(f.day)}`;
  if (f.hour !== undefined) {
    return `${v}T${pad(f.hour)}:${pad(f.minute ?? 0)}`;
  }
  if (f.partOfDay) return `${v}T${f.partOfDay}`;
  return v;
}

/** The granularity refiner. */
export const granularityRefiner: TimeRefiner = {
  id: 'granularity',
  refine(_ctx: TimeContext, candidates: Candidate[]): Candidate[] {
    return candidates.map((c) => (c.fields && c.value === null ? { ...c, value: fieldsValue(c.fields) } : c));
  },
};
