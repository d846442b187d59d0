/**
 * Weeks and weekends named relative to the reference: `this week` -> `2025-W47`,
 * `next week` -> `2025-W48`, `last week`, `the weekend` -> `2025-W47-WE` (the coming one in a
 * future clause, else the latest), `early next week` / `the end of next week` keep the week's
 * value (the modifier refiner widens the span).
 */
import { addDays, formatWeek, weekday } from '../dates.js';
import { candidate, scanContext } from '../scan.js';
import { clauseTense } from '../tense.js';
import type { Candidate, TimeContext, TimeParser } from '../types.js';

const SOURCE = '(this|last|next|the past|the previous|the coming|the following|the current|the same|the last|the|that|the next|coming) (week|weekend)';

const OFFSETS: Record<string, number> = {
  this: 0, 'the current': 0, last: -1, 'the previous': -1, 'the last': -1, next: 1, 'the coming': 1,
  coming: 1, 'the following': 1, 'the next': 1,
};

/** Parser of relative weeks and weekends. */
export const weekParser: TimeParser = {
  id: 'week',
  languages: ['en'],
  parse(ctx: TimeContext): Candidate[] {
    const out: Candidate[] = [];
    const ref = ctx.reference;
    for (const sm of scanContext(ctx, SOURCE, false, 'week')) {
      const det = (sm.m[1] ?? '').toLowerCase();
      if (/^[A-Z]/.test(sm.m[2] ?? '')) continue; // "This Week": a title
      const unit = (sm.m[2] ?? '').toLowerCase();
      // "the past week" is a duration; "the week" / "that week" need an anchor we do not track.
      if (det === 'the past' || det === 'the same' || det === 'that' || (det === 'the' && unit === 'week')) {
        if (det === 'the past') out.push(candidate('week', sm, 'DURATION', unit === 'week' ? 'P1W' : 'P2D', false));
        continue;
      }
      const following = ctx.text.slice(sm.end + 1, sm.end + 12);
      // "the week of March 6", "the week ending Friday", "the following week after the vote": a
      // week anchored elsewhere; after a deictic "this" / "last" / "next", "before" and "after"
      // open a clause of their own ("met last week after months of talks")
      const deictic = det === 'this' || det === 'last' || det === 'next';
      if (/^(?:of|ending|beginning|starting)\b/i.test(following) || (!deictic && /^(?:before|after)\b/i.test(following))) {
        if (det !== 'the') continue;
      }
      let offset = OFFSETS[det] ?? 0;
      if (unit === 'weekend') {
        if (!ref) {
          out.push(candidate('week', sm, 'DATE', null, true));
          continue;
        }
        const dow = weekday(ref);
        const inWeekend = dow === 0 || dow === 6;
        // ISO weeks run Monday to Sunday: the weekend belongs to the week of its Saturday.
        const sat = addDays(ref, dow === 0 ? -1 : 6 - dow);
        if (det === 'the' || det === 'this') {
          const tense = clauseTense(ctx, sm.start, sm.end);
          offset = inWeekend ? 0 : tense === 'future' || det === 'this' ? 0 : -1;
        }
        out.push(candidate('week', sm, 'DATE', `${formatWeek(sat, offset)}-WE`, true));
        continue;
      }
      out.push(candidate('week', sm, 'DATE', ref ? formatWeek(ref, offset) : null, true));
    }
    return out;
  },
};
