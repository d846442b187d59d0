/**
 * Last step: a relative expression with no reference gets no value (absolute ones keep
 * theirs), and a relative expression resolved against an estimated date is marked `estimated`.
 */
import type { Candidate, TimeContext, TimeRefiner } from '../types.js';

/** The finalize refiner. */
export const finalizeRefiner: TimeRefiner = {
  id: 'finalize',
  refine(ctx: TimeContext, candidates: Candidate[]): Candidate[] {
    return candidates.map((c) => {
      if (!c.relative) return c;
      if (!ctx.reference) return { ...c, value: null };
      return c;
    });
  },
};
