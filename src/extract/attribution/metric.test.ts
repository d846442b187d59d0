import { describe, expect, it } from 'vitest';
import { cueKind, CueLoss, matchRelations, relationMatches, type GoldRelation } from '../../eval/attribution.js';
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

  it('sorts gold cues into kinds', () => {
    expect(cueKind('said')).toBe('single word');
    expect(cueKind('took aim at')).toBe('multiword');
    expect(cueKind('has been quoted as saying')).toBe('aux + verb');
    expect(cueKind('did not say')).toBe('negated');
    expect(cueKind("wouldn't discuss")).toBe('negated');
    expect(cueKind('according to')).toBe('according to');
    expect(cueKind(':')).toBe('colon / dash');
  });

  it('counts cue characters missed whole, missed at a boundary and spurious', () => {
    const text = 'Lee said in a statement that it rained. Kim took aim at the plan. Rao said so.';
    const at = (w: string): { start: number; end: number } => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    const g = (cue: string): GoldRelation => ({ source: null, cue: at(cue), content: at('it rained') });
    const p = (cue: string): Attribution => ({ source: null, cue: { ...at(cue), text: cue }, content: { ...at('it rained'), text: '' } });
    const loss = new CueLoss();
    loss.add(text, [p('said'), p('Rao said')], [g('said in a statement'), g('took aim at')]);
    const lines = loss.lines().join('\n');
    // "said in a statement" found in part: 4 of 19 characters, 15 missed at its end
    expect(lines).toMatch(/multiword\s+2\s+30\s+4 .*whole 1 \/ 11 {2}boundary 1 \/ 15/);
    // "Rao said" overlaps no gold cue
    expect(lines).toMatch(/spurious cue chars: 8 in 1 cues overlapping no gold cue, 0 beyond/);
  });
});
