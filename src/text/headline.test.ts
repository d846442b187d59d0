import { describe, expect, it } from 'vitest';
import { findHeadline, sameTitle } from './headline.js';
import { splitLines } from './lines.js';

const find = (text: string, title?: string) => {
  const r = findHeadline(splitLines(text), [], title);
  return { ...r, spanText: r.titleSpan ? text.slice(r.titleSpan.start, r.titleSpan.end) : null };
};

describe('findHeadline', () => {
  it('takes a bare first line as the title when none is declared', () => {
    const r = find('Rail strike halts freight across the north\nTrains stood idle on Monday as drivers walked out.');
    expect(r.title).toBe('Rail strike halts freight across the north');
    expect(r.spanText).toBe(r.title);
  });

  it('does not take a sentence, a dateline, a wrapped line or a lone line', () => {
    expect(find('Trains stood idle on Monday as drivers walked out.\nMore follows.').title).toBeNull();
    expect(find('OSLO (Reuters) - Trains stood idle\nMore follows.').title).toBeNull();
    expect(find('Trains stood idle on Monday across the\nnorth of the country.').title).toBeNull();
    expect(find('The strike in the north').title).toBeNull();
    expect(find('Union leaders said on Monday that they would not return to the table unless the ministry withdrew the plan?\nMore.').title).toBeNull();
  });

  it('locates a declared title that is the first line, allowing punctuation and outlet suffixes', () => {
    const t = 'Rail strike halts freight across the north.\nTrains stood idle.';
    expect(find(t, 'Rail strike halts freight across the north').spanText).toBe('Rail strike halts freight across the north.');
    expect(find(t, 'Rail strike halts freight across the north - The Daily Ledger').titleSpan).not.toBeNull();
    const other = find(t, 'Unions win pay deal');
    expect(other.title).toBe('Unions win pay deal');
    expect(other.titleSpan).toBeNull();
  });

  it('compares titles loosely', () => {
    expect(sameTitle('“Strike” ends — at last', '"Strike" ends - at last')).toBe(true);
    expect(sameTitle('Strike ends', 'Strike ends in three cities after long talks')).toBe(false);
  });
});

describe('sameTitle variants', () => {
  it('accepts a lightly edited headline and rejects a different one', () => {
    expect(sameTitle('Fire and gunfire reported outside the consulate in Herat', 'Fire and gunfire outside the consulate in Herat')).toBe(true);
    expect(sameTitle('Consulate reopens after attack in Herat', 'Fire and gunfire outside the consulate in Herat')).toBe(false);
  });
});
