/**
 * A clock time with no day of its own (`at 10:35 a.m.`) was put on the reference day; when its
 * sentence names a day (`Friday`, `yesterday`, `Aug. 7`), the time belongs to that day instead:
 * "The blast came at 10:35 a.m. Friday" -> `...-07T10:35` even when the article is from Saturday.
 */
import { sentenceAround } from '../tense.js';
import type { Candidate, TimeContext, TimeRefiner } from '../types.js';

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;

/** The clock-anchor refiner (runs after values are written; candidates sorted by start). */
export const clockAnchorRefiner: TimeRefiner = {
  id: 'clock-anchor',
  refine(ctx: TimeContext, candidates: Candidate[]): Candidate[] {
    return candidates.map((c) => {
      if (!c.fields?.dayFromReference || !c.value) return c;
      const sent = sentenceAround(ctx.text, c.start, c.end);
      let best: Candidate | null = null;
      for (const d of candidates) {
        if (d === c || d.type !== 'DATE' || !d.value || !DAY_VALUE.test(d.value)) continue;
        if (d.start < sent.start || d.end > sent.end) continue;
        if (!best || Math.abs(d.start - c.start) < Math.abs(best.start - c.start)) best = d;
      }
      if (!best || !best.value) return c;
      return { ...c, value: best.value.slice(0, 10) + c.value.slice(10) };
    });
  },
};
