/**
 * Sets (recurring times): `daily` -> `P1D` (`quarterly` is left out: in news it is nearly always
 * the adjective of `quarterly earnings`), `every Friday` -> `XXXX-WXX-5`, `each season`,
 * `every July` -> `XXXX-07`, `every two weeks` -> `P2W`, `Tuesdays`, `Tuesday nights` ->
 * `XXXX-WXX-2TNI` (and `Monday` in `Monday and Tuesday nights`),
 * and rates after an amount (`$5 million a year` -> `a year`, `P1Y`).
 */
import { pad } from '../dates.js';
import { MONTH, NUMBER, PARTS_OF_DAY, SEASONS, WEEKDAY, durationValue, monthValue, numberValue, unitName, weekdayValue } from '../lexicon.js';
import { candidate, scanContext } from '../scan.js';
import type { Candidate, TimeContext, TimeParser } from '../types.js';

const ADVERBS: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M',
  annually: 'P1Y', yearly: 'P1Y', 'year-round': 'P1Y', 'day-to-day': 'P1D',
};
const ADVERB_SOURCE = Object.keys(ADVERBS).join('|');
const EVERY = `(?:every|each|per)(?: other| single)? (?:(${NUMBER}) )?(?:(seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|season|spring|summer|fall|autumn|winter|morning|afternoon|evening|night)|(${WEEKDAY})|(${MONTH}))`;
const PLURAL_WEEKDAY = `(${WEEKDAY})(?:s(?: (mornings|afternoons|evenings|nights))?| (mornings|afternoons|evenings|nights))`;
/** A weekday coordinated with the one of a set: `Monday and` in `Monday and Tuesday nights`. */
const COORDINATED = new RegExp(`\\b(${WEEKDAY})s?,? (?:and|or) $`);
const RATE = '(?:a|per) (hour|day|week|month|year)';

/** Parser of recurring times. */
export const setParser: TimeParser = {
  id: 'set',
  languages: ['en'],
  parse(ctx: TimeContext): Candidate[] {
    const out: Candidate[] = [];
    for (const sm of scanContext(ctx, ADVERB_SOURCE, false, 'adverb')) {
      out.push(candidate('set', sm, 'SET', ADVERBS[sm.m[0].toLowerCase()] ?? null, false));
    }
    for (const sm of scanContext(ctx, EVERY, false, 'every')) {
      const [whole, qty, unitWord, wd, month] = sm.m;
      let value: string | null = null;
      if (wd) value = `XXXX-WXX-${weekdayValue(wd) === 0 ? 7 : weekdayValue(wd)}`;
      else if (month) value = `XXXX-${pad(monthValue(month) ?? 0)}`;
      else if (unitWord) {
        const u = unitWord.toLowerCase();
        const season = SEASONS[u];
        if (season) value = `XXXX-${season}`;
        else if (u === 'season') value = 'XXXX-XX';
        else if (PARTS_OF_DAY[u] && u !== 'night') value = `XXXX-XX-XXT${PARTS_OF_DAY[u]}`;
        else {
          const n = qty ? numberValue(qty) : 1;
          value = durationValue(/other/i.test(whole) ? (n ?? 1) * 2 : n, unitName(u));
        }
      }
      out.push(candidate('set', sm, 'SET', value, false));
    }
    for (const sm of scanContext(ctx, PLURAL_WEEKDAY, true, 'weekday')) {
      const wd = weekdayValue(sm.m[1] ?? '');
      if (wd === null) continue;
      const partWord = sm.m[2] ?? sm.m[3];
      const part = partWord ? PARTS_OF_DAY[partWord.toLowerCase().replace(/s$/, '')] : undefined;
      const suffix = part ? `T${part}` : '';
      out.push(candidate('set', sm, 'SET', `XXXX-WXX-${wd === 0 ? 7 : wd}${suffix}`, false));
      const co = COORDINATED.exec(ctx.text.slice(Math.max(0, sm.start - 16), sm.start));
      const cwd = co ? weekdayValue(co[1] ?? '') : null;
      if (co && cwd !== null) {
        const start = sm.start - co[0].length;
        out.push(candidate('set', { start, end: start + (co[1] ?? '').length }, 'SET', `XXXX-WXX-${cwd === 0 ? 7 : cwd}${suffix}`, false, { priority: 3 }));
      }
    }
    for (const sm of scanContext(ctx, RATE, false, 'unit')) {
      const before = ctx.text.slice(Math.max(0, sm.start - 16), sm.start);
      if (!/(?:\d|%|\bonce|\btwice|\btimes|\bmillion|\bbillion|\bdollars|\bcents|\bpounds|\beuros|\byen|\bhours|\bdays|\bmiles|\btons|\bbarrels|\bshifts)\s*$/i.test(before)) continue;
      out.push(candidate('set', sm, 'SET', durationValue(1, sm.m[1]?.toLowerCase() ?? ''), false));
    }
    return out;
  },
};
