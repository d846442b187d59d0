import { describe, expect, it } from 'vitest';
import { normaliseWord, tokenize, type Token } from './tokenize.js';
import { isStopword, STOPWORDS } from './stopwords.js';
import { stem } from './stem.js';
import { mulberry32 as rng } from '../util/random.js';

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

/** The original regular-expression tokeniser: the oracle the char-code scanner must match. */
function tokenizeRegex(text: string, from = 0, to = text.length): Token[] {
  const re = /(\p{L}\.(?:\p{L}\.)+)|(\d+(?:[.,]\d+)*)|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*)/gu;
  const out: Token[] = [];
  const slice = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const raw = m[0];
    const start = from + m.index;
    const end = start + raw.length;
    const cap = /\p{Lu}/u.test(raw[0]);
    if (m[1] !== undefined) out.push({ start, end, text: raw, norm: raw.replace(/\./g, '').toLowerCase() + '.', kind: 'abbr', cap });
    else if (m[2] !== undefined) out.push({ start, end, text: raw, norm: raw, kind: 'number', cap: false });
    else out.push({ start, end, text: raw, norm: normaliseWord(raw), kind: 'word', cap });
  }
  return out;
}


describe('tokenize matches the regular-expression grammar', () => {
  const samples = [
    "The U.S. and the E.U. met at 9 a.m. on Jan. 5; the U.K.'s envoy, Mr. O'Neill, didn't attend.",
    'Prices rose 7.1% to $1,200.50 (up from 1.200.000 in 2013.) after 3,4,5 rounds, 90-day and 90 - day.',
    'Zelensky’s plan for Kyiv, Ελλάδα, Москва, 東京 and İstanbul; naïve café owners’ rock’n’roll.',
    'Decomposed: cafe\u0301 and \u0301accent, e\u0308 ma\u00f1ana; digits ٣٤ and ²³ in x²y and abc123def.',
    'Astral: 𝐀𝐁𝐂 math letters, 𝒜.𝒝. abbr, emoji 😀 between words😀here, a lone \ud800 surrogate \udc00 too.',
    "Edge cases: 'quoted' words, trailing apostrophe' and ’curly’, a.b, a.b., A.B.C.D., x.y.z and 5.",
    'ALL CAPS HEADLINE: MAYOR’S OFFICE SAYS 12 DEAD, 1,000S HURT',
  ];

  it('gives the same tokens on varied news-like text', () => {
    for (const s of samples) expect(tokenize(s)).toEqual(tokenizeRegex(s));
  });

  it('gives the same tokens on sub-ranges, including ranges that cut a surrogate pair', () => {
    for (const s of samples) {
      for (let from = 0; from < s.length; from += 7) {
        for (const len of [1, 5, 13, 40]) {
          const to = Math.min(s.length, from + len);
          expect(tokenize(s, from, to)).toEqual(tokenizeRegex(s, from, to));
        }
      }
    }
  });

  it('gives the same tokens on random strings of tricky characters', () => {
    const alphabet = [
      'a', 'B', 'z', 'É', 'é', 'ß', 'İ', 'Σ', 'ж', 'Ж', '東', '0', '7', '٣', '²', '.', ',', "'", '’', '‘', '-', ' ', '\n',
      '\u0301', '\u0308', '𝐀', '😀', '\ud800', '\udc00', '"', '$', '%', '_', '\u00ad',
    ];
    const next = rng(42);
    for (let round = 0; round < 3000; round++) {
      let s = '';
      const len = 1 + Math.floor(next() * 30);
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(next() * alphabet.length)];
      expect(tokenize(s)).toEqual(tokenizeRegex(s));
      const from = Math.floor(next() * s.length);
      const to = from + Math.floor(next() * (s.length - from + 1));
      expect(tokenize(s, from, to)).toEqual(tokenizeRegex(s, from, to));
    }
  });

  it('returns equal strings for repeated words, and copes with very long tokens', () => {
    const long = 'x'.repeat(5000);
    expect(tokenize(`${long} ${long}`)).toEqual(tokenizeRegex(`${long} ${long}`));
    const [a, b] = tokenize('Harbour harbour Harbour').filter((t) => t.text === 'Harbour');
    expect(a.norm).toBe(b.norm);
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
