/**
 * Absolute calendar names that chrono leaves alone: years (`1998`, `fiscal 1989`,
 * `the year 2000`), decades (`the 1990s`, `the '80s`, `the nineties`), centuries
 * (`the 20th century`; `this century` -> `P100Y`), months alone or with a year (`April`, `August 1988`,
 * `January of 1998`), month + relative year (`July last year`, `last April`), and the further
 * days of a list (`25` in `April 24 and 25`).
 * Month names without a year are anchored later by tense.
 */
import { MONTH, monthValue, ordinalValue } from '../lexicon.js';
import { candidate, scanContext } from '../scan.js';
import type { Candidate, DateFields, TimeContext, TimeParser } from '../types.js';

const YEAR = "(?:1[5-9]\\d\\d|20\\d\\d)";
const DECADE_WORDS: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const UNITS_WORDS = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TEENS = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const SPELLED_YEAR = `(?:nineteen (?:hundred(?: and)? )?(?:${TENS}(?:[- ]${UNITS_WORDS})?|${TEENS}|oh[- ]${UNITS_WORDS})|(?:the year )two thousand(?:(?: and)? ${UNITS_WORDS}| ${TEENS})?)`;
const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, oh: 0,
};

/** The year of a spelled-out year (`nineteen ninety-six` -> 1996), or null. */
export function spelledYear(s: string): number | null {
  const words = s.toLowerCase().replace(/^the year /, '').split(/[- ]+/).filter((w) => w !== 'and' && w !== 'hundred');
  if (words[0] === 'two' && words[1] === 'thousand') return 2000 + words.slice(2).reduce((a, w) => a + (WORD_VALUES[w] ?? 0), 0);
  if (words[0] !== 'nineteen') return null;
  return 1900 + words.slice(1).reduce((a, w) => a + (WORD_VALUES[w] ?? 0), 0);
}

/** Month words that are also common English words: they need a calendar cue next to them. */
const AMBIGUOUS_MONTH = /^(?:May|March)$/;
const MONTH_CUE_BEFORE = /(?:\b(?:in|since|until|till|by|early|late|mid|last|next|this|of|through|from|to|during|before|after|between|and|or|each|every|the end of|the beginning of|the middle of)[\s-]|,\s*)$/i;

/** A day list after a month: the month, the first day, then the further days (and a year). */
const DAY_LIST = `(${MONTH})\\.? \\d{1,2}(?:st|nd|rd|th)?((?:,? \\d{1,2}(?:st|nd|rd|th)?)*,? (?:and|or|&) \\d{1,2}(?:st|nd|rd|th)?)(?:,? (${YEAR}))?(?!\\d|[:.,]\\d|%| ?(?:percent|per cent|million|billion|people|years?|months?|weeks?|days?|hours?|minutes?)\\b)`;

/**
 * The days after the first in a list that follows a month (`April 24 and 25`): TimeML marks each
 * day as its own DATE; chrono and the month parser see only the first (`April 24`).
 */
export function listedDays(ctx: TimeContext): Candidate[] {
  const out: Candidate[] = [];
  // cheap gate: most texts have no "4 and 5" at all
  if (!/\d(?:st|nd|rd|th)?,? (?:and|or|&) \d/.test(ctx.text)) return out;
  for (const sm of scanContext(ctx, DAY_LIST, true, 'month')) {
    const month = monthValue(sm.m[1] ?? '');
    const list = sm.m[2] ?? '';
    if (month === null) continue;
    const listStart = sm.start + sm.m[0].indexOf(list, (sm.m[1] ?? '').length);
    const year = sm.m[3] ? Number(sm.m[3]) : undefined;
    const fields = (day: number): DateFields => (year === undefined ? { month, day } : { year, month, day });
    // a year after the list belongs to every day: the first one is re-proposed with it
    if (year !== undefined) {
      const first = /\d{1,2}(?:st|nd|rd|th)?/.exec(sm.m[0])!;
      out.push(candidate('calendar', { start: sm.start, end: sm.start + first.index + first[0].length }, 'DATE', null, false, { fields: fields(parseInt(first[0], 10)) }));
    }
    const days = [...list.matchAll(/\d{1,2}(?:st|nd|rd|th)?/g)];
    days.forEach((d, i) => {
      const day = parseInt(d[0], 10);
      if (day < 1 || day > 31) return;
      const start = listStart + d.index;
      // the last day carries the year: `6, 1998`
      const end = i === days.length - 1 && year !== undefined ? sm.end : start + d[0].length;
      out.push(candidate('calendar', { start, end }, 'DATE', null, year === undefined, { fields: fields(day) }));
    });
  }
  return out;
}

/** Pattern sources, built once (the scanner caches compiled patterns by source). */
const monthSrc = `(?:([Ll]ast|[Nn]ext|[Tt]his(?: past| coming)?) )?(${MONTH})(?:(?:,? (?:of )?)(${YEAR})\\b|(?: (?:of )?(last|next|this) year))?(?! \\d)`;
const spelledSrc = `(?:(${MONTH}) )?${SPELLED_YEAR}`;
const decadeSrc = `(?:[Tt]he )?(?:(?:early|mid|late)[- ])?(?:(1[5-9]\\d|20\\d)0'?s|'(\\d)0'?s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))`;
const centSrc = `(?:[Tt]he )?(\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[- ]century`;
const yearSrc = `(?:(?:[Ff]iscal|FY|[Tt]he (?:fiscal |calendar |model |school )?year|[Cc]alendar)[ -]?)?(${YEAR})(?!\\d|,\\d|\\.\\d|%|s\\b|'s\\b)`;

/** Parser of years, decades, centuries and months. */
export const calendarParser: TimeParser = {
  id: 'calendar',
  languages: ['en'],
  parse(ctx: TimeContext): Candidate[] {
    const out: Candidate[] = [];
    const text = ctx.text;

    // Month with a year or a relative year, or alone.
    for (const sm of scanContext(ctx, monthSrc, true, 'month')) {
      const [, mod, name, year, relYear] = sm.m;
      const month = monthValue(name ?? '');
      if (month === null) continue;
      const before = text.slice(Math.max(0, sm.start - 20), sm.start);
      if (!year && !relYear && !mod) {
        if (AMBIGUOUS_MONTH.test(name ?? '') && !MONTH_CUE_BEFORE.test(before)) continue;
        if (/(?:^|[.!?]\s+|\n)$/.test(before) && !/^(?:\p{L}+ )?\d/u.test(text.slice(sm.end + 1, sm.end + 8)) && AMBIGUOUS_MONTH.test(name ?? '')) continue;
      }
      if (year) {
        out.push(candidate('calendar', sm, 'DATE', null, false, { fields: { year: Number(year), month } }));
        continue;
      }
      const fields: DateFields = { month };
      const ref = ctx.reference;
      const rel = (relYear ?? '').toLowerCase();
      if (rel && ref) fields.year = ref.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      const m = (mod ?? '').toLowerCase();
      if (m && ref) {
        if (m === 'this') fields.year = ref.year;
        else if (m === 'last' || m === 'this past') fields.year = month < ref.month ? ref.year : ref.year - 1;
        else fields.year = month > ref.month ? ref.year : ref.year + 1;
      }
      out.push(candidate('calendar', sm, 'DATE', null, true, { fields }));
    }

    // Further days of a list after a month and day: `April 24 and 25`, `March 3, 4 and 6, 1999`.
    out.push(...listedDays(ctx));

    // Spelled-out years, as in broadcast transcripts: "nineteen ninety-six", "the year two thousand".
    for (const sm of scanContext(ctx, spelledSrc, false, 'spelledYear')) {
      const year = spelledYear(sm.m[0].replace(/^\S+\.? (?=nineteen|two|the)/i, ''));
      if (year === null) continue;
      const month = sm.m[1] ? monthValue(sm.m[1]) : null;
      if (sm.m[1] && !/^[A-Z]/.test(sm.m[1])) continue;
      out.push(candidate('calendar', sm, 'DATE', null, false, { fields: month ? { year, month } : { year } }));
    }

    // Decades.
    for (const sm of scanContext(ctx, decadeSrc, false, { regex: "0'?s|ties" })) {
      const [, full, short, word] = sm.m;
      // "'80s" and "the eighties" need the article ("eighties" alone is also an age)
      if (!full && !/^the /i.test(sm.m[0])) continue;
      let decade: number;
      if (full) decade = Number(full);
      else {
        const d = short ? Number(short) : (DECADE_WORDS[(word ?? '').toLowerCase()] ?? 0);
        decade = 190 + d;
        if (ctx.reference && decade * 10 > ctx.reference.year) decade -= 10;
      }
      out.push(candidate('calendar', sm, 'DATE', null, false, { fields: { decade } }));
    }

    // Centuries.
    const ORD: Record<string, number> = {
      fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13,
      fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
      twentieth: 20, 'twenty-first': 21,
    };
    for (const sm of scanContext(ctx, centSrc, false, 'century')) {
      const w = (sm.m[1] ?? '').toLowerCase();
      const n = ORD[w] ?? ordinalValue(w);
      if (!n) continue;
      out.push(candidate('calendar', sm, 'DATE', null, false, { fields: { century: n - 1 } }));
    }

    // "this century": the TimeBank / AQUAINT gold gives it as a hundred-year span, P100Y.
    // (every match holds the word `century`: only spans with that cue word are scanned)
    for (const sm of scanContext(ctx, 'this century', false, 'century')) out.push(candidate('calendar', sm, 'DURATION', 'P100Y', false));

    // Years: `1998`, `fiscal 1989`, `the year 2000`, `mid-1996`.
    for (const sm of scanContext(ctx, yearSrc, true, { regex: '1[5-9]\\d\\d|20\\d\\d' })) {
      const y = Number(sm.m[1]);
      const before = text.slice(Math.max(0, sm.start - 12), sm.start);
      const after = text.slice(sm.end, sm.end + 16);
      if (/[$#£€№]\s?$|\b(?:No|no|Nos|Flight|flight|Room|room|Route|route|Highway|page|p|pp|Resolution|resolution|Article|article|Section|section|number|Boeing|model|Model)\.?\s$|\d[,.]$|[-/]$/.test(before) && !/(?:mid|pre|post|early|late)-$/.test(before)) continue;
      if (/^[-/]\d|^ ?(?:people|persons|men|women|children|troops|soldiers|dollars|pounds|euros|tons|tonnes|feet|meters|metres|miles|kilometers|km|votes|members|cases|units|shares|barrels|acres|hours|days|students|workers|employees|jobs|points|years|yards|page|pages|times|deaths)\b/i.test(after)) continue;
      out.push(candidate('calendar', sm, 'DATE', null, false, { fields: { year: y } }));
    }
    return out;
  },
};
