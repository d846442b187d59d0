/**
 * chrono-node as the base parser for absolute dates and clock times: `Nov. 17`,
 * `Dec. 31, 1990`, `12/05/1998`, `10:35 a.m.`, `5 p.m. EST Nov. 9`, `noon Saturday`.
 * It runs only on the pre-filtered chunks. For English the strict configuration is used and
 * relative words are left to our own parsers (chrono's "last week" is a day, TimeML's a week);
 * (the casual one when strict finds nothing in a chunk with a clock time);
 * for Ukrainian and Russian the casual one, and every dated result is kept. A range
 * (`Sept. 14 to Oct. 2`) gives two expressions, as in TimeML. Year-less dates and weekdays are anchored by the tense refiner.
 */
import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { Candidate, DateFields, TimeContext, TimeParser } from '../types.js';

const LOCALES: Record<string, chrono.Chrono> = { en: chrono.strict, uk: chrono.uk.casual, ru: chrono.ru.casual };

/** English chrono dates are kept only when they name a month or a full numeric date. */
const EN_DATE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{4}-\d\d-\d\d\b/;
/** English chrono clock times are kept only with a colon, a.m./p.m., o'clock, noon or midnight. */
const EN_CLOCK = /\d:\d\d|\b\d{1,2}(?::\d\d)?\s*(?:[ap]\.m\b|[ap]m\b|[ap]\.m\.|o'clock)|\b(?:noon|midnight|midday)\b/i;

/** Fields of a chrono component set, keeping only what the text stated. */
export function chronoFields(c: ParsedComponents): DateFields {
  const f: DateFields = {};
  if (c.isCertain('year')) f.year = c.get('year') ?? undefined;
  if (c.isCertain('month')) f.month = c.get('month') ?? undefined;
  if (c.isCertain('day')) f.day = c.get('day') ?? undefined;
  if (c.isCertain('weekday') && f.day === undefined) f.weekday = c.get('weekday') ?? undefined;
  if (c.isCertain('hour')) {
    f.hour = c.get('hour') ?? undefined;
    f.minute = c.get('minute') ?? 0;
  }
  return f;
}

function toCandidate(r: ParsedResult, offset: number, language: string): Candidate[] {
  if (r.end) {
    const m = /\s*(?:-|–|—|to|through|thru|until|till|and|до|по)\s*/iu.exec(r.text.slice(1));
    if (m) {
      const cut = 1 + m.index;
      const first = { ...r, text: r.text.slice(0, cut), start: r.start, end: undefined } as ParsedResult;
      const second = { ...r, index: r.index + cut + m[0].length, text: r.text.slice(cut + m[0].length), start: r.end, end: undefined } as ParsedResult;
      return [...toCandidate(first, offset, language), ...toCandidate(second, offset, language)];
    }
  }
  const c = single(r, offset, language);
  return c ? [c] : [];
}

function single(r: ParsedResult, offset: number, language: string): Candidate | null {
  const f = chronoFields(r.start);
  if (language === 'en') {
    if (f.hour !== undefined && !EN_CLOCK.test(r.text)) {
      if (f.month === undefined || !EN_DATE.test(r.text)) return null;
      delete f.hour;
      delete f.minute;
    }
    if (f.hour === undefined && (f.month === undefined || !EN_DATE.test(r.text))) return null;
  } else if (f.month === undefined && f.hour === undefined && f.day === undefined && f.weekday === undefined) {
    return null;
  }
  const start = offset + r.index;
  const end = start + r.text.length;
  if (f.day !== undefined && f.month === undefined) return null;
  // casual locales fill the year of "вчора" from the reference: only a written year is absolute
  const relative = f.year === undefined || !/\d{4}|'\d\d\b|\/\d\d\b/.test(r.text);
  const type = f.hour !== undefined ? 'TIME' : 'DATE';
  return { start, end, type, value: null, relative, parser: 'chrono', priority: 1, fields: f };
}

/** chrono-node wrapped as one of our parsers. */
export const chronoParser: TimeParser = {
  id: 'chrono',
  languages: ['en', 'uk', 'ru'],
  parse(ctx: TimeContext): Candidate[] {
    const p = LOCALES[ctx.language] ?? LOCALES.en;
    if (!p) return [];
    const ref = ctx.reference;
    const instant = ref ? new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
    const out: Candidate[] = [];
    for (const chunk of ctx.chunks) {
      const slice = ctx.text.slice(chunk.start, chunk.end);
      let results = p.parse(slice, { instant, timezone: 0 });
      // strict chrono drops "10:35 a.m. Friday"; the casual one reads it
      if (results.length === 0 && ctx.language === 'en' && EN_CLOCK.test(slice)) results = chrono.casual.parse(slice, { instant, timezone: 0 });
      for (const r of results) {
        for (const c of toCandidate(r, chunk.start, ctx.language)) {
          // chrono cuts "10 p.m" to "10 p": restore the abbreviation.
          const tail = /^\.?m\.?/.exec(ctx.text.slice(c.end, c.end + 3));
          if (/[ap]$/i.test(ctx.text.slice(c.start, c.end)) && tail) c.end += tail[0].length;
          out.push(c);
        }
      }
    }
    return out;
  },
};
