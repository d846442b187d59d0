import { describe, expect, it } from 'vitest';
import { claimFinder, storyInput, type FixtureArticle } from './test-fixtures.js';
import { verdictOf } from './verdict.js';
import type { Claim } from './types.js';

/** Smugglers closing on an invented cargo ship, told by three invented outlets. */
const SMUGGLERS: FixtureArticle[] = [
  {
    id: 'quay',
    outlet: 'Quay Times',
    published: '2026-05-02',
    text: `Cargo ship circled
Smugglers on two speed boats had circled the cargo ship Almira near dawn.`,
  },
  {
    id: 'beacon',
    outlet: 'Beacon Wire',
    published: '2026-05-02',
    text: `Almira chased
The smugglers, in three boats, were trying to board the cargo ship Almira near dawn.`,
  },
  {
    id: 'mariner',
    outlet: 'Mariner Weekly',
    published: '2026-05-02',
    text: `Almira boarded
The smugglers, carrying three crates, boarded the cargo ship Almira near dawn.`,
  },
];

const input = storyInput(SMUGGLERS);
const claimOf = claimFinder(input);

/** The part of a claim from `phrase` to its end, as alignment narrows a member to the words a group shares. */
function partOf(c: Claim, phrase: string): Claim {
  const start = c.span.start + c.text.indexOf(phrase);
  const inside = (x: { start: number; end: number }): boolean => x.start >= start && x.end <= c.span.end;
  return { ...c, span: { start, end: c.span.end }, text: c.text.slice(start - c.span.start), numbers: c.numbers.filter(inside), entities: c.entities.filter(inside), marks: c.marks.filter(inside) };
}

describe('counts of what a group names', () => {
  it('reads an -ed word between a number and its noun as part of what is counted', () => {
    const quay = claimOf('quay', 'two speed boats');
    expect(quay.numbers.map((n) => n.phrase)).toEqual([['speed', 'ship']]);
  });

  it('contests a count the clause gives of a thing the narrowed part names', () => {
    const quay = claimOf('quay', 'two speed boats');
    const beacon = claimOf('beacon', 'three boats');
    const part = partOf(beacon, 'the cargo ship');
    expect(part.numbers).toEqual([]);
    const v = verdictOf([quay, part], 1, [quay, beacon]);
    expect(v).toMatchObject({ status: 'contested', kind: 'number' });
    expect(v.values.get(beacon.id)).toBe('three');
    expect(v.values.get(quay.id)).toBe('two');
  });

  it('leaves out a count of something the part does not name', () => {
    const quay = claimOf('quay', 'two speed boats');
    const mariner = claimOf('mariner', 'three crates');
    expect(verdictOf([quay, partOf(mariner, 'the cargo ship')], 1, [quay, mariner]).status).toBe('corroborated');
  });
});
