import { describe, expect, it } from 'vitest';
import { claimFinder, storyInput, type FixtureArticle } from './test-fixtures.js';
import { verdictOf } from './verdict.js';
import { statedAspect } from './verdict-aspect.js';

/** A freighter sunk off an invented coast, told by invented outlets. */
const FREIGHTER: FixtureArticle[] = [
  {
    id: 'ledger',
    outlet: 'Harbour Ledger',
    published: '2026-06-02',
    text: `Frigate sinks freighter off Cape Orun
The frigate sank a freighter that had been seized by gunmen off Cape Orun on Sunday.`,
  },
  {
    id: 'mercury',
    outlet: 'Orun Mercury',
    published: '2026-06-02',
    text: `Navy fires on freighter
The frigate sank a freighter that was being seized by gunmen off Cape Orun on Sunday.`,
  },
  {
    id: 'post',
    outlet: 'Coast Post',
    published: '2026-06-02',
    text: `Freighter lost off Cape Orun
The frigate sank a freighter that was seized by gunmen off Cape Orun on Sunday.`,
  },
  {
    id: 'wire',
    outlet: 'Bay Wire',
    published: '2026-06-02',
    text: `Freighter sunk off Cape Orun
The frigate sank a freighter that had already been seized by gunmen off Cape Orun on Sunday.`,
  },
  {
    id: 'gazette',
    outlet: 'Orun Gazette',
    published: '2026-06-02',
    text: `Gunmen fire on freighter
The gunmen had fired at the freighter with rifles off Cape Orun.
The freighter was being fired on by the gunmen off Cape Orun, the crew said.`,
  },
];

const claimOf = claimFinder(storyInput(FREIGHTER));

/** The aspect a sentence gives the verb `verb` (its first occurrence). */
function aspectIn(sentence: string, verb: string): string | null {
  const at = sentence.indexOf(verb);
  return statedAspect(sentence, at, at + verb.length)?.aspect ?? null;
}

describe('finished or under way', () => {
  it('reads past perfects as done and past progressives as under way', () => {
    expect(aspectIn('a tanker that had been boarded by raiders', 'boarded')).toBe('done');
    expect(aspectIn('the crew had already left the ship', 'left')).toBe('done');
    expect(aspectIn('a tanker that was being boarded by raiders', 'boarded')).toBe('ongoing');
    expect(aspectIn('raiders were still boarding the tanker', 'boarding')).toBe('ongoing');
  });

  it('reads neither in the simple past, nor in present forms of an act that goes on', () => {
    expect(aspectIn('a tanker that was boarded by raiders', 'boarded')).toBeNull();
    expect(aspectIn('Traffic is being rerouted through Lisbon.', 'rerouted')).toBeNull();
    expect(aspectIn('Traffic has been rerouted through Lisbon.', 'rerouted')).toBeNull();
    // "being" as a gerund before another verb is no progressive of that verb.
    expect(aspectIn('He denied being involved.', 'denied')).toBeNull();
  });

  it('contests "had been seized" against "was being seized", each mention with its verb group', () => {
    const done = claimOf('ledger', 'had been seized');
    const ongoing = claimOf('mercury', 'was being seized');
    const v = verdictOf([done, ongoing]);
    expect(v).toMatchObject({ status: 'contested', kind: 'action' });
    expect(v.values.get(done.id)).toBe('had been seized');
    expect(v.values.get(ongoing.id)).toBe('was being seized');
  });

  it('compares only one voice: "had fired" and "was being fired on" tell different sides of the act', () => {
    const fired = claimOf('gazette', 'had fired');
    const firedOn = claimOf('gazette', 'was being fired');
    expect(fired.predicate).toBe(firedOn.predicate);
    // The second clause as another outlet would tell it.
    expect(verdictOf([fired, { ...firedOn, outlet: 'Bay Wire', id: `${firedOn.id}-copy` }]).status).toBe('corroborated');
  });

  it('keeps the simple past and "had already been" in agreement with the perfect', () => {
    expect(verdictOf([claimOf('ledger', 'had been seized'), claimOf('post', 'was seized')]).status).toBe('corroborated');
    expect(verdictOf([claimOf('ledger', 'had been seized'), claimOf('wire', 'had already been seized')]).status).toBe('corroborated');
  });
});
