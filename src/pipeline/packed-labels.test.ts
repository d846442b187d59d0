import { describe, expect, it } from 'vitest';
import { deserialize, serialize } from 'node:v8';
import { LazyLabels, packLabels, unpackLabels } from './packed-labels.js';
import { extractFeatures } from '../stories/features.js';

const TEXT =
  'Harbour Authority Halts Night Ferries After Engine Fire\n' +
  'The Harbour Authority of Port Elsin suspended all night ferry crossings on Tuesday after an ' +
  'engine fire forced 212 passengers off the Marisol Star, a spokeswoman, Dana Voss, said.\n' +
  'Crews put out the fire within 40 minutes and nobody was hurt, according to the authority.';

function labelsOf(): Map<number, string> {
  return extractFeatures({ id: 'a1', text: TEXT, title: 'Harbour Authority Halts Night Ferries After Engine Fire', published: '2024-03-05T08:00:00Z', language: 'en' }).labels;
}

describe('packed feature labels', () => {
  it('round-trips a real label map through a structured clone, in order', () => {
    const labels = labelsOf();
    expect(labels.size).toBeGreaterThan(20);
    const packed = packLabels(labels);
    expect(packed).not.toBeNull();
    const lazy = unpackLabels(deserialize(serialize(packed)) as typeof packed & object);
    expect(lazy).toBeInstanceOf(Map);
    expect(lazy.size).toBe(labels.size);
    expect([...lazy]).toEqual([...labels]);
  });

  it('unpacks on the first read, whichever method reads', () => {
    const labels = new Map([[7, 't:ferri'], [3_900_000_001, 'p:dana voss'], [-2, 'd:y:2024']]);
    const packed = packLabels(labels)!;
    expect(new LazyLabels(packed).get(3_900_000_001)).toBe('p:dana voss');
    expect(new LazyLabels(packed).has(-2)).toBe(true);
    expect([...new LazyLabels(packed).keys()]).toEqual([7, 3_900_000_001, -2]);
    expect([...new LazyLabels(packed).values()]).toEqual(['t:ferri', 'p:dana voss', 'd:y:2024']);
    const seen: string[] = [];
    new LazyLabels(packed).forEach((v) => seen.push(v));
    expect(seen).toEqual(['t:ferri', 'p:dana voss', 'd:y:2024']);
    const edited = new LazyLabels(packed).set(9, 'n:212');
    expect(edited.size).toBe(4);
    expect(edited.delete(7)).toBe(true);
    expect([...edited.entries()]).toEqual([[3_900_000_001, 'p:dana voss'], [-2, 'd:y:2024'], [9, 'n:212']]);
  });

  it('keeps an empty map empty and leaves a label with the separator unpacked', () => {
    expect([...unpackLabels(packLabels(new Map())!)]).toEqual([]);
    expect(packLabels(new Map([[1, 'a\u0000b']]))).toBeNull();
  });
});
