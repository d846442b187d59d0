/**
 * Calendar date mentions: `May 3, 2013`, `3 May 2013`, `Dec. 14`, `September 2010`,
 * `2013-05-03`, and bare years (`in 2008`). Only what the text states; nothing is resolved
 * against a document date here (that is the timeline stage's job).
 */
import type { Token } from './tokenize.js';

/** A date mentioned in the text; the parts it does not state are undefined. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  year?: number;
  /** 1-12. */
  month?: number;
  /** 1-31. */
  day?: number;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
/** Month words that are also ordinary English words: only taken when a day or year is next to them. */
const AMBIGUOUS = new Set(['may', 'march', 'mar', 'jan', 'jun', 'sep', 'oct', 'nov', 'dec', 'aug', 'apr', 'feb', 'jul']);

const WEEKDAYS = new Map<string, number>([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
]);
const MONTH_MAP = new Map(Object.entries(MONTHS));

/** The ISO weekday number (1 = Monday ... 7 = Sunday) of a weekday name, else undefined. */
export function weekdayNumber(word: string): number | undefined {
  const hit = WEEKDAYS.get(word);
  if (hit !== undefined) return hit;
  const lower = word.toLowerCase();
  return lower === word ? undefined : WEEKDAYS.get(lower);
}

/** The month number (1-12) of a month name or abbreviation, else undefined. */
export function monthNumber(word: string): number | undefined {
  const hit = MONTH_MAP.get(word);
  if (hit !== undefined) return hit;
  // Lowercase, without a final dot ("Sept." gives "sept"); a word already so was looked up.
  const lower = word.toLowerCase();
  const key = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return key === word ? undefined : MONTH_MAP.get(key);
}

function dayOf(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'number' || !/^\d{1,2}$/.test(t.text)) return undefined;
  const d = Number(t.text);
  return d >= 1 && d <= 31 ? d : undefined;
}

function yearOf(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'number' || !/^\d{4}$/.test(t.text)) return undefined;
  const y = Number(t.text);
  return y >= 1800 && y <= 2100 ? y : undefined;
}

/** Only spaces, a comma, a dot, or an ordinal suffix between two offsets. */
function near(text: string, end: number, start: number): boolean {
  return start - end <= 4 && /^(?:st|nd|rd|th)?[\s,.]*$/.test(text.slice(end, start));
}

const ISO_RE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** Finds the date mentions in `text` given its tokens (from {@link tokenize}). */
export function findDates(text: string, tokens: readonly Token[]): DateMention[] {
  const out: DateMention[] = [];
  const used = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // (Capitalised words first: the cheaper test rules out most tokens.)
    if (t.kind !== 'word' || !t.cap) continue;
    const month = MONTH_MAP.get(t.norm);
    if (month === undefined) continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    let start = t.start;
    let end = t.end;
    let day: number | undefined;
    let year: number | undefined;
    // Month Day[, Year]
    if (next && near(text, t.end, next.start) && dayOf(next) !== undefined) {
      day = dayOf(next);
      end = next.end;
      used.add(i + 1);
      const after = tokens[i + 2];
      if (after && near(text, next.end, after.start) && yearOf(after) !== undefined) {
        year = yearOf(after);
        end = after.end;
        used.add(i + 2);
      }
    } else if (next && near(text, t.end, next.start) && yearOf(next) !== undefined) {
      year = yearOf(next);
      end = next.end;
      used.add(i + 1);
    }
    // Day Month [Year]
    if (day === undefined && prev && !used.has(i - 1) && near(text, prev.end, t.start) && dayOf(prev) !== undefined) {
      day = dayOf(prev);
      start = prev.start;
    }
    if (day === undefined && year === undefined && AMBIGUOUS.has(t.norm)) continue;
    out.push({ start, end, text: text.slice(start, end), year, month, day });
  }
  for (let i = 0; i < tokens.length; i++) {
    const y = yearOf(tokens[i]);
    if (y === undefined || used.has(i)) continue;
    const t = tokens[i];
    if (y < 1900) continue;
    if (out.some((d) => d.start <= t.start && d.end >= t.end)) continue;
    if (text[t.start - 1] === '-' || text[t.end] === '-') continue; // ISO dates below
    out.push({ start: t.start, end: t.end, text: t.text, year: y });
  }
  const from = tokens.length > 0 ? tokens[0].start : 0;
  const to = tokens.length > 0 ? tokens[tokens.length - 1].end : 0;
  const region = text.slice(from, to);
  ISO_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ISO_RE.exec(region)) !== null) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const start = from + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], year: Number(m[1]), month, day });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Days since 1970-01-01 of a full date (UTC), or undefined when a part is missing. */
export function dayNumber(d: { year?: number; month?: number; day?: number }): number | undefined {
  if (d.year === undefined || d.month === undefined || d.day === undefined) return undefined;
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}
