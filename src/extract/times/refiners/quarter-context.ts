/**
 * Financial news speaks of "the quarter" and "a year ago" against the quarter being reported.
 * For a candidate marked with `quarterShift` (`the quarter`, `the latest period`,
 * `the year-ago quarter`, `a year earlier`), when the article names explicit quarters
 * (`the third quarter` -> `1989-Q3`), the value becomes the article's reporting quarter (the one
 * named most often, the earliest on ties) shifted by the given years (`a year ago` ->
 * `1988-Q3`), or put in the given year (`the 1988 period` -> `1988-Q3`). Without an explicit quarter the parser's value stands.
 */
import type { Candidate, TimeContext, TimeRefiner } from '../types.js';

/** The most frequent explicit quarter value among the candidates (earliest on ties), or null. */
export function reportingQuarter(candidates: Candidate[]): { year: number; q: number } | null {
  const counts = new Map<string, number>();
  for (const c of candidates) {
    if (c.quarterShift || !c.value || !/^\d{4}-Q[1-4]$/.test(c.value)) continue;
    counts.set(c.value, (counts.get(c.value) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  if (!best) return null;
  return { year: Number(best.slice(0, 4)), q: Number(best.slice(6)) };
}

/** The quarter-context refiner. */
export const quarterContextRefiner: TimeRefiner = {
  id: 'quarter-context',
  refine(_ctx: TimeContext, candidates: Candidate[]): Candidate[] {
    const rq = reportingQuarter(candidates);
    if (!rq) return candidates;
    return candidates.map((c) => (c.quarterShift && c.value !== null ? { ...c, value: `${c.quarterShift.year ?? rq.year + c.quarterShift.years}-Q${rq.q}` } : c));
  },
};
