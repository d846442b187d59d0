import { describe, expect, it } from 'vitest';
import { CueErrors, cueOutcomes, inContext } from './cue-errors.js';
import type { Attribution, Span } from '../types.js';

const text = 'Jo Lee said on Monday that taxes will fall, and Ann Roe slammed the plan as reckless.';
const at = (s: string): Span => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const rel = (cue: string, content: string): Attribution => {
  const c = at(cue);
  const t = at(content);
  return { source: null, cue: { ...c, text: cue }, content: { ...t, text: content } } as Attribution;
};

describe('CueErrors', () => {
  it('sorts gold and predicted cues into the four kinds, counted in characters', () => {
    const e = new CueErrors();
    const gold = [{ cue: at('said on Monday') }, { cue: at('slammed') }, { cue: at('Lee') }];
    e.add(text, [rel('said', 'taxes will fall'), rel('slammed the plan', 'reckless'), rel('will', 'fall')], gold);
    const lines = e.lines(5);
    expect(lines).toContain('missed whole: 1 cues, 3 characters');
    expect(lines).toContain('cut short: 1 cues, 10 characters');
    expect(lines).toContain('spurious: 1 cues, 4 characters');
    expect(lines).toContain('over-extended: 1 cues, 9 characters');
    expect(lines.some((l) => l.includes('[[said on Monday]]') && l.includes('predicted "said"'))).toBe(true);
  });

  it('shows a cue between brackets in its context', () => {
    expect(inContext(text, at('slammed'))).toContain('Ann Roe [[slammed]] the plan');
  });

  it('compares each distinct cue once, as the character score does', () => {
    // One cue with two contents is two relations but one cue.
    const pred = [rel('said on', 'taxes will fall'), rel('said on', 'fall'), rel('Lee said', 'taxes will fall')];
    const out = cueOutcomes(pred, [{ cue: at('said on Monday') }, { cue: at('said on Monday') }]);
    expect(out.gold).toEqual([{ cue: at('said on Monday'), hit: 7 }]);
    expect(out.pred.map((p) => [p.cue.start, p.over.length, p.extra])).toEqual([
      [at('said on').start, 1, 0],
      [at('Lee said').start, 1, 4],
    ]);
  });
});
