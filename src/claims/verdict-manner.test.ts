import { describe, expect, it } from 'vitest';
import { claimFinder, storyInput, type FixtureArticle } from './test-fixtures.js';
import { verdictOf } from './verdict.js';
import { statedManners } from './verdict-manner.js';

/** A death in an invented port town, told three ways by invented outlets. */
const DEATH: FixtureArticle[] = [
  {
    id: 'signal',
    outlet: 'Harbour Signal',
    published: '2026-05-20',
    text: `Dock worker dies in Brell
A dock worker was shot dead outside the Brell warehouse on Tuesday.`,
  },
  {
    id: 'tribune',
    outlet: 'Brell Tribune',
    published: '2026-05-20',
    text: `Killing at Brell docks
A dock worker was stabbed to death outside the Brell warehouse on Tuesday.`,
  },
  {
    id: 'echo',
    outlet: 'Coast Echo',
    published: '2026-05-20',
    text: `Brell docks death
A dock worker died of gunshot wounds outside the Brell warehouse on Tuesday.`,
  },
];

const input = storyInput(DEATH);

/** The claim of `article` whose text holds `phrase`. */
const claimOf = claimFinder(input);

describe('manner of death', () => {
  it('reads manners only where the words speak of a death or an injury', () => {
    expect(statedManners('Two people choked on smoke and died.').map((m) => m.manner)).toEqual(['suffocated']);
    expect(statedManners('He was shot and stabbed, and died in hospital.').map((m) => m.manner)).toEqual(['shot', 'stabbed']);
    expect(statedManners('The singer shot to fame in 2010.')).toEqual([]);
  });

  it('contests "shot dead" against "stabbed to death", each mention with its words', () => {
    const a = claimOf('signal', 'shot dead');
    const b = claimOf('tribune', 'stabbed to death');
    const v = verdictOf([a, b]);
    expect(v).toMatchObject({ status: 'contested', kind: 'argument' });
    expect(v.values.get(a.id)).toBe('shot');
    expect(v.values.get(b.id)).toBe('stabbed');
  });

  it('keeps the same manner in other words corroborated', () => {
    expect(verdictOf([claimOf('signal', 'shot dead'), claimOf('echo', 'gunshot wounds')]).status).toBe('corroborated');
  });
});
