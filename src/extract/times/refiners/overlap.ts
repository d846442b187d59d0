/**
 * Settles overlapping candidates: the longer span wins, then the higher parser priority, then
 * the earlier one. Two expressions that only touch are kept apart.
 */
import type { Candidate, TimeContext, TimeRefiner } from '../types.js';

/** True when `a` should be kept over an overlapping `b`. */
export function prefer(a: Candidate, b: Candidate): boolean {
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  if (a.priority !== b.priority) return a.priority > b.priority;
  return a.start <= b.start;
}

/** The overlap refiner. */
export const overlapRefiner: TimeRefiner = {
  id: 'overlap',
  refine(_ctx: TimeContext, candidates: Candidate[]): Candidate[] {
    const ranked = [...candidates].filter((c) => c.end > c.start).sort((a, b) => (prefer(a, b) ? -1 : prefer(b, a) ? 1 : 0));
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
