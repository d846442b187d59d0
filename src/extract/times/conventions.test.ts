import { describe, expect, it } from 'vitest';
import { extractTimes } from './index.js';
import { offsetDays } from './refiners/day-offset.js';
import { listedDays } from './parsers/calendar.js';
import { timeChunks } from './prefilter.js';
import { parseRefDate } from './dates.js';

/** Reference date of the fixtures: Saturday 22 November 2025. */
const REF = '2025-11-22';

function times(sentence: string, reference: string | null = REF) {
  return extractTimes(sentence, { reference }).map((t) => ({ text: t.text, type: t.type, value: t.value }));
}

describe('approximators and sentence adverbs outside the span', () => {
  it('leaves "about", "almost" and "only" out of a duration, keeps "nearly" and "at least"', () => {
    const got = times('The ferry strike lasted about three weeks, almost two months in some ports and only six days in Bergen.');
    expect(got.map((t) => t.text)).toEqual(['three weeks', 'two months', 'six days']);
    expect(times('Repairs will take nearly five months, at least two more weeks for the bridge.').map((t) => t.text)).toEqual([
      'nearly five months',
      'at least two more weeks',
    ]);
  });
  it('leaves "Earlier" / "Later" before a weekday out, keeps it before "this week"', () => {
    expect(times('Earlier Thursday, the harbour master closed the port.').map((t) => t.text)).toEqual(['Thursday']);
    expect(times('Later Monday, the mayor spoke.')[0]).toMatchObject({ text: 'Monday', value: '2025-11-17' });
    expect(times('The council voted earlier this week.')[0]).toMatchObject({ text: 'earlier this week', value: '2025-W47' });
  });
  it('reads "around" before a possessive weekday as a preposition', () => {
    expect(times("Lawyers looked for a way around Wednesday's ruling.")[0]).toMatchObject({ text: 'Wednesday' });
    expect(times('The convoy arrived around Wednesday.')[0]).toMatchObject({ text: 'around Wednesday' });
  });
  it('does not read "earlier" out of "year-earlier"; a period after it is one duration', () => {
    const got = times('Sales beat the year-earlier nine months by 4%.');
    expect(got).toEqual([{ text: 'the year-earlier nine months', type: 'DURATION', value: 'P9M' }]);
  });
});

describe('lists of days after a month', () => {
  it('gives each further day its own DATE with the month and the tense-anchored year', () => {
    const got = times('The ministers will meet in Lisbon on January 12 and 13.');
    expect(got).toEqual([
      { text: 'January 12', type: 'DATE', value: '2026-01-12' },
      { text: '13', type: 'DATE', value: '2026-01-13' },
    ]);
  });
  it('spreads a year written after the list to every day', () => {
    const got = times('Hearings were held on June 3, 4 and 9, 2021, in Leeds.');
    expect(got.map((t) => t.value)).toEqual(['2021-06-03', '2021-06-04', '2021-06-09']);
    expect(got[2]?.text).toBe('9, 2021');
  });
  it('leaves numbers that are amounts alone', () => {
    expect(listedDays(ctxOf('Turnout fell on May 3 and 4 percent of voters stayed home.'))).toEqual([]);
  });
});

describe('a stated distance before a day', () => {
  it('moves the day: "the day before last Tuesday", "three days after Oct. 2"', () => {
    expect(times("The day before last Tuesday's vote, the party met.")).toEqual([{ text: 'The day before last Tuesday', type: 'DATE', value: '2025-11-17' }]);
    expect(times('A week before Nov. 3 the lawyers filed again.')[0]).toMatchObject({ text: 'A week before Nov. 3', value: '2025-10-27' });
  });
  it('counts days and weeks, and refuses vague plurals', () => {
    expect(offsetDays('two', 'weeks')).toBe(14);
    expect(offsetDays('the', 'day')).toBe(1);
    expect(offsetDays('the', 'days')).toBeNull();
  });
});

describe('vague references and decades', () => {
  it('reads "the future" before a conjunction as FUTURE_REF', () => {
    expect(times('Rates could stay high well into the future if inflation persists.')).toContainEqual({ text: 'the future', type: 'DATE', value: 'FUTURE_REF' });
  });
  it('reads "this century" as a hundred-year span, as the TimeML corpora do', () => {
    expect(times('It was the worst flood this century, officials said.')).toEqual([{ text: 'this century', type: 'DURATION', value: 'P100Y' }]);
  });
  it('reads "the last decade" as a ten-year span', () => {
    expect(times('Wages lost ground over the last decade.')).toEqual([{ text: 'the last decade', type: 'DURATION', value: 'P10Y' }]);
  });
  it('puts a month after a passive infinitive in the future', () => {
    expect(times('The rules, to be published in March, were drafted by the ministry.')[0]).toMatchObject({ text: 'March', value: '2026-03' });
  });
});

describe('midday', () => {
  it('is noon whether it stands alone or follows a day', () => {
    expect(times('Crews reached the quarry at midday.')[0]).toMatchObject({ text: 'midday', value: expect.stringMatching(/T12:00$/) });
    expect(times('The ferry left yesterday midday, an hour late.')[0]).toMatchObject({ text: 'yesterday midday', value: expect.stringMatching(/^\d{4}-\d\d-\d\dT12:00$/) });
  });
});

describe('weekdays anchored by what the clause says', () => {
  it('puts a weekday after a postponement "until" ahead, whatever the tense', () => {
    expect(times('The port authority postponed until Tuesday morning any decision on the strike.')[0]).toMatchObject({ text: 'Tuesday morning', value: '2025-11-25TMO' });
    expect(times('The ministry extended the deadline until 9 a.m. Monday.')[0]).toMatchObject({ value: '2025-11-24T09:00' });
    // no postponement: a stay that ended is in the past
    expect(times('The delegation stayed in Geneva until Tuesday.')[0]).toMatchObject({ value: '2025-11-18' });
  });
  it('dates a fronted weekday by a plan made then, the plan\'s object by what it plans', () => {
    expect(times('On Friday, the insurer planned to pay the first claims.')[0]).toMatchObject({ value: '2025-11-21' });
    expect(times('The insurer planned to pay the first claims on Friday.')[0]).toMatchObject({ value: '2025-11-28' });
  });
  it('reads a scheduled present right before a weekday as future, a noun as nothing', () => {
    expect(times('The two ministers meet separately Monday with the mediator.')[0]).toMatchObject({ text: 'Monday', value: '2025-11-24' });
    expect(times('Parliament votes Thursday on the budget.')[0]).toMatchObject({ value: '2025-11-27' });
    expect(times('The vote Thursday was close.')[0]).toMatchObject({ value: '2025-11-20' });
  });
});

describe('months anchored by the clause', () => {
  it('keeps a month just ahead in the current year under a past verb (a plan reported)', () => {
    expect(times('The refinery told its customers of deeper cuts in December.')[0]).toMatchObject({ text: 'December', value: '2025-12' });
    // further ahead, a past verb still means last year's month
    expect(times('The refinery reduced output in February and again in September.', '2025-06-10').map((t) => t.value)).toEqual(['2025-02', '2024-09']);
  });
  it('reads a present passive in a "when" clause and a planned event as future', () => {
    expect(times('The family may appeal if it loses when the case is heard in March.')[0]).toMatchObject({ value: '2026-03' });
    expect(times('Aides discussed the proposed summit in January.')[0]).toMatchObject({ value: '2026-01' });
  });
});

describe('quarters', () => {
  it('leaves "quarter" out of hyphenated compounds', () => {
    expect(times('The quarter-to-quarter comparison flattered the bank, whose shares sit near a quarter-century low.', '2025-10-28')).toEqual([]);
    expect(times('The quarter was weak, the chief executive said.', '2025-10-28')[0]).toMatchObject({ text: 'The quarter', value: '2025-Q3' });
  });
});

describe('a couple of units', () => {
  it('counts "a couple of" and "the next couple of" as two', () => {
    expect(times('Prices may climb over the next couple of years.')[0]).toMatchObject({ text: 'the next couple of years', value: 'P2Y' });
    expect(times('The strike lasted a couple of weeks.')[0]).toMatchObject({ value: 'P2W' });
  });
});

function ctxOf(text: string) {
  const spans = [{ start: 0, end: text.length }];
  return { text, reference: parseRefDate(REF), estimated: false, language: 'en', spans, chunks: timeChunks(text, spans, 'en') };
}

describe('the year-ago reporting period', () => {
  it('reads "last year\'s quarter" as the reporting quarter a year earlier, as "the year-ago quarter"', () => {
    const text = 'Third-quarter sales rose 4%. Sales for last year\'s quarter were $3 million, as in the year-ago quarter.';
    const got = times(text);
    expect(got).toContainEqual({ text: "last year's quarter", type: 'DATE', value: '2024-Q3' });
    expect(got).toContainEqual({ text: 'the year-ago quarter', type: 'DATE', value: '2024-Q3' });
  });
  it('reads "the quarter ended Sept. 30" as three months, like "the year ended March 31"', () => {
    const got = times('Net income for the quarter ended Sept. 30 rose, and for the year ended March 31 it fell.');
    expect(got).toContainEqual({ text: 'the quarter', type: 'DURATION', value: 'P1Q' });
    expect(got).toContainEqual({ text: 'the year', type: 'DURATION', value: 'P1Y' });
    expect(times('The dollar gained a quarter of a cent.')).toEqual([]);
  });
});

describe('"a day later" and "last week after ..."', () => {
  it('reads "a day later" / "an hour earlier" as durations, as "three days later", and keeps "a year later" a date', () => {
    const got = times('The ferry sank an hour later. A day earlier, the crew had warned the owners. The pier reopened a year later.');
    expect(got).toContainEqual({ text: 'an hour', type: 'DURATION', value: 'PT1H' });
    expect(got).toContainEqual({ text: 'A day', type: 'DURATION', value: 'P1D' });
    expect(got).toContainEqual({ text: 'a year later', type: 'DATE', value: '2026' });
    expect(times('The mayor resigned a week ago.')).toEqual([{ text: 'a week ago', type: 'DATE', value: '2025-W46' }]);
  });
  it('keeps "last week" / "this week" before a clause opened by "after" or "before"', () => {
    expect(times('The minister met the union leaders last week after a round of strikes.')).toEqual([
      { text: 'last week', type: 'DATE', value: '2025-W46' },
    ]);
    expect(times('Dockers will vote this week before the port reopens.')).toEqual([{ text: 'this week', type: 'DATE', value: '2025-W47' }]);
    // "the week after" stays anchored elsewhere
    expect(times('The week after the storm, the port stayed shut.').map((t) => t.value)).not.toContain('2025-W47');
  });
});

describe('"-long" adjectives without a number', () => {
  it('reads "day-long" and "decades-long" as durations, vague when plural', () => {
    const got = times('Negotiators left a day-long meeting that could end a decades-long feud and a weeks-long blockade.');
    expect(got).toEqual([
      { text: 'day-long', type: 'DURATION', value: 'P1D' },
      { text: 'decades-long', type: 'DURATION', value: 'PXY' },
      { text: 'weeks-long', type: 'DURATION', value: 'PXW' },
    ]);
    expect(times('A three-day-long strike closed the port.')).toEqual([{ text: 'three-day-long', type: 'DURATION', value: 'P3D' }]);
  });
});

describe('a modified part of day', () => {
  it('reads "mid-afternoon yesterday" as one time, and "by midmorning" as the reference day\'s', () => {
    expect(times('Port traffic resumed by mid-afternoon yesterday, the harbour master said.')).toEqual([
      { text: 'mid-afternoon yesterday', type: 'TIME', value: '2025-11-21TAF' },
    ]);
    expect(times('Late evening tomorrow the ferry sails.')).toEqual([{ text: 'Late evening tomorrow', type: 'TIME', value: '2025-11-23TEV' }]);
    expect(times('By midmorning, the crowd had left the square.')).toEqual([{ text: 'midmorning', type: 'TIME', value: '2025-11-22TMO' }]);
    expect(times('By mid afternoon, the crowd had left the square.')).toEqual([{ text: 'mid afternoon', type: 'TIME', value: '2025-11-22TAF' }]);
  });
});
