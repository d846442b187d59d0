/**
 * Small stories (2-5 articles) on the pair-model path (`AlignOptions.pairModel` 2): the model
 * scores their links, a number contest the model alone would miss is kept
 * (`contestLinks`), and links resting on names alone stay out (`modelTopics`).
 */
import { describe, expect, it } from 'vitest';
import { analyzeStoryClaims, DEFAULT_ALIGN } from './index.js';
import { storyInput, type FixtureArticle } from './test-fixtures.js';

/** A bus crash told by two invented outlets that disagree on the number injured. */
const BUS: FixtureArticle[] = [
  {
    id: 'coastline',
    outlet: 'Coastline News',
    published: '2026-07-14',
    text: `Tourist bus overturns near Sella
Nine passengers on a tourist bus were hurt on the coast road near Sella on Tuesday morning.
The road was closed for five hours while cranes lifted the bus.`,
  },
  {
    id: 'daily',
    outlet: 'Sella Daily',
    published: '2026-07-14',
    text: `Bus crash on coast road
Seven passengers were hurt.
Police closed the road for five hours.`,
  },
];

const input = storyInput(BUS);

/** The groups with a mention in `article` overlapping `phrase`. */
function groupsAt(claims: ReturnType<typeof analyzeStoryClaims>['claims'], article: string, phrase: string) {
  const text = input.articles.find((a) => a.id === article)!.text;
  const at = text.indexOf(phrase);
  expect(at, phrase).toBeGreaterThanOrEqual(0);
  return claims.filter((g) => g.mentions.some((m) => m.article === article && m.start < at + phrase.length && at < m.end));
}

describe('small stories', () => {
  it('are scored by the pair model from two articles on', () => {
    expect(DEFAULT_ALIGN.pairModel).toBe(2);
    const { claims } = analyzeStoryClaims(input);
    // The closed road is one fact told by both outlets, scored as a probability.
    const g = groupsAt(claims, 'daily', 'closed the road').find((x) => x.outlets.length === 2);
    expect(g).toBeDefined();
    expect(g!.mentions.map((m) => m.article).sort()).toEqual(['coastline', 'daily']);
    expect(g!.score).toBeGreaterThanOrEqual(DEFAULT_ALIGN.modelLink);
    expect(g!.score).toBeLessThanOrEqual(1);
  });

  it('keep a number contest that the model alone scores low', () => {
    const contested = (align = DEFAULT_ALIGN) =>
      groupsAt(analyzeStoryClaims(input, { align }).claims, 'daily', 'Seven passengers were hurt').find((g) => g.status === 'contested');
    const g = contested();
    expect(g).toBeDefined();
    expect(g!.kind).toBe('number');
    const values = new Map(g!.mentions.map((m) => [m.article, m.value?.toLowerCase()]));
    expect(values.get('daily')).toMatch(/seven/);
    expect(values.get('coastline')).toMatch(/nine/);
    // Without the contest rule the short claim and the long clause stay apart.
    expect(contested({ ...DEFAULT_ALIGN, contestLinks: 0 })).toBeUndefined();
  });
});
