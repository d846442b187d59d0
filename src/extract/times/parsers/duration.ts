/**
 * Durations: `three days` -> `P3D`, `a month` -> `P1M`, `16-hour` -> `PT16H`,
 * `the past two months` -> `P2M`, `the first nine months` -> `P9M`, `two decades` -> `P20Y`,
 * `2 1/2 years` -> `P2Y6M`, vague ones `several years` / `the past several months` /
 * `a few days` -> `PXY` / `PXM` / `PXD`, `the next couple of years` -> `P2Y`, `the last decade`
 * -> `P10Y`, and bare plurals after a preposition (`for years`).
 * Ages are in `age.ts`.
 */
import { NUMBER, UNIT, durationValue, numberValue, unitName } from '../lexicon.js';
import { candidate, scanContext } from '../scan.js';
import type { Candidate, TimeContext, TimeParser } from '../types.js';

const DET = '(?:the |this |that |each of the )?(?:(?:recent|past|last|next|first|coming|previous|following|final|remaining|latest|entire|full|whole|same|initial|ensuing|preceding|succeeding|additional|subsequent|intervening)(?: \\S+ly)? )?';
const QTY = `(${NUMBER}(?:[- ](?:to|or)[- ]${NUMBER})?|several|a few|few|many|some|numerous|a number of|a couple of|couple of|countless|dozens of|hundreds of|thousands of)`;
const HEAD = `${DET}(?:${QTY}[- ])?(?:(?:more|additional|extra|long|full|straight|consecutive|trading|business|working|calendar|school|fiscal|successive)[- ])*(${UNIT})(?:[- ](?:and[- ])?(?:a[- ])?half)?(?![- ]olds?\\b)`;
/** A unit made an adjective with "-long" and no number: `day-long` -> `P1D`, `decades-long` -> `PXY`. */
const LONG = '(seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centur(?:y|ies))-long\\b';
const ADJ = `(${NUMBER})[- ](seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|centur(?:y|ies))[- ](?:long|old)?`;

/** Parser of durations and ages. */
export const durationParser: TimeParser = {
  id: 'duration',
  languages: ['en'],
  parse(ctx: TimeContext): Candidate[] {
    const out: Candidate[] = [];
    const text = ctx.text;
    for (const sm of scanContext(ctx, HEAD, false, 'unit')) {
      const whole = sm.m[0];
      const lower = whole.toLowerCase();
      const qty = sm.m[1];
      const unit = unitName(sm.m[2] ?? '');
      const plural = /s$/i.test(sm.m[2] ?? '') || /^centuries$/i.test(sm.m[2] ?? '');
      const hasDet = /^(?:the|this|that|each of the) /i.test(whole);
      const hasMod = /^(?:(?:the|a|an|this|that) )?(?:recent|past|last|next|first|coming|previous|following|final|remaining|latest|entire|full|whole|initial|ensuing|preceding|succeeding|additional|subsequent|intervening)\b/i.test(whole);
      const half = /half$/i.test(whole);
      let n: number | null = null;
      if (qty) {
        if (/[- ](?:to|or)[- ]/i.test(qty)) n = null;
        else n = numberValue(qty);
        if (n === null && /^(?:a|an|one)$/i.test(qty)) n = 1;
        // "the next couple of years": two, as TimeML reads it
        if (n === null && /^(?:a )?couple of$/i.test(qty)) n = 2;
      } else if (!plural) {
        // singular with no number: "the past year", "the whole week"; bare "year" is not a duration
        // "the last decade" is read as a span too ("the last year" is a date: relative-unit.ts)
        if (!/^(?:the )?(?:past|entire|whole) |^the last (?:decade|century)$/i.test(lower)) continue;
        n = 1;
      } else if (!hasDet && !hasMod) {
        // bare plural ("years"): only after a preposition or verb that takes a duration
        const before = text.slice(Math.max(0, sm.start - 12), sm.start);
        if (!/\b(?:for|over|within|in|after|took|takes|spent|last|lasted|than|about|nearly|almost|up to|like)\s+$/i.test(before)) continue;
      }
      if (qty && /^(?:1[5-9]|20)\d\d$/.test(qty)) continue; // "the 1988 quarter": a year, not a count
      // "a year ago", "a year earlier" are dates (ago.ts), "a week before Nov. 3" a shifted day
      // (day-offset.ts); "a day later", "an hour earlier" stay durations, as "three days later" does
      if (qty && n === 1 && /^(?:a|an)$/i.test(qty)) {
        const after = text.slice(sm.end + 1, sm.end + 8);
        if (/^(?:ago|before)\b/i.test(after) || (/^(?:earlier|later)\b/i.test(after) && unit === 'year')) continue;
      }
      if (unit === 'weekend' && !qty) continue;
      if (/^[A-Z]/.test(sm.m[2] ?? '') && !/^[A-Z]/.test(whole)) continue; // "60 Minutes": a title
      // "three-quarters of", "a quarter of a point", "a second time": fractions and ordinals
      if (unit === 'quarter' && (/^\s+(?:of|point|percent)\b/i.test(text.slice(sm.end, sm.end + 9)) || /^(?:a|an)$/i.test(qty ?? '') || /^three-quarter/i.test(lower))) continue;
      if (unit === 'second' && /^(?:a|an)$/i.test(qty ?? '')) continue;
      if (unit === 'night' && !qty) continue;
      if (unit === 'second' && !qty) continue;
      // "the year" alone, "the week" alone are left out; "a year" after an amount is a set.
      if (qty && /^(?:a|an|per)$/i.test(qty) && /(?:\d|%|\bonce|\btwice|\btimes|\bmillion|\bbillion|\bdollars|\bcents|\bpounds|\byen)\s*$/i.test(text.slice(Math.max(0, sm.start - 14), sm.start))) continue;
      let value = durationValue(half ? (n ?? 0) + 0.5 : n, unit);
      if (qty && n === null && /^(?:several|a few|few|many|some|numerous|a number of|countless|dozens of|hundreds of|thousands of)$/i.test(qty)) value = durationValue(null, unit);
      if (!qty && plural) value = durationValue(null, unit);
      if (/^(?:this|that) /i.test(whole)) continue;
      // "the eight-year war", "the weeks": the article stays out of an adjective or a bare plural
      const bare = /^the (?=(?:\S+-\S+|\S+s)$)/i.exec(whole);
      const span = bare ? { start: sm.start + 4, end: sm.end } : sm;
      out.push(candidate('duration', span, 'DURATION', value, false));
    }
    for (const sm of scanContext(ctx, ADJ, false, 'unit')) {
      if (/old$/i.test(sm.m[0])) continue;
      const n = numberValue(sm.m[1] ?? '');
      if (n === null || /^(?:a|an)$/i.test(sm.m[1] ?? '')) continue;
      const end = /-$/.test(sm.m[0]) ? sm.end - 1 : sm.end;
      out.push(candidate('duration', { start: sm.start, end }, 'DURATION', durationValue(n, unitName(sm.m[2] ?? '')), false));
    }
    for (const sm of scanContext(ctx, LONG, false, 'unit')) {
      if (sm.start > 0 && /[\w-]/.test(text[sm.start - 1] ?? '')) continue; // "two-day-long": the ADJ pattern's
      const word = sm.m[1] ?? '';
      const plural = /s$/i.test(word) || /^centuries$/i.test(word);
      out.push(candidate('duration', sm, 'DURATION', durationValue(plural ? null : 1, unitName(word)), false));
    }
    return out;
  },
};
