import { describe, expect, it } from 'vitest';
import { extractFeatures, isoDay } from './features.js';
import { fnv1a } from './hash.js';

const labels = (f: ReturnType<typeof extractFeatures>, ch: 'terms' | 'lead' | 'names' | 'focus' | 'numbers' | 'dates'): string[] =>
  [...f[ch].keys()].map((k) => f.labels.get(k) as string).sort();

const text = `Ferry Runs Aground Off Island Of Vardø
Updated: March 3, 2025 08:10 CET
A passenger ferry with 212 people on board ran aground near Vardø on Sunday, the Norwegian coastguard said.
Coastguard spokesman Lars Eide said nobody was hurt. Eide said tugboats from Kirkenes were on their way.
Photo: the ferry at dawn. Click here to subscribe to our newsletter.`;

describe('extractFeatures', () => {
  const captionStart = text.indexOf('Photo:');
  const f = extractFeatures({
    id: 'f1', text, published: null, language: 'en',
    marks: [{ start: captionStart, end: text.length, kind: 'promo' }],
  });

  it('takes the day from a date line when there is no published date', () => {
    expect(f.day).toBe(isoDay('2025-03-03'));
    expect(f.dayFrom).toBe('text');
    expect(f.years.has(2025)).toBe(true);
  });

  it('uses the headline line (skipping the date line) and the first sentence as the lead', () => {
    expect(f.title).toBe('Ferry Runs Aground Off Island Of Vardø');
    const lead = labels(f, 'lead');
    expect(lead).toContain('t:aground');
    expect(lead).toContain('t:coastguard');
    expect(lead).not.toContain('t:tugboat');
    expect(lead).not.toContain('t:updat');
  });

  it('ignores text inside marks', () => {
    expect(labels(f, 'terms')).not.toContain('t:newslett');
    expect(labels(f, 'terms')).toContain('t:tugboat');
  });

  it('collects names, focus names, numbers and dates', () => {
    expect(labels(f, 'names')).toEqual(expect.arrayContaining(['p:vardø', 'p:lars eide', 'p:eide', 'p:kirkenes']));
    const focus = [...f.focus.entries()].sort((a, b) => b[1] - a[1]);
    expect(focus.length).toBeLessThanOrEqual(4);
    expect(f.labels.get(focus[0][0])).toBe('w:eide');
    expect(labels(f, 'numbers')).toEqual(['n:212']);
    expect(labels(f, 'dates')).toEqual(expect.arrayContaining(['d:y:2025', 'd:m:2025-03', 'd:md:03-03', 'd:wd:7']));
  });

  it('prefers the published date', () => {
    const g = extractFeatures({ id: 'f2', text, published: '2025-03-04T09:00:00Z' });
    expect(g.day).toBe(isoDay('2025-03-04'));
    expect(g.dayFrom).toBe('published');
    expect(g.language).toBe('und');
  });
});

describe('features as plain data', () => {
  it('survive a structured clone (as between worker threads) and cluster the same', async () => {
    const { StoryClusterer } = await import('./cluster.js');
    const a = { id: 'w1', text, published: '2025-03-03', language: 'en' };
    const b = { id: 'w2', text: text.replace('212 people', '212 passengers'), published: '2025-03-03', language: 'en' };
    const direct = new StoryClusterer();
    const viaClone = new StoryClusterer();
    const d = [direct.add(a), direct.add(b)];
    const c = [a, b].map((x) => viaClone.addFeatures(structuredClone(extractFeatures(x))));
    expect(c.map((x) => [x.story, x.score])).toEqual(d.map((x) => [x.story, x.score]));
    expect(c[1].story).toBe(c[0].story);
  });
});

describe('stem counting when two stems share a hash', () => {
  // Two made-up words whose stem features collide under fnv1a (found by search): the vectors
  // are keyed by hash, so their occurrences add up under one key, labelled by the first seen.
  const [a, b] = ['tzafligvik', 'nkekwugzep'];

  it('adds the occurrences of both under the one hash, as a map keyed by hash would', () => {
    expect(fnv1a(`t:${a}`)).toBe(fnv1a(`t:${b}`));
    const f = extractFeatures({ id: 'c', text: `The ${b} met the ${a} and the ${a} again.\n` });
    const h = fnv1a(`t:${a}`);
    expect(f.terms.get(h)).toBeCloseTo(1 + Math.log(3), 12);
    expect(f.labels.get(h)).toBe(`t:${b}`);
    expect([...f.terms.keys()].filter((k) => k === h)).toHaveLength(1);
  });
});
