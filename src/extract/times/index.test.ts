import { describe, expect, it } from 'vitest';
import { defaultConfiguration, extractTimes } from './index.js';

/** Reference date of the fixtures: Saturday 22 November 2025. */
const REF = '2025-11-22';

/** The first expression whose text is `text` in `sentence`, extracted against `reference`. */
function find(sentence: string, text: string, reference: string | null = REF, estimated = false) {
  const t = extractTimes(sentence, { reference, estimated }).find((x) => x.text === text);
  if (!t) throw new Error(`"${text}" not found in: ${JSON.stringify(extractTimes(sentence, { reference }))}`);
  return t;
}

describe('extractTimes: weeks, days and weekdays', () => {
  it('resolves next week to the ISO week after the reference', () => {
    expect(find('The finance ministers will meet again next week in Lisbon.', 'next week')).toMatchObject({ type: 'DATE', value: '2025-W48' });
  });
  it('gives "the end of next week" the value of next week (W48) over the whole phrase', () => {
    expect(find('Inspectors expect a report by the end of next week.', 'the end of next week').value).toBe('2025-W48');
  });
  it('resolves next Thursday, yesterday and dates with "by" / "on"', () => {
    expect(find('The union said talks resume next Thursday.', 'next Thursday').value).toBe('2025-11-27');
    expect(find('Regulators must rule by November 27 on the merger.', 'November 27').value).toBe('2025-11-27');
    expect(find('The port reopened yesterday after the storm.', 'yesterday').value).toBe('2025-11-21');
    expect(find('The truce was signed on November 21 in Doha.', 'November 21').value).toBe('2025-11-21');
  });
  it('resolves a bare weekday by tense', () => {
    expect(find('The harbour master said Friday that two ferries had been cancelled.', 'Friday').value).toBe('2025-11-21');
    expect(find('The two delegations will meet Friday in Oslo.', 'Friday').value).toBe('2025-11-28');
  });
  it('keeps prepositions out of the span', () => {
    const t = find('Voting closed on Friday across the region.', 'Friday');
    expect(t.start).toBe('Voting closed on '.length);
  });
});

describe('extractTimes: months, years, quarters, parts of day', () => {
  it('handles relative months and years', () => {
    const s = 'Exports fell last year but have recovered this month, and earlier this year the central bank cut rates.';
    expect(find(s, 'last year').value).toBe('2024');
    expect(find(s, 'this month').value).toBe('2025-11');
    expect(find(s, 'earlier this year').value).toBe('2025');
  });
  it('writes the granularity the text gave', () => {
    const s = 'The plant opened in 1998, closed in the 1990s boom years, and reopens in March 2026; in April output doubled.';
    expect(find(s, '1998').value).toBe('1998');
    expect(find(s, 'the 1990s').value).toBe('199');
    expect(find(s, 'March 2026').value).toBe('2026-03');
    expect(find(s, 'April').value).toBe('2025-04');
  });
  it('resolves quarters and parts of day', () => {
    const s = 'Profit rose in the third quarter, the company said this morning; the chairman speaks tonight.';
    expect(find(s, 'the third quarter').value).toBe('2025-Q3');
    expect(find(s, 'this morning')).toMatchObject({ type: 'TIME', value: '2025-11-22TMO' });
    expect(find(s, 'tonight').value).toBe('2025-11-22TNI');
  });
});

describe('extractTimes: durations, sets and vague references', () => {
  it('normalises durations', () => {
    const s = 'The strike lasted a month; over the past several months prices rose, and in the past 24 hours two decades of savings vanished.';
    expect(find(s, 'a month')).toMatchObject({ type: 'DURATION', value: 'P1M' });
    expect(find(s, 'the past several months').value).toBe('PXM');
    expect(find(s, 'the past 24 hours').value).toBe('PT24H');
    expect(find(s, 'two decades').value).toBe('P20Y');
  });
  it('normalises sets', () => {
    expect(find('The market opens every Friday behind the town hall.', 'every Friday')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-5' });
    expect(find('Ferries sail daily in summer.', 'daily')).toMatchObject({ type: 'SET', value: 'P1D' });
  });
  it('never dates now / currently / recently / the future', () => {
    const s = 'Rents are now falling. Currently, 300 families wait for housing, recently more than ever, and the future looks bleak.';
    expect(find(s, 'now').value).toBe('PRESENT_REF');
    expect(find(s, 'Currently').value).toBe('PRESENT_REF');
    expect(find(s, 'recently').value).toBe('PAST_REF');
    expect(find(s, 'the future').value).toBe('FUTURE_REF');
  });
  it('tags ages only when asked', () => {
    const s = 'A 33-year-old nurse was hurt.';
    expect(extractTimes(s, { reference: REF })).toHaveLength(0);
    const withAges = extractTimes(s, { reference: REF, configuration: defaultConfiguration({ ages: true }) });
    expect(withAges[0]).toMatchObject({ text: '33-year-old', type: 'DURATION', value: 'P33Y' });
  });
});

describe('extractTimes: references', () => {
  const s = 'The council voted yesterday, on November 21, 2025, and meets again next week.';
  it('gives relative expressions no value without a reference, absolute ones still', () => {
    expect(find(s, 'yesterday', null).value).toBeNull();
    expect(find(s, 'next week', null).value).toBeNull();
    expect(find(s, 'November 21, 2025', null).value).toBe('2025-11-21');
  });
  it('marks relative values resolved against an estimated date', () => {
    expect(find(s, 'yesterday', REF, true)).toMatchObject({ value: '2025-11-21', estimated: true });
    expect(find(s, 'November 21, 2025', REF, true).estimated).toBe(false);
    expect(find(s, 'yesterday', REF, false).estimated).toBe(false);
  });
  it('searches only the given spans and returns offsets into the whole text', () => {
    const text = 'Posted Monday.\nThe vote is set for Tuesday.';
    const start = text.indexOf('The vote');
    const times = extractTimes(text, { reference: REF, spans: [{ start, end: text.length }] });
    expect(times.map((t) => t.text)).toEqual(['Tuesday']);
    expect(text.slice(times[0]!.start, times[0]!.end)).toBe('Tuesday');
    expect(times[0]!.value).toBe('2025-11-25');
  });
});

describe('extractTimes: chrono locales', () => {
  it('reads Ukrainian and Russian dates with chrono and anchors relative words', () => {
    const uk = extractTimes('Засідання відбудеться 27 листопада, а вчора комісія зібралася вперше.', { reference: REF, language: 'uk' });
    expect(uk.map((t) => t.value)).toEqual(['2025-11-27', '2025-11-21']);
    const ru = extractTimes('Вчера комиссия собралась впервые.', { reference: null, language: 'ru' });
    expect(ru[0]?.value ?? null).toBeNull();
  });
});

describe('extractTimes: anchoring refiners', () => {
  it('puts a clock time on the day its sentence names', () => {
    const t = find('The first explosion came at 10:35 a.m. Friday, police said.', '10:35 a.m. Friday');
    expect(t.value).toBe('2025-11-21T10:35');
    const s = 'Police said the blast at 9:10 p.m. shook the port on Thursday.';
    expect(find(s, '9:10 p.m.').value).toBe('2025-11-20T21:10');
  });
  it('reads "the week of" a date as that week', () => {
    expect(find('Hearings are planned for the week of December 8.', 'the week of December 8').value).toBe('2025-W50');
  });
});
