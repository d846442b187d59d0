import { describe, expect, it } from 'vitest';
import { Coverage, endsWithTerminal, isHeadlineLike, lineCoverage, splitLines } from './lines.js';

describe('lines', () => {
  it('splits lines with trimmed content spans over any line ending', () => {
    const t = '  Headline here \r\n\nBody line.\rLast';
    const lines = splitLines(t);
    expect(lines.map((l) => l.text)).toEqual(['Headline here', '', 'Body line.', 'Last']);
    for (const l of lines) expect(t.slice(l.contentStart, l.contentEnd)).toBe(l.text);
  });

  it('ends a text with a line break with an empty last line, and breaks at line separators', () => {
    const spans = (t: string) => splitLines(t).map((l) => [l.start, l.end, l.text]);
    expect(spans('Dam opens\r\n')).toEqual([[0, 9, 'Dam opens'], [11, 11, '']]);
    expect(spans('Dam opens\n\r')).toEqual([[0, 9, 'Dam opens'], [10, 10, ''], [11, 11, '']]);
    expect(spans('Dam\u2028opens\u2029today\r')).toEqual([[0, 3, 'Dam'], [4, 9, 'opens'], [10, 15, 'today'], [16, 16, '']]);
    expect(spans('')).toEqual([[0, 0, '']]);
  });

  it('tells sentence endings, including closing quotes', () => {
    expect(endsWithTerminal('He left.')).toBe(true);
    expect(endsWithTerminal('“We will appeal.”')).toBe(true);
    expect(endsWithTerminal('“ We will appeal. ”')).toBe(true);
    expect(endsWithTerminal('Storm hits coast')).toBe(false);
  });

  it('recognises headline-like lines', () => {
    expect(isHeadlineLike('Storm hits coast as thousands flee')).toBe(true);
    expect(isHeadlineLike('Is the ceasefire over?')).toBe(true);
    expect(isHeadlineLike('Is the ceasefire over?', { allowQuestion: false })).toBe(false);
    expect(isHeadlineLike('Storm hits coast.')).toBe(false);
    expect(isHeadlineLike('storm hits coast')).toBe(false);
    expect(isHeadlineLike('Storm hits the')).toBe(false);
    expect(isHeadlineLike('Prices fell. Traders left early')).toBe(false);
    expect(isHeadlineLike('Email tips to desk@example.org')).toBe(false);
    expect(isHeadlineLike('Recall', { minWords: 1 })).toBe(true);
  });

  it('computes line coverage by spans', () => {
    const t = 'one line\ntwo line\nthree line';
    const lines = splitLines(t);
    const cov = lineCoverage(lines, [
      { start: 0, end: 8 },
      { start: 9, end: 12 },
    ]);
    expect(Array.from(cov)).toEqual([Coverage.All, Coverage.Part, Coverage.None]);
    const spanning = lineCoverage(lines, [{ start: 0, end: t.length }]);
    expect(Array.from(spanning)).toEqual([Coverage.All, Coverage.All, Coverage.All]);
  });
});
