import { describe, expect, it } from 'vitest';
import { enCue, timeChunks } from './prefilter.js';

/** The English cue as one regex, as the pre-filter first wrote it: `enCue` must agree with it. */
const FULL_CUE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? +\d|\d ?(?:\/|:\d\d|[ap]\.?m\b|o'clock)|\d{4}-\d\d-\d\d|\b(?:noon|midnight|midday)\b/i;

describe('enCue', () => {
  const sentences = [
    'The council met on Nov. 17 to vote on the budget.',
    'Talks resumed at 10:35 a.m. local time.',
    'The ferry left at noon, an hour late.',
    'Shortly after MIDNIGHT the power came back.',
    'The ruling was issued 2024-03-05 in Vienna.',
    'Prices rose 12/5 on the exchange, traders said.',
    'The strike ended in March after three weeks.',
    'Nobody expected the afternoon session to run this long.',
    'The midday heat kept crowds away.',
    'A 5 pm deadline passed without a deal.',
    'The afternoonish lull, as reporters called it, ended.',
    'Results from 14 districts were still out.',
    '',
  ];

  it('agrees with the one-regex cue on sentences with and without digits', () => {
    for (const s of sentences) expect(enCue(s), s).toBe(FULL_CUE.test(s));
  });

  it('keeps only the chunks that hold a cue', () => {
    const text = 'The talks began on Monday. They resumed at noon. Nothing else happened.';
    const chunks = timeChunks(text, [{ start: 0, end: text.length }], 'en');
    expect(chunks.map((c) => text.slice(c.start, c.end).trim())).toEqual(['They resumed at noon.']);
  });
});
