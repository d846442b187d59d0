import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';
import { isStopword, STOPWORDS } from './stopwords.js';
import { stem } from './stem.js';

describe('tokenize', () => {
  const text = "The mayor's office said the 90-day U.S. review of 1,200 homes ended.";
  const toks = tokenize(text);

  it('keeps offsets that point into the text', () => {
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('lowercases, drops possessives, splits hyphenated compounds, keeps numbers and abbreviations', () => {
    expect(toks.map((t) => t.norm)).toEqual(
      ['the', 'mayor', 'office', 'said', 'the', '90', 'day', 'us.', 'review', 'of', '1,200', 'homes', 'ended'],
    );
    expect(toks.find((t) => t.text === '1,200')?.kind).toBe('number');
    expect(toks.find((t) => t.text === 'U.S.')?.kind).toBe('abbr');
    expect(toks[0].cap).toBe(true);
    expect(toks[1].cap).toBe(false);
  });

  it('tokenises pre-tokenised text like running text', () => {
    expect(tokenize('a 90 - day stay').map((t) => t.norm)).toEqual(tokenize('a 90-day stay').map((t) => t.norm));
  });

  it('tokenises only the requested range, with offsets into the whole text', () => {
    const part = tokenize(text, 4, 18);
    expect(part.map((t) => t.text)).toEqual(['mayor\'s', 'office']);
    expect(part[0].start).toBe(4);
  });

  it('handles curly apostrophes and non-Latin letters', () => {
    expect(tokenize('Zelensky’s plan for Kyiv, Ελλάδα').map((t) => t.norm)).toEqual(['zelensky', 'plan', 'for', 'kyiv', 'ελλάδα']);
  });
});

describe('stopwords and stems', () => {
  it('knows function words and not content words', () => {
    expect(isStopword('The')).toBe(true);
    expect(isStopword('don’t')).toBe(true);
    expect(isStopword('earthquake')).toBe(false);
    expect(STOPWORDS.has('said')).toBe(false);
  });

  it('stems with Porter', () => {
    expect(stem('elections')).toBe('elect');
    expect(stem('earthquakes')).toBe(stem('earthquake'));
    expect(stem('running')).toBe('run');
  });
});
