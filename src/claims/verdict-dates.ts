/**
 * Parts of a month written in words ("early December", "mid-June", "the end of July",
 * "November-end") as ranges of days, so that outlets dating the same act to parts
 * of months that do not meet ("early December" / "November-end") can be told apart from ones
 * that agree ("late November" / "November 28"). TIMEX values of a month leave the part out,
 * and undated articles give none: the words are read here. Pure.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')})`;

/** A stretch of days of one month, as `month * 100 + day` (year left out), read from the text. */
export interface MonthPart {
  start: number;
  end: number;
  text: string;
  /** First and last day the words allow, as `month * 100 + day` (`1205` is December 5). */
  from: number;
  to: number;
}

/** The days each wording allows (generous at the edges: "early" and "mid" may meet). */
const EARLY: [number, number] = [1, 12];
const MID: [number, number] = [9, 22];
const LATE: [number, number] = [19, 31];

const PATTERNS: { re: RegExp; days: [number, number]; month: number }[] = [
  { re: new RegExp(`\\b(?:early|the beginning of|beginning of|the start of|start of)[\\s-]+${MONTH}\\b`, 'gi'), days: EARLY, month: 1 },
  { re: new RegExp(`\\b(?:mid|the middle of|middle of)[\\s-]+${MONTH}\\b`, 'gi'), days: MID, month: 1 },
  { re: new RegExp(`\\b(?:late|the end of|end of|end)[\\s-]+${MONTH}\\b`, 'gi'), days: LATE, month: 1 },
  { re: new RegExp(`\\b${MONTH}[\\s-]+end\\b`, 'gi'), days: LATE, month: 1 },
];

/** A month's name as a word: every pattern of {@link PATTERNS} holds one. */
const MONTH_WORD = new RegExp(`\\b${MONTH}\\b`, 'i');

/** The parts of months a text names, in text order (offsets relative to the text). */
export function monthParts(text: string): MonthPart[] {
  const out: MonthPart[] = [];
  // Most clauses name no month: one test instead of a pass of each pattern.
  if (!MONTH_WORD.test(text)) return out;
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      const at = m.index ?? 0;
      if (out.some((o) => o.start < at + m[0].length && at < o.end)) continue;
      if (!/^\p{Lu}/u.test(m[p.month])) continue; // "may" the verb, not May

      const month = MONTHS.indexOf(m[p.month].toLowerCase()) + 1;
      out.push({ start: at, end: at + m[0].length, text: m[0], from: month * 100 + p.days[0], to: month * 100 + p.days[1] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A TIMEX value precise to the day (`2008-11-19`, `XXXX-11-19`) as a one-day range, else null. */
export function dayRange(value: string): [number, number] | null {
  const m = /^(?:\d{4}|XXXX)-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const d = Number(m[1]) * 100 + Number(m[2]);
  return [d, d];
}

/** True when two ranges of days meet. */
export function daysMeet(x: readonly [number, number], y: readonly [number, number]): boolean {
  return x[0] <= y[1] && y[0] <= x[1];
}
