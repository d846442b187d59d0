import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';
import { findNumbers, parseDigits } from './numbers.js';

const values = (text: string): Array<[string, number]> =>
  findNumbers(text, tokenize(text)).map((n) => [n.text, n.value]);

describe('findNumbers', () => {
  it('parses digits with separators and decimals', () => {
    expect(values('At least 1,200 homes and 7.1 magnitude')).toEqual([['1,200', 1200], ['7.1', 7.1]]);
  });

  it('applies scale words and suffixes', () => {
    expect(values('a 1.2 million euro loss, $5bn in aid and 30k fans')).toEqual([
      ['1.2 million', 1_200_000], ['5bn', 5e9], ['30k', 30_000],
    ]);
  });

  it('reads number words', () => {
    expect(values('twelve miners, twenty-five soldiers, two hundred and ten homes, a dozen boats')).toEqual([
      ['twelve', 12], ['twenty-five', 25], ['two hundred and ten', 210], ['a dozen', 12],
    ]);
  });

  it('marks four-digit years', () => {
    const n = findNumbers('In 2013 some 2013.5 tonnes', tokenize('In 2013 some 2013.5 tonnes'));
    expect(n.map((x) => x.yearLike)).toEqual([true, false]);
  });

  it('rejects malformed digit groups', () => {
    expect(parseDigits('12,34,5')).toBeNaN();
    expect(parseDigits('1.200.000')).toBe(1_200_000);
  });
});
