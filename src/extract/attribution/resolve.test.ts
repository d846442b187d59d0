import { describe, expect, it } from 'vitest';
import { extractAttributions, resolveSources } from './index.js';

describe('resolveSources', () => {
  const text =
    'Kremlin spokesman Dmitry Peskov said the talks would resume. ' +
    'Oksana Hrytsenko, a lawmaker in Kyiv, called the talks a stalling tactic. She said no date was agreed. ' +
    'The Kremlin spokesman later said the date was not set. ' +
    'Peskov added that no sanctions were discussed. ' +
    'He also said the delegation would be small.';

  it('links role nouns, surnames and pronouns to named sources', () => {
    const out = resolveSources(extractAttributions(text), text);
    const bySource = out.map((a) => [a.source?.text, a.sourceEntity]);
    expect(bySource).toContainEqual(['Kremlin spokesman Dmitry Peskov', 'kremlin-spokesman-dmitry-peskov']);
    expect(bySource).toContainEqual(['The Kremlin spokesman', 'kremlin-spokesman-dmitry-peskov']);
    expect(bySource).toContainEqual(['Peskov', 'kremlin-spokesman-dmitry-peskov']);
    expect(bySource).toContainEqual(['He', 'kremlin-spokesman-dmitry-peskov']);
    // "She" in the third sentence is the lawmaker, the nearest named source
    const she = out.find((a) => a.source?.text === 'She');
    expect(she?.sourceEntity).toBe('oksana-hrytsenko');
  });

  it('prefers the hook of the entity stage when it knows the source', () => {
    const out = resolveSources(extractAttributions(text), text, (s) =>
      s.text.includes('Peskov') ? 'dmitry-peskov' : null,
    );
    expect(out[0].sourceEntity).toBe('dmitry-peskov');
    expect(out.find((a) => a.source?.text === 'The Kremlin spokesman')?.sourceEntity).toBe('dmitry-peskov');
  });

  it('leaves plural and missing sources unlinked', () => {
    const t = 'Officials said the road was closed. They said it would reopen.';
    const out = resolveSources(extractAttributions(t), t);
    expect(out.map((a) => a.sourceEntity)).toEqual([null, null]);
  });

  it('reads a lone capitalised source as a common noun when the text writes it in lower case', () => {
    const at = (text: string, source: string) => {
      const start = text.lastIndexOf(source);
      const cue = text.indexOf('said', start);
      return {
        source: { start, end: start + source.length, text: source },
        cue: { start: cue, end: cue + 4, text: 'said' },
        content: { start: cue + 5, end: text.length, text: text.slice(cue + 5) },
      };
    };
    const common = 'Management said the plant would close. Staff blamed management for the delay.';
    expect(resolveSources([at(common, 'Management')], common)[0].sourceEntity).toBeNull();
    const named = 'Holloway said the plant would close. Staff blamed the delay on the board.';
    expect(resolveSources([at(named, 'Holloway')], named)[0].sourceEntity).toBe('holloway');
    // the text is read with the first "Rex" taken out: there "rRexex" becomes "rex"
    const cut = 'An rRexex trial went ahead. Rex said the plan would fail.';
    expect(resolveSources([at(cut, 'Rex')], cut)[0].sourceEntity).toBeNull();
  });
});
