/**
 * Fiscal and calendar parts of a year: quarters (`the third quarter` -> `1998-Q3`,
 * `third-quarter`, `the fiscal first quarter`, `the 1988 second quarter`,
 * `this year's third quarter`, `the third quarter of 1990`), halves (`the second half` -> `H2`),
 * the reporting quarter (`the quarter`, `the latest quarter`, `the year-ago quarter`, resolved by
 * the quarter-context refiner), and seasons (`this summer` -> `1998-SU`, `last fall`).
 */
import { quarterOf } from '../dates.js';
import { SEASONS } from '../lexicon.js';
import { candidate, scanContext } from '../scan.js';
import { clauseTense } from '../tense.js';
import type { Candidate, TimeContext, TimeParser } from '../types.js';

const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
const ORD = '(first|second|third|fourth|1st|2nd|3rd|4th|final|last)';
const QUARTER =
  `(?:(?:the|its|their|this|a|an) )?(?:comparable |corresponding )?(?:(?:(this|last|next) year's|(${YEAR})(?:'s)?|(year[- ](?:ago|earlier))) )?(?:(?:fiscal|calendar)[- ])?${ORD}[- ](?:fiscal[- ])?(quarter|half|period)s?(?: (?:of )?(?:(?:fiscal|calendar) (?:year )?)?(${YEAR}))?` +
  `|(?:the )?(?:first|last) (two|three) quarters (?:of )?(?:(?:fiscal )?(${YEAR}))?`;
const SEASON =
  `(?:(this|last|next|this past|this coming|the|early|late|mid)[- ])?(?:(?:early|late) )?(spring|summer|fall|autumn|winter)(?:(?: of)? (${YEAR}))?`;
const CONTEXT_QUARTER =
  '(?:the |this |that |a |its |their )?(?:comparable |corresponding |same |latest |current |recent |most recent |just[- ]ended |previous |prior )?(?:(year[- ](?:ago|earlier)|last year\'s) )?(?:fiscal )?(?:quarter|period)(?: (?:a|one) year (?:ago|earlier)| last year)?' +
  '|(year[- ](?:ago|earlier))|(?:the )?(' + YEAR + ') (?:fiscal )?(?:period|quarter)';

const ORD_N: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, final: 4, last: 4 };
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Parser of quarters, halves and seasons. */
export const seasonQuarterParser: TimeParser = {
  id: 'season-quarter',
  languages: ['en'],
  parse(ctx: TimeContext): Candidate[] {
    const out: Candidate[] = [];
    const ref = ctx.reference;
    for (const sm of scanContext(ctx, QUARTER, false, 'quarter')) {
      const [whole, relYear, preYear, yearAgo, ord, unitWord, postYear, count, countYear] = sm.m;
      if (/^an? /i.test(whole) && !/(?:fiscal|quarter)/i.test(whole)) continue;
      const unit = (unitWord ?? '').toLowerCase();
      let n: number;
      let letter = 'Q';
      if (count) {
        n = 1;
        letter = 'H';
        if (/^(?:the )?last/i.test(whole)) n = 2;
      } else {
        n = ORD_N[(ord ?? '').toLowerCase()] ?? 0;
        if (unit === 'half') {
          letter = 'H';
          if (n > 2) n = 2;
        }
        if (unit === 'period' && !/(?:fiscal|quarter)/i.test(whole)) continue;
      }
      if (!n) continue;
      const explicit = preYear ?? postYear ?? countYear;
      let year: number | null = explicit ? Number(explicit) : null;
      if (year === null && ref) {
        const rel = (relYear ?? '').toLowerCase();
        if (rel) year = ref.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
        else if (yearAgo) {
          const cur = letter === 'Q' ? quarterOf(ref.month) : ref.month <= 6 ? 1 : 2;
          year = ref.year - 1 - (n > cur ? 1 : 0);
        } else {
          const cur = letter === 'Q' ? quarterOf(ref.month) : ref.month <= 6 ? 1 : 2;
          year = ref.year;
          if (n > cur && clauseTense(ctx, sm.start, sm.end) !== 'future') year -= 1;
        }
      }
      // TimeML leaves possessives out, and articles before the adjective "third-quarter"
      const det = /^(?:(?:its|their) |(?:the|a|an) (?=\w+-(?:fiscal-)?(?:quarter|half)\b))/i.exec(whole);
      const span = det ? { start: sm.start + det[0].length, end: sm.end } : sm;
      const value = year === null ? null : `${year}-${letter}${n}`;
      out.push(candidate('season-quarter', span, 'DATE', value, !explicit));
    }

    for (const sm of scanContext(ctx, CONTEXT_QUARTER, false, 'quarter')) {
      const whole = sm.m[0].toLowerCase();
      if (sm.m[3]) {
        // "the 1988 period": the reporting quarter of that year
        out.push(candidate('season-quarter', sm, 'DATE', sm.m[3], false, { quarterShift: { years: 0, year: Number(sm.m[3]) } }));
        continue;
      }
      const shifted = Boolean(sm.m[1] || sm.m[2]) || /(?:year (?:ago|earlier)|last year)$/.test(whole);
      if (!shifted && !/^(?:the|this|that|its|their) /.test(whole)) continue;
      if (/period$/.test(whole) && !shifted && !/(?:latest|comparable|corresponding|same|current|recent|just)/.test(whole)) continue;
      // "the quarter ended Sept. 30": a span of three months dated by its end, as "the year
      // ended March 31" is P1Y and "the six months ended" P6M
      if (/^(?:the )?quarter$/.test(whole) && /^ (?:ended|ending)\b/i.test(ctx.text.slice(sm.end, sm.end + 8))) {
        out.push(candidate('season-quarter', sm, 'DURATION', 'P1Q', false));
        continue;
      }
      // "the quarter of a point", "the period ended", "the quarter-to-quarter comparison",
      // "its quarter-century low": not the reporting quarter
      if (/^(?:the |its |their )?(?:quarter|period)$/.test(whole) && /^(?: (?:of|ending|ended|to|through)\b|-[a-z])/i.test(ctx.text.slice(sm.end, sm.end + 10))) continue;
      const span = sm;
      const current = /(?:this|current) (?:fiscal )?quarter/.test(whole);
      const years = shifted ? -1 : 0;
      let value: string | null = null;
      if (ref) {
        const q = quarterOf(ref.month);
        value = current ? `${ref.year}-Q${q}` : q === 1 ? `${ref.year - 1 + years}-Q4` : `${ref.year + years}-Q${q - 1}`;
        if (shifted && !/quarter|period/.test(whole)) value = String(ref.year - 1);
      }
      out.push(candidate('season-quarter', span, 'DATE', value, true, current ? {} : { quarterShift: { years } }));
    }

    for (const sm of scanContext(ctx, SEASON, false, 'season')) {
      const [, det, name, yearStr] = sm.m;
      const code = SEASONS[(name ?? '').toLowerCase()];
      if (!code) continue;
      const d = (det ?? '').toLowerCase();
      // "fall" and "spring" are also verbs and nouns: require a calendar cue.
      if (!d && !yearStr && !/\b(?:in|during|since|until|by|this|last|next|through|over|each|every)\s+$/i.test(ctx.text.slice(Math.max(0, sm.start - 10), sm.start))) continue;
      if (d === 'the' && !yearStr && /^ of\b/.test(ctx.text.slice(sm.end, sm.end + 4))) continue;
      let value: string | null = null;
      if (yearStr) value = `${yearStr}-${code}`;
      else if (ref) {
        const start = SEASON_START[code] ?? 1;
        const inSeason = code === 'WI' ? ref.month === 12 || ref.month <= 2 : ref.month >= start && ref.month < start + 3;
        let year = ref.year;
        if (code === 'WI' && ref.month <= 2) year -= 1;
        if (d === 'last' || d === 'this past') {
          if (inSeason || start > ref.month) year -= 1;
        } else if (d === 'next' || d === 'this coming') {
          if (inSeason || start <= ref.month) year += 1;
        } else if (d !== 'this' && !inSeason && start > ref.month && clauseTense(ctx, sm.start, sm.end) === 'past') year -= 1;
        value = `${year}-${code}`;
      }
      out.push(candidate('season-quarter', sm, 'DATE', value, !yearStr));
    }
    return out;
  },
};
