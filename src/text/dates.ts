/**
 * Strict parsing of the publication dates news texts carry in their metadata lines
 * (`2025-11-22`, `May 03, 2013`, `3 May 2013`, `Friday, Nov. 21, 2025 14:30 GMT`, `22.11.2025`),
 * normalised to ISO. Deliberately narrow: it reads dates written as dates, not relative
 * expressions (that is the extract stage's job).
 */

/** A date found in a text: its ISO form and where it stands. */
export interface FoundDate {
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS[Z|±HH:MM]` when a time is given. */
  iso: string;
  start: number;
  end: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH =
  '(January|Jan\\.?|February|Feb\\.?|March|Mar\\.?|April|Apr\\.?|May|June|Jun\\.?|July|Jul\\.?|August|Aug\\.?|September|Sept\\.?|Sep\\.?|October|Oct\\.?|November|Nov\\.?|December|Dec\\.?)';
const WEEKDAY = '(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?\\.?,?\\s+)?';
const TIME =
  '(?:,?\\s*(?:at\\s+|[-–|]\\s*)?(\\d{1,2})(?:[:.]|: )(\\d{2})(?:: ?(\\d{2}))?(?:\\.\\d+)?\\s*(a\\. ?m\\.|p\\. ?m\\.|am\\b|pm\\b|AM\\b|PM\\b)?\\s*(?:hrs\\b|hours\\b)?\\s*(Z\\b|UTC\\b|GMT\\b|[+-]\\d{2}:?\\d{2}\\b|(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|IST|JST)\\b)?)?';

/** A time before the date: `9:53 AM, MON 22 JUL 2013`. */
const TIME_FIRST = '(\\d{1,2}):\\s?(\\d{2})()\\s*(a\\. ?m\\.|p\\. ?m\\.|am\\b|pm\\b)?\\s*(Z\\b|UTC\\b|GMT\\b|[A-Z]{2,4}T\\b)?,?\\s+';

type Order = 'ymd' | 'dmy' | 'mdy-name' | 'dmy-name' | 'slash' | 'time-mdy' | 'time-dmy';

const PATTERNS: { re: RegExp; order: Order }[] = [
  { re: new RegExp(`${WEEKDAY}(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME.replace('(?:,?\\s*', '(?:(?:T|,?\\s*)')}`, 'iy'), order: 'ymd' },
  { re: new RegExp(`${WEEKDAY}(\\d{4}) ?/ ?(\\d{1,2}) ?/ ?(\\d{1,2})${TIME}`, 'iy'), order: 'ymd' },
  { re: new RegExp(`${WEEKDAY}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${TIME}`, 'iy'), order: 'dmy' },
  { re: new RegExp(`${WEEKDAY}(\\d{1,2}) ?/ ?(\\d{1,2}) ?/ ?(\\d{4}|\\d{2}(?!\\d))${TIME}`, 'iy'), order: 'slash' },
  { re: new RegExp(`${TIME_FIRST}${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'iy'), order: 'time-mdy' },
  { re: new RegExp(`${TIME_FIRST}${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})`, 'iy'), order: 'time-dmy' },
  { re: new RegExp(`${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}`, 'iy'), order: 'mdy-name' },
  { re: new RegExp(`${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})${TIME}`, 'iy'), order: 'dmy-name' },
];

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function monthOf(name: string): number {
  return MONTHS[name.toLowerCase().replace('.', '').slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0;
}

function isValid(y: number, m: number, d: number): boolean {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

function buildIso(y: number, m: number, d: number, time: (string | undefined)[]): string | null {
  if (!isValid(y, m, d)) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  const [hh, mm, ss, ampm, zone] = time;
  if (hh === undefined) return date;
  let h = Number(hh);
  const min = Number(mm);
  const sec = ss === undefined ? 0 : Number(ss);
  if (ampm) {
    const pm = ampm.toLowerCase().startsWith('p');
    if (h < 1 || h > 12) return date;
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || min > 59 || sec > 59) return date;
  let tz = '';
  if (zone) {
    const z = zone.toUpperCase();
    if (z === 'Z' || z === 'UTC' || z === 'GMT') tz = 'Z';
    else if (/^[+-]\d{2}:?\d{2}$/.test(z)) tz = z.length === 5 ? `${z.slice(0, 3)}:${z.slice(3)}` : z;
  }
  return `${date}T${pad(h)}:${pad(min)}:${pad(sec)}${tz}`;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Reads a date written at exactly position `pos` of `text`, or returns null. */
export function parseDateAt(text: string, pos: number): FoundDate | null {
  for (const { re, order } of PATTERNS) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) continue;
    const g = m.slice(1);
    let y: number;
    let mo: number;
    let d: number;
    if (order === 'ymd') [y, mo, d] = [Number(g[0]), Number(g[1]), Number(g[2])];
    else if (order === 'dmy') [d, mo, y] = [Number(g[0]), Number(g[1]), Number(g[2])];
    else if (order === 'time-mdy' || order === 'time-dmy') {
      const [t0, t1, t2, t3, t4] = g;
      const rest = g.slice(5);
      [mo, d, y] = order === 'time-mdy' ? [monthOf(rest[0]), Number(rest[1]), Number(rest[2])] : [monthOf(rest[1]), Number(rest[0]), Number(rest[2])];
      const iso = buildIso(y, mo, d, [t0, t1, t2 || undefined, t3, t4]);
      if (iso) return { iso, start: pos, end: trimEnd(text, pos, pos + m[0].length) };
      continue;
    } else if (order === 'slash') {
      const a = Number(g[0]);
      const b = Number(g[1]);
      y = Number(g[2]);
      if (y < 100) y += y < 50 ? 2000 : 1900;
      // Day first only when the first number cannot be a month.
      [mo, d] = a > 12 ? [b, a] : [a, b];
    } else if (order === 'mdy-name') [mo, d, y] = [monthOf(g[0]), Number(g[1]), Number(g[2])];
    else [d, mo, y] = [Number(g[0]), monthOf(g[1]), Number(g[2])];
    const iso = buildIso(y, mo, d, g.slice(3));
    if (!iso) continue;
    // Do not end a date inside a word or number run (e.g. `2013-05-031`).
    let end = pos + m[0].length;
    while (end > pos && /\s/.test(text[end - 1])) end--;
    if (end < text.length && /[\p{L}\p{N}]/u.test(text[end]) && /[\p{L}\p{N}]/u.test(text[end - 1])) continue;
    return { iso, start: pos, end };
  }
  return null;
}

/**
 * Normalises a date string to ISO (`2025-11-22`, or a date-time when a time is given).
 * Returns null when the whole string is not a date this module reads.
 */
export function normaliseDate(value: string): string | null {
  const s = value.trim();
  if (!s) return null;
  const found = parseDateAt(s, 0);
  if (found && /^[\s.,]*$/.test(s.slice(found.end))) return found.iso;
  // Full ISO date-times with fractions or offsets the patterns above do not cover.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && !Number.isNaN(Date.parse(s))) return s;
  return null;
}
