/** Pure calendar helpers (UTC, proleptic Gregorian) for building TIMEX3 values. */
import type { RefDate } from './types.js';

/** Zero-pads a number to `width` digits. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Parses the date part of an ISO date or date-time (`2025-11-22`, `2025-11-22T08:00Z`), a year
 * or year-month, or an RFC 822 feed date; null when it is not a date.
 */
export function parseRefDate(iso: string | null | undefined): RefDate | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) {
    const y = /^(\d{4})(?:-(\d{2}))?$/.exec(iso.trim());
    if (y) return { year: Number(y[1]), month: y[2] ? Number(y[2]) : 1, day: 1 };
    // RFC 822 dates from feeds ("Sat, 22 Nov 2025 10:00:00 GMT"): the calendar date as written
    const t = Date.parse(iso);
    if (Number.isNaN(t)) return null;
    const r = /\b(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})\b/.exec(iso);
    const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
    if (r && months.includes((r[2] ?? '').toLowerCase())) return { year: Number(r[3]), month: months.indexOf((r[2] ?? '').toLowerCase()) + 1, day: Number(r[1]) };
    const d = new Date(t);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31 ? d : null;
}

function toUtc(d: RefDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

function fromUtc(t: Date): RefDate {
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** `YYYY-MM-DD`. */
export function formatDay(d: RefDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** `YYYY-MM`. */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** Adds (or subtracts) whole days. */
export function addDays(d: RefDate, days: number): RefDate {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUtc(t);
}

/** Adds whole months, returning `{year, month}`. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const idx = year * 12 + (month - 1) + months;
  return { year: Math.floor(idx / 12), month: (idx % 12) + 1 };
}

/** Day of week, 0 = Sunday .. 6 = Saturday. */
export function weekday(d: RefDate): number {
  return toUtc(d).getUTCDay();
}

/** ISO-8601 week of a date: `{year, week}` (the week-numbering year may differ from the calendar year). */
export function isoWeek(d: RefDate): { year: number; week: number } {
  const t = toUtc(d);
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
  return { year: t.getUTCFullYear(), week };
}

/** TIMEX3 week value `YYYY-Www` of the week containing `d`, shifted by `offset` weeks. */
export function formatWeek(d: RefDate, offset = 0): string {
  const w = isoWeek(addDays(d, offset * 7));
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** Quarter (1-4) of a month. */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Compares two dates: negative when a < b. */
export function compareDays(a: RefDate, b: RefDate): number {
  return toUtc(a).getTime() - toUtc(b).getTime();
}

/**
 * The date of weekday `dow` relative to `ref`: `past` the latest on or before `ref`, `future`
 * the first on or after it.
 */
export function weekdayFrom(ref: RefDate, dow: number, direction: 'past' | 'future'): RefDate {
  const cur = weekday(ref);
  if (direction === 'past') return addDays(ref, -((cur - dow + 7) % 7));
  return addDays(ref, (dow - cur + 7) % 7);
}
