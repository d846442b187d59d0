import { describe, expect, it } from 'vitest';
import { compareDays } from './dates.js';
import { anchorYear, type AnchorTense } from './refiners/tense-weekday.js';
import type { RefDate } from './types.js';

/** `anchorYear` for a day as first written: candidates as objects, found with `find`. */
function reference(ref: RefDate, month: number, day: number, tense: AnchorTense): number {
  const options = [ref.year - 1, ref.year, ref.year + 1].map((y) => ({ y, diff: compareDays({ year: y, month, day }, ref) / 86400000 }));
  if (tense === 'future') {
    const next = options.find((c) => c.diff >= 0);
    if (next && next.diff < 300) return next.y;
  }
  if (tense === 'past' || tense === 'completed') {
    const prev = [...options].reverse().find((c) => c.diff <= 0);
    if (prev && prev.diff > -300) return prev.y;
  }
  let best = options[1];
  for (const c of options) if (Math.abs(c.diff) < Math.abs(best.diff)) best = c;
  return best.y;
}

describe('anchorYear for a day without a year', () => {
  it('picks the same year as the reference rule for every month, tense and reference', () => {
    const tenses: AnchorTense[] = ['past', 'future', 'completed', 'deadline', 'since', 'unknown'];
    for (const ref of [{ year: 2025, month: 1, day: 3 }, { year: 2024, month: 6, day: 30 }, { year: 2023, month: 12, day: 29 }] as RefDate[]) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 15, 28, 31]) {
          for (const tense of tenses) expect(anchorYear(ref, month, day, tense), `${JSON.stringify(ref)} ${month}/${day} ${tense}`).toBe(reference(ref, month, day, tense));
        }
      }
    }
  });
});
