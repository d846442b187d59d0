import { describe, expect, it } from 'vitest';
import type { StoryMember } from './contract.js';
import { planStoryBatch } from './story-plan.js';

const m = (article: string, story: string, score = 0.5, created = false): StoryMember => ({
  article,
  story,
  score,
  created,
  evidence: { reason: created ? 'new' : 'score' },
});

describe('planStoryBatch', () => {
  it('keeps the last decision per article at its first place, and lists stories by first member', () => {
    const plan = planStoryBatch(
      [m('wire/a', 'talks', 0, true), m('daily/b', 'strike', 0, true), m('wire/a', 'strike', 0.61), m('blog/c', 'talks', 0.5)],
      { strike: 'Dock strike enters second week' },
    );
    expect(plan.members.map((x) => `${x.article}>${x.story}`)).toEqual(['wire/a>strike', 'daily/b>strike', 'blog/c>talks']);
    expect(plan.stories).toEqual([
      { id: 'strike', title: 'Dock strike enters second week', firstArticle: 'wire/a' },
      { id: 'talks', title: null, firstArticle: 'blog/c' },
    ]);
  });

  it('plans a retitle for a story named only in titles', () => {
    const plan = planStoryBatch([], { talks: 'Ceasefire talks', toString: 'A story id that shadows a prototype key' });
    expect(plan.members).toEqual([]);
    expect(plan.stories).toEqual([
      { id: 'talks', title: 'Ceasefire talks', firstArticle: null },
      { id: 'toString', title: 'A story id that shadows a prototype key', firstArticle: null },
    ]);
    // A prototype key is not a given title.
    expect(planStoryBatch([m('a', 'constructor')]).stories[0].title).toBeNull();
  });

  it('rejects malformed members and titles with a TypeError', () => {
    expect(() => planStoryBatch([m('', 'talks')])).toThrow(/article/);
    expect(() => planStoryBatch([m('a', '')])).toThrow(/story/);
    expect(() => planStoryBatch([m('a', 'talks', Number.POSITIVE_INFINITY)])).toThrow(/score/);
    expect(() => planStoryBatch([{ ...m('a', 'talks'), created: 1 as unknown as boolean }])).toThrow(/created/);
    expect(() => planStoryBatch([null as unknown as StoryMember])).toThrow(TypeError);
    expect(() => planStoryBatch([m('a', 'talks')], { talks: 7 as unknown as string })).toThrow(/title/);
  });
});
