/**
 * `why a b`: the story score between two stored articles, its parts and the threshold, plus
 * their duplicate figures, as data and as readable lines.
 */
import type { Store } from '../store/contract.js';
import { StoryClusterer, type ClustererSnapshot, type Explanation } from '../stories/cluster.js';
import { createDeduper, type DuplicateExplanation } from '../dedup/index.js';
import { dedupInput } from '../dedup/sketch.js';
import { clusterInput } from './stories.js';

/** The explanation of a pair. */
export interface PairExplanation {
  story: Explanation;
  duplicate: DuplicateExplanation;
  /** The stories each article is in now. */
  stories: { a: string | null; b: string | null };
  lines: string[];
}

/** Explains two stored articles; `{missing}` names an id that is not stored. */
export async function explainPair(store: Store, a: string, b: string): Promise<PairExplanation | { missing: string }> {
  const [A, B] = await Promise.all([store.getArticle(a), store.getArticle(b)]);
  if (!A) return { missing: a };
  if (!B) return { missing: b };
  const state = await store.getState('clusterer');
  const clusterer = state ? StoryClusterer.restore(JSON.parse(state) as ClustererSnapshot) : new StoryClusterer();
  const story = clusterer.explain(clusterInput(A), clusterInput(B));
  const deduper = await createDeduper();
  deduper.add(dedupInput(A));
  deduper.add(dedupInput(B));
  const duplicate = deduper.explain(A.id, B.id);
  const members = await store.getStoryMembers([a, b]);
  const stories = { a: members.find((m) => m.article === a)?.story ?? null, b: members.find((m) => m.article === b)?.story ?? null };
  const num = (x: number) => x.toFixed(3);
  const lines = [
    `${a}\n  vs ${b}`,
    `story score ${num(story.score)} against threshold ${num(story.threshold)}: ${story.sameStory ? 'same story' : 'different stories'}${story.sameLanguage ? '' : ' (different languages never share a story)'}`,
    `  parts: ${Object.entries(story.parts).map(([k, v]) => `${k} ${num(v as number)}`).join(', ')}`,
    `  days apart: ${story.days.a !== null && story.days.b !== null ? Math.abs(story.days.a - story.days.b) : 'unknown'}`,
    `  shared terms: ${story.shared.terms.join(', ') || '-'}`,
    `  shared names: ${story.shared.names.join(', ') || '-'}`,
    `  shared numbers: ${story.shared.numbers.join(', ') || '-'}; shared dates: ${story.shared.dates.join(', ') || '-'}`,
    `now in stories: ${stories.a ?? '-'} and ${stories.b ?? '-'}${stories.a && stories.a === stories.b ? ' (the same)' : ''}`,
    `duplicate figures: ${JSON.stringify(duplicate)}`,
  ];
  return { story, duplicate, stories, lines };
}
