import { describe, expect, it } from 'vitest';
import { agreementPairs, mapOnto, sharedShare } from './agreement.js';
import { AttributionScorer, type GoldArticle } from './attribution.js';

const TEXT = 'The mayor said the bridge would reopen in spring. Engineers told the council the repairs were on schedule.';
const EDITED = TEXT.replace('in spring', 'next spring');

function rel(text: string, source: string, cue: string, content: string): GoldArticle['gold'][number] {
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  return { source: at(source), cue: at(cue), content: at(content) };
}

describe('annotator agreement', () => {
  it('pairs twice-annotated articles by title and shared text', () => {
    const a = { id: 'a', title: 'Bridge', text: TEXT, gold: [] };
    const b = { id: 'b', title: 'Bridge', text: EDITED, gold: [] };
    const c = { id: 'c', title: 'Other', text: TEXT, gold: [] };
    expect(sharedShare(TEXT, EDITED)).toBeGreaterThan(0.9);
    expect(agreementPairs([a, c, b], 0.9).map(([x, y]) => [x.id, y.id])).toEqual([['a', 'b']]);
  });

  it('aligns texts that differ in white space only', () => {
    const spaced = TEXT.replace('The mayor said', 'The  mayor\nsaid').replace('the repairs', 'the  repairs');
    const from: GoldArticle = { id: 'a', text: TEXT, gold: [rel(TEXT, 'Engineers', 'told', 'the repairs were on schedule'), rel(TEXT, 'The mayor', 'said', 'the bridge would reopen in spring')] };
    const onto: GoldArticle = { id: 'b', text: spaced, gold: [] };
    expect(sharedShare(TEXT, spaced)).toBe(1);
    expect(sharedShare(TEXT, 'Nothing alike here at all.')).toBe(0);
    const moved = mapOnto(from, onto);
    expect(moved.map((r) => spaced.slice(r.cue.start, r.cue.end))).toEqual(['told', 'said']);
    expect(spaced.slice(moved[0].content.start, moved[0].content.end)).toBe('the  repairs were on schedule');
    expect(spaced.slice(moved[1].source!.start, moved[1].source!.end)).toBe('The  mayor');
  });

  it('moves relations across an edit', () => {
    const from: GoldArticle = {
      id: 'a',
      text: TEXT,
      gold: [rel(TEXT, 'The mayor', 'said', 'the bridge would reopen in spring'), rel(TEXT, 'Engineers', 'told', 'the repairs were on schedule')],
    };
    const onto: GoldArticle = { id: 'b', text: EDITED, gold: [rel(EDITED, 'Engineers', 'told', 'the repairs were on schedule')] };
    const moved = mapOnto(from, onto);
    expect(moved.map((r) => EDITED.slice(r.content.start, r.content.end))).toEqual(['the bridge would reopen next spring', 'the repairs were on schedule']);
    moved.shift();
    const s = new AttributionScorer();
    s.add(moved.map((r) => ({ source: r.source && { ...r.source, text: '' }, cue: { ...r.cue, text: '' }, content: { ...r.content, text: '' } })), onto.gold);
    expect(s.scores().relation.f1).toBe(1);
  });
});
