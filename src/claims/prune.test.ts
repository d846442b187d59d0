/**
 * Big claim groups without their chaining outliers: a node that carries too little of what the
 * group's members share leaves it, the others stay together.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, pruneGroups } from './index.js';
import { storyInput, type FixtureArticle } from './test-fixtures.js';
import type { AlignedNode } from './align.js';

/** Four outlets on a bridge closure; a fifth sentence only shares the river's name. */
const BRIDGE: FixtureArticle[] = [
  { id: 'a', outlet: 'Alder Gazette', published: '2026-02-03', text: 'Engineers closed the Tarn bridge over the Alder river after finding cracks in two piers.' },
  { id: 'b', outlet: 'County Post', published: '2026-02-03', text: 'The Tarn bridge over the Alder river was closed by engineers who found cracks in two piers.' },
  { id: 'c', outlet: 'Valley Wire', published: '2026-02-03', text: 'Cracks in two piers led engineers to close the Tarn bridge across the Alder river.' },
  { id: 'd', outlet: 'North Daily', published: '2026-02-03', text: 'Engineers shut the Tarn bridge on the Alder river when they found cracks in two of its piers.' },
  { id: 'e', outlet: 'Weekend Review', published: '2026-02-03', text: 'Anglers on the Alder river reported a record salmon run this winter.' },
];

describe('pruneGroups', () => {
  const input = storyInput(BRIDGE);
  const claims = input.articles.flatMap((a) => extractClaims(a, input.extraction.get(a.id)!));
  // One node per article: the first claim of each, as a chained alignment could have grouped them.
  const group: AlignedNode[] = input.articles.map((a) => {
    const k = claims.findIndex((c) => c.article === a.id);
    return { claim: k, start: claims[k].span.start, end: claims[k].span.end };
  });
  const articlesOf = (g: AlignedNode[]): string[] => g.map((n) => claims[n.claim].article).sort();

  it('drops the node that shares only a name with a big group', () => {
    const [kept] = pruneGroups(claims, [group], 0.2, 4);
    expect(articlesOf(kept)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('leaves groups alone when pruning is off or the group is small', () => {
    expect(articlesOf(pruneGroups(claims, [group], 0, 4)[0])).toEqual(['a', 'b', 'c', 'd', 'e']);
    const small = [group[0], group[1], group[4]];
    expect(articlesOf(pruneGroups(claims, [small], 0.2, 4)[0])).toEqual(['a', 'b', 'e']);
  });
});
