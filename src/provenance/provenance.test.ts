import { describe, expect, it } from 'vitest';
import { copyFamilies, distinctOrigins, originsLabel, Provenance, sourceKey } from './index.js';
import type { Article } from '../types.js';

function article(id: string, published: string, feedSource?: Article['source']['feedSource']): Article {
  return {
    id, version: 1, text: '', title: null, titleSpan: null, outlet: null, outletInferred: false, outletSpan: null,
    published, estimatedPublished: null, language: 'en', url: null, author: null, categories: [],
    source: { kind: 'rss', input: 'feed.xml', ...(feedSource ? { feedSource } : {}) },
    marks: [], sentences: [], messages: [], contentHash: id,
  };
}

describe('provenance', () => {
  it('maps copies to the first-published article of their family', () => {
    const arts = [article('b', '2026-01-02'), article('a', '2026-01-01'), article('c', '2026-01-03')];
    const fam = copyFamilies(arts, [
      { article: 'b', of: 'a', kind: 'near', similarity: 0.95 },
      { article: 'c', of: 'b', kind: 'exact', similarity: 1 },
    ]);
    expect([...fam.values()]).toEqual(['a', 'a', 'a']);
  });

  it('resolves cited sources across outlets to one origin and unattributed reporting to the outlet', () => {
    const arts = [article('x', '2026-01-01'), article('y', '2026-01-01'), article('z', '2026-01-01', { name: 'Wire Service', carriedBy: 'Town Paper' })];
    const outlets = new Map([['x', 'North Post'], ['y', 'South Daily'], ['z', 'Wire Service']]);
    const p = new Provenance(arts, outlets, []);
    const o = [
      p.originOf({ article: 'x', outlet: 'North Post', source: 'the Interior Ministry', sourceEntity: null }),
      p.originOf({ article: 'y', outlet: 'South Daily', source: 'Interior Ministry', sourceEntity: null }),
      p.originOf({ article: 'y', outlet: 'South Daily', source: null, sourceEntity: null }),
      p.originOf({ article: 'x', outlet: 'North Post', source: 'South Daily', sourceEntity: null }),
      p.originOf({ article: 'z', outlet: 'Wire Service', source: null, sourceEntity: null }),
    ];
    const d = distinctOrigins(o);
    expect(d.map((x) => x.label)).toEqual(['the Interior Ministry', 'South Daily', 'Wire Service']);
    expect(originsLabel(2, d.slice(0, 1))).toBe('2 outlets, 1 origin (the Interior Ministry)');
    expect(p.graph().edges).toContainEqual(expect.objectContaining({ from: 'outlet:town paper', to: 'outlet:wire service', kind: 'syndicates' }));
    expect(sourceKey('The Guardian')).toBe(sourceKey('the Guardian'));
  });
});
