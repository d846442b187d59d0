import { describe, expect, it } from 'vitest';
import { parseSearchQuery, toFts5Query, toWebsearchQuery } from './search-query.js';

describe('parseSearchQuery', () => {
  it('splits phrases, words, exclusions and alternatives', () => {
    const parsed = parseSearchQuery('"Peace plan" Trump -Putin Okafor OR Lindqvist');
    expect(parsed.groups.map((g) => g.map((t) => t.words.join(' ')))).toEqual([
      ['peace plan'],
      ['trump'],
      ['okafor', 'lindqvist'],
    ]);
    expect(parsed.exclude.map((t) => t.raw)).toEqual(['Putin']);
  });

  it('drops punctuation-only input and keeps letters of any script', () => {
    expect(parseSearchQuery('(( * - " ^').groups).toEqual([]);
    expect(parseSearchQuery('Зеленський, «мирний план»').groups.map((g) => g[0].words)).toEqual([
      ['зеленський'],
      ['мирний', 'план'],
    ]);
  });

  it('treats a leading OR and an unterminated quote gracefully', () => {
    const parsed = parseSearchQuery('OR harbour "night shift');
    expect(parsed.groups.map((g) => g.map((t) => t.words.join(' ')))).toEqual([['harbour'], ['night shift']]);
  });
});

describe('query builders', () => {
  it('quotes every FTS5 term so operators in user input stay words', () => {
    expect(toFts5Query(parseSearchQuery('NEAR(a b) AND title:harbour -"U.S."'))).toBe(
      '("near a" AND "b" AND "and" AND "title harbour") NOT ("u s")',
    );
    expect(toFts5Query(parseSearchQuery('Okafor OR Lindqvist'))).toBe('("okafor" OR "lindqvist")');
  });

  it('returns null when only exclusions are given', () => {
    expect(toFts5Query(parseSearchQuery('-harbour -"night shift"'))).toBeNull();
    expect(toWebsearchQuery(parseSearchQuery('-harbour'))).toBeNull();
  });

  it('rebuilds a websearch query from the terms as typed', () => {
    expect(toWebsearchQuery(parseSearchQuery('U.S.-backed "peace plan" -Putin Okafor OR Raman'))).toBe(
      '"U.S.-backed" "peace plan" "Okafor" or "Raman" -"Putin"',
    );
  });
});
