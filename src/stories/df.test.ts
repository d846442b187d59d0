import { describe, expect, it } from 'vitest';
import { DocumentFrequencies } from './df.js';
import { fnv1a } from './hash.js';

const doc = (...words: string[]): number[] => [...new Set(words.map((w) => fnv1a(`t:${w}`)))];

describe('DocumentFrequencies', () => {
  it('counts documents per key and gives the smoothed IDF', () => {
    const df = new DocumentFrequencies();
    df.addDocument(doc('flood', 'river', 'evacu'));
    df.addDocument(doc('flood', 'bridg'));
    df.addDocument(doc('elect', 'vote'));
    expect(df.n).toBe(3);
    expect(df.df(fnv1a('t:flood'))).toBe(2);
    expect(df.df(fnv1a('t:vote'))).toBe(1);
    expect(df.df(fnv1a('t:unseen'))).toBe(0);
    expect(df.idf(fnv1a('t:flood'))).toBe(Math.log(4 / 3) + 1);
    expect(df.idf(fnv1a('t:unseen'))).toBe(Math.log(4) + 1);
  });

  it('addDistinct counts a key shared by several lists once per document', () => {
    const a = new DocumentFrequencies();
    const b = new DocumentFrequencies();
    const title = doc('quak', 'chile');
    const body = doc('quak', 'chile', 'tsunami', 'warn');
    a.addDistinct([title, body]);
    a.addDistinct([body]);
    b.addDocument(new Set([...title, ...body]));
    b.addDocument(body);
    expect(a.toJSON()).toEqual(b.toJSON());
    expect(a.df(fnv1a('t:quak'))).toBe(2);
  });

  it('keeps insertion order, prunes the rarest beyond capacity and survives a snapshot', () => {
    const df = new DocumentFrequencies(40);
    for (let d = 0; d < 30; d++) df.addDocument(doc('report', `topic${d}`, `place${d % 3}`));
    expect(df.size).toBeLessThanOrEqual(40);
    // The common keys survive pruning; one-off topics went first.
    expect(df.df(fnv1a('t:report'))).toBe(30);
    expect(df.df(fnv1a('t:place1'))).toBe(10);
    const keys = df.toJSON().counts.map(([k]) => k);
    expect(keys[0]).toBe(fnv1a('t:report'));
    const back = DocumentFrequencies.fromJSON(df.toJSON());
    expect(back.toJSON()).toEqual(df.toJSON());
    back.addDocument(doc('report'));
    expect(back.df(fnv1a('t:report'))).toBe(31);
    expect(back.idf(fnv1a('t:report'))).toBe(Math.log(32 / 32) + 1);
  });

  it('grows past its initial table without losing counts', () => {
    const df = new DocumentFrequencies();
    for (let d = 0; d < 50; d++) df.addDocument(Array.from({ length: 200 }, (_, i) => fnv1a(`t:w${d * 100 + i}`)));
    expect(df.size).toBe(49 * 100 + 200);
    expect(df.df(fnv1a('t:w150'))).toBe(2);
    expect(df.df(fnv1a('t:w5099'))).toBe(1);
  });
});
