/**
 * The story stage over a store: assigns every stored article that has no story yet, keeping
 * story ids stable across incremental runs, and persists the decisions (duplicate links, story
 * memberships, the clusterer's state). Corrections (pin / merge / split) are stored as
 * constraints and honoured by every later run; after a correction the stories are rebuilt with
 * {@link recluster} so the correction takes effect at once. `ingest` assigns its own articles
 * while it stores them (see `online.ts`); {@link updateStories} catches up on the rest.
 */
import type { Store } from '../store/contract.js';
import type { Correction } from '../stories/cluster.js';
import { StoryStage, type StoryRunSummary } from './online.js';

export type { StoryRunSummary } from './online.js';

/** Options of {@link updateStories}. */
export interface UpdateStoriesOptions {
  /** Called after each chunk of articles is assigned. */
  onProgress?: (done: number, total: number) => void;
}

/** Assigns every stored article that has no story yet (incremental, continues the last run). */
export async function updateStories(store: Store, opts: UpdateStoriesOptions = {}): Promise<StoryRunSummary> {
  const ids = await store.unassignedArticleIds();
  if (ids.length === 0) return { assigned: 0, created: 0, links: 0 };
  const stage = await StoryStage.open(store);
  await stage.assignStored(ids, opts.onProgress);
  await stage.save();
  return { ...stage.summary };
}

/**
 * Rebuilds every story from scratch, deterministically (publication order), honouring every
 * stored correction; a story keeps its id when its first article had one before.
 */
export async function recluster(store: Store, opts: UpdateStoriesOptions = {}): Promise<StoryRunSummary> {
  const previous = new Map((await store.getStoryMembers()).map((m) => [m.article, m.story]));
  const stage = await StoryStage.open(store, { fresh: { previous } });
  await store.clearStoryMembers();
  await stage.assignStored(await store.unassignedArticleIds(), opts.onProgress);
  await stage.save();
  return { ...stage.summary };
}

/** Records a correction and rebuilds the stories so that it takes effect. */
export async function correct(store: Store, correction: Correction, opts: UpdateStoriesOptions = {}): Promise<StoryRunSummary> {
  await store.addCorrection(correction);
  return recluster(store, opts);
}
