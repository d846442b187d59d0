import { describe, expect, it } from 'vitest';
import { matchRelations, relationMatches, type GoldRelation } from '../../eval/attribution.js';
import { codePointToIndex as codePointIndex } from '../../eval/common.js';
import type { Attribution } from '../../types.js';

const span = (start: number, end: number) => ({ start, end, text: '' });

describe('attribution metric', () => {
  const gold: GoldRelation = { source: { start: 0, end: 5 }, cue: { start: 6, end: 10 }, content: { start: 11, end: 51 } };

  it('matches when cues overlap, contents have Jaccard >= 0.5 and sources overlap', () => {
    const p: Attribution = { source: span(0, 5), cue: span(6, 10), content: span(11, 40) };
    expect(relationMatches(p, gold)).toBe(true);
  });

  it('rejects a content with Jaccard below 0.5 or a missing source where gold has one', () => {
    expect(relationMatches({ source: span(0, 5), cue: span(6, 10), content: span(11, 25) }, gold)).toBe(false);
    expect(relationMatches({ source: null, cue: span(6, 10), content: span(11, 51) }, gold)).toBe(false);
    // no gold source: any predicted source is fine
    expect(relationMatches({ source: span(60, 70), cue: span(6, 10), content: span(11, 51) }, { ...gold, source: null })).toBe(true);
  });

  it('matches one to one', () => {
    const p: Attribution = { source: span(0, 5), cue: span(6, 10), content: span(11, 51) };
    expect(matchRelations([p, p], [gold])).toHaveLength(1);
  });

  it('converts code point offsets to string indices past astral characters', () => {
    const text = 'a😀b said';
    const cp = codePointIndex(text);
    expect(cp(2)).toBe(3); // "b" is code point 2, string index 3
    expect(text.slice(cp(4), cp(8))).toBe('said');
  });
});
