import { describe, expect, it } from 'vitest';
import type { Span } from '../../types.js';
import { parseRefDate } from './dates.js';
import { extractTimes } from './index.js';
import { UNIT } from './lexicon.js';
import { chunkSpans, timeChunks } from './prefilter.js';
import { scan, scanContext, spansWithCue, withoutCues } from './scan.js';
import type { TimeContext } from './types.js';

/** A context over `text` whose spans are its sentences (split after `. `). */
function context(text: string): TimeContext {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/\. /g)) {
    spans.push({ start, end: m.index + 1 });
    start = m.index + 2;
  }
  spans.push({ start, end: text.length });
  return { text, reference: parseRefDate('2025-11-22'), estimated: false, language: 'en', spans, chunks: timeChunks(text, spans, 'en') };
}

const STORY =
  'The ferry operator said on Friday that crossings would resume today. ' +
  'Repairs to the quay took three weeks and cost 2 million euros. ' +
  'Inspectors found no fault. ' +
  'The harbour master, who has run the port for a decade, will report in the coming months.';

describe('spansWithCue', () => {
  it('keeps exactly the spans holding a word of the cue', () => {
    const ctx = context(STORY);
    const got = spansWithCue(ctx, 'unit').map((s) => STORY.slice(s.start, s.end).split(' ')[0]);
    // "Friday" and "today" hold "day" inside a word: not a unit
    expect(got).toEqual(['Repairs', 'The']);
  });

  it('ignores a cue in the text between spans, and counts a regex cue that runs past its span end', () => {
    const text = 'Talks ended. In a week the board meets.';
    const base = context(text);
    // only the first sentence is searched, the second is left out (a caption, say)
    const ctx: TimeContext = { ...base, spans: [{ start: 0, end: 12 }] };
    expect(spansWithCue(ctx, 'week')).toEqual([]);
    const cut: TimeContext = { ...base, spans: [{ start: 13, end: 19 }] }; // "In a w"
    expect(spansWithCue(cut, { regex: 'a week' })).toEqual([{ start: 13, end: 19 }]);
  });

  it('counts the words of a case-sensitive pattern only when capitalised', () => {
    const ctx = context('Prices may rise in May. The mayor agreed. Rates may fall.');
    expect(spansWithCue(ctx, 'month')).toHaveLength(1);
    expect(spansWithCue(ctx, { regex: 'may' })).toHaveLength(3);
    expect(spansWithCue(ctx, { regex: 'May' }, true)).toHaveLength(1);
  });
});

describe('scanContext with a cue', () => {
  it('finds the same matches as a scan of every span', () => {
    const ctx = context(STORY);
    const pattern = `(?:the |a )?(?:coming )?(?:three |a )?${UNIT}`;
    const all = scan(ctx.text, ctx.spans, pattern).map((m) => [m.start, m.end]);
    const cued = scanContext(ctx, pattern, false, 'unit').map((m) => [m.start, m.end]);
    expect(cued).toEqual(all);
    expect(cued.map(([s, e]) => STORY.slice(s, e))).toEqual(['three weeks', 'a decade', 'the coming months']);
  });

  it('gives every parser the same expressions as scanning every span would', () => {
    // a text with one expression of each family, each in its own sentence
    const text = [
      'Talks resumed on Friday.', 'Prices rose 3% last year.', 'The plant closed in the 1990s.', 'It reopens next week.',
      'Exports fell in the third quarter.', 'Output rose this spring.', 'The board meets every Monday.', 'Fares rose daily.',
      'Crews worked through the night.', 'He left two years ago.', 'The law dates from the 19th century.',
      'The fund is currently closed.', 'Sales were weak in recent times.', 'A deal is expected in the near future.',
      'Shops shut at Christmas.', 'The vote was on March 3, 1998.', 'She arrived in nineteen ninety-six.',
    ].join(' ');
    const run = (): string[] => extractTimes(text, { reference: '2025-11-22' }).map((t) => `${t.text}=${t.value}`);
    const values = run();
    expect(values).toEqual(withoutCues(run));
    expect(values).toEqual(expect.arrayContaining([
      'Friday=2025-11-21', 'last year=2024', 'the 1990s=199', 'next week=2025-W48', 'the third quarter=2025-Q3', 'this spring=2025-SP',
      'every Monday=XXXX-WXX-1', 'daily=P1D', 'two years ago=2023', 'currently=PRESENT_REF', 'recent times=PAST_REF',
      'the near future=FUTURE_REF', 'March 3, 1998=1998-03-03', 'nineteen ninety-six=1996',
    ]));
  });
});

describe('timeChunks', () => {
  it('cuts only the spans that hold a date or clock cue, as cutting all of them would', () => {
    const text = 'Voting closes at 8 p.m. Results are due on Nov. 23. Turnout was high. Observers praised it.';
    const spans = [{ start: 0, end: text.length }];
    const expected = chunkSpans(text, spans).filter((c) => /\d/.test(text.slice(c.start, c.end)));
    expect(timeChunks(text, spans, 'en')).toEqual(expected);
    expect(timeChunks('Turnout was high. Observers praised it.', [{ start: 0, end: 39 }], 'en')).toEqual([]);
  });
});

describe('weekday of the reference', () => {
  it('is the reference day whatever the tense of the clause', () => {
    // 22 November 2025 is a Saturday
    const said = extractTimes('The minister said Saturday that the talks had failed.', { reference: '2025-11-22' });
    const will = extractTimes('The minister will speak Saturday in Geneva.', { reference: '2025-11-22' });
    expect(said.find((t) => t.text === 'Saturday')?.value).toBe('2025-11-22');
    expect(will.find((t) => t.text === 'Saturday')?.value).toBe('2025-11-22');
  });
});
