/**
 * Settles overlapping candidates: the longer span wins, then the higher parser priority, then
 * the earlier one. Two expressions that only touch are kept apart.
 */
import type { Candidate, TimeContext, TimeRefiner } from '../types.js';

/**
 * The order in which overlapping candidates are kept, as a comparator: -1 when `a` is kept over
 * `b` (longer, then higher priority, then earlier), else 1 (two candidates always rank one way,
 * so it never answers 0).
 */
function rank(a: Candidate, b: Candidate): number {
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb ? -1 : 1;
  if (a.priority !== b.priority) return a.priority > b.priority ? -1 : 1;
  return a.start <= b.start ? -1 : 1;
}

/** The overlap refiner. */
export const overlapRefiner: TimeRefiner = {
  id: 'overlap',
  refine(_ctx: TimeContext, candidates: Candidate[]): Candidate[] {
    const ranked = candidates.filter((c) => c.end > c.start).sort(rank);
    // occupied characters: checking a candidate costs its own length, not the number kept
    const end = ranked.reduce((m, c) => Math.max(m, c.end), 0);
    const taken = new Uint8Array(end);
    const kept: Candidate[] = [];
    for (const c of ranked) {
      let free = true;
      for (let i = c.start; i < c.end && free; i++) if (taken[i]) free = false;
      if (!free) continue;
      taken.fill(1, c.start, c.end);
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
