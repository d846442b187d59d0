/**
 * Financial news speaks of "the quarter" and "a year ago" against the quarter being reported.
 * For a candidate marked with `quarterShift` (`the quarter`, `the latest period`,
 * `the year-ago quarter`, `a year earlier`), when the article names explicit quarters
 * (`the third quarter` -> `1989-Q3`), the value becomes the article's reporting quarter (the one
 * named most often, on ties the latest that had ended by the reference date) shifted by the given years (`a year ago` ->
 * `1988-Q3`), or put in the given year (`the 1988 period` -> `1988-Q3`). Without an explicit quarter the parser's value stands.
 */
import type { Candidate, RefDate, TimeContext, TimeRefiner } from '../types.js';

/**
 * The most frequent explicit quarter value among the candidates, or null. On ties the quarter
 * nearest to the reference wins (a report is about the latest quarter, older ones are
 * comparisons: `the third quarter of 1984`), then the earliest named.
 */
export function reportingQuarter(candidates: Candidate[], reference: RefDate | null = null): { year: number; q: number } | null {
  const counts = new Map<string, number>();
  for (const c of candidates) {
    if (c.quarterShift || !c.value || !/^\d{4}-Q[1-4]$/.test(c.value)) continue;
    counts.set(c.value, (counts.get(c.value) ?? 0) + 1);
  }
  const distance = (v: string): number => {
    if (!reference) return 0;
    const idx = Number(v.slice(0, 4)) * 4 + Number(v.slice(6)) - 1;
    const lastEnded = reference.year * 4 + Math.floor((reference.month - 1) / 3) - 1;
    return idx <= lastEnded ? lastEnded - idx : 1000 + idx - lastEnded;
  };
  let best: string | null = null;
  for (const [v, n] of counts) {
    const bn = best === null ? -1 : (counts.get(best) ?? 0);
    if (best === null || n > bn || (n === bn && distance(v) < distance(best))) best = v;
  }
  if (!best) return null;
  return { year: Number(best.slice(0, 4)), q: Number(best.slice(6)) };
}

/** The quarter-context refiner. */
export const quarterContextRefiner: TimeRefiner = {
  id: 'quarter-context',
  refine(ctx: TimeContext, candidates: Candidate[]): Candidate[] {
    const rq = reportingQuarter(candidates, ctx.reference);
    if (!rq) return candidates;
    return candidates.map((c) => (c.quarterShift && c.value !== null ? { ...c, value: `${c.quarterShift.year ?? rq.year + c.quarterShift.years}-Q${rq.q}` } : c));
  },
};
