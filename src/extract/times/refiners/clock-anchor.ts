/**
 * A clock time with no day of its own (`at 10:35 a.m.`) was put on the reference day; when its
 * sentence names a day (`Friday`, `yesterday`, `Aug. 7`), the time belongs to that day instead:
 * "The blast came at 10:35 a.m. Friday" -> `...-07T10:35` even when the article is from Saturday.
 * When the day follows the clock directly (`9 a.m. EST Tuesday`, `noon Saturday`), the two are
 * one TIME expression, as TimeML marks them.
 */
import { sentenceAround } from '../tense.js';
import type { Candidate, TimeContext, TimeRefiner } from '../types.js';

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
/** What may stand between a clock time and the day it is on: space and a time zone. */
const CLOCK_DAY_GAP = /^\s+(?:[A-Z]{2,4}\s+)?$/;

/** True for a DATE candidate whose value is a whole day. */
function isDay(x: Candidate | undefined): x is Candidate {
  return Boolean(x && x.type === 'DATE' && x.value && DAY_VALUE.test(x.value));
}

/** Joins a clock time with the day right after it, and `noon` with the day after it. */
export function joinClockAndDay(text: string, candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i]!;
    const d = sorted[i + 1];
    if (c.fields?.dayFromReference && c.value && isDay(d) && CLOCK_DAY_GAP.test(text.slice(c.end, d.start))) {
      out.push({ ...c, end: d.end, value: (d.value ?? '') + c.value.slice(10), fields: { ...c.fields, dayFromReference: false }, relative: c.relative || d.relative });
      i++;
      continue;
    }
    const noon = isDay(c) ? /\bnoon\s+$/i.exec(text.slice(Math.max(0, c.start - 8), c.start)) : null;
    if (noon && isDay(c)) {
      out.push({ ...c, start: c.start - noon[0].length, type: 'TIME', value: `${c.value}T12:00` });
      continue;
    }
    out.push(c);
  }
  return out;
}

/** The clock-anchor refiner (runs after values are written; candidates sorted by start). */
export const clockAnchorRefiner: TimeRefiner = {
  id: 'clock-anchor',
  refine(ctx: TimeContext, candidates: Candidate[]): Candidate[] {
    const joined = joinClockAndDay(ctx.text, candidates);
    return joined.map((c) => {
      if (!c.fields?.dayFromReference || !c.value) return c;
      const sent = sentenceAround(ctx.text, c.start, c.end);
      let best: Candidate | null = null;
      for (const d of joined) {
        if (d === c || d.type !== 'DATE' || !d.value || !/^\d{4}-\d{2}-\d{2}/.test(d.value)) continue;
        if (d.start < sent.start || d.end > sent.end) continue;
        if (!best || Math.abs(d.start - c.start) < Math.abs(best.start - c.start)) best = d;
      }
      if (!best || !best.value) return c;
      return { ...c, value: best.value.slice(0, 10) + c.value.slice(10) };
    });
  },
};
