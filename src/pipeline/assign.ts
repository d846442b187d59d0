/**
 * The story stage over a store: assigns every stored article that has no story yet, keeping
 * story ids stable across incremental runs, and persists the decisions (duplicate links, story
 * memberships, the clusterer's state). Corrections (pin / merge / split) are stored as
 * constraints and honoured by every later run; after a correction the stories are rebuilt with
 * {@link recluster} so the correction takes effect at once.
 */
import type { Store, StoryMember } from '../store/contract.js';
import { StoryClusterer, type Assignment, type ClustererSnapshot, type Correction } from '../stories/cluster.js';
import { createDeduper, type Deduper } from '../dedup/index.js';
import { assignArticles, storyTitle } from './stories.js';
import type { Article } from '../types.js';

const STATE_KEY = 'clusterer';
const CHUNK = 1000;

/** What one run of the story stage did. */
export interface StoryRunSummary {
  /** Articles assigned in this run. */
  assigned: number;
  /** Stories created in this run. */
  created: number;
  /** Duplicate links found in this run. */
  links: number;
}

/** Options of {@link updateStories}. */
export interface UpdateStoriesOptions {
  /** Called after each chunk of articles is assigned. */
  onProgress?: (done: number, total: number) => void;
}

async function corrections(store: Store): Promise<Correction[]> {
  return (await store.listCorrections()).map((c) => c.correction as Correction);
}

/** A deduper that knows every article already assigned (it has no persistent state of its own). */
async function warmDeduper(store: Store): Promise<Deduper> {
  const deduper = await createDeduper();
  const members = await store.getStoryMembers();
  for (let i = 0; i < members.length; i += CHUNK) {
    const articles = await store.getArticles(members.slice(i, i + CHUNK).map((m) => m.article));
    for (const a of articles) deduper.add({ id: a.id, text: a.text, contentHash: a.contentHash, spans: a.sentences });
  }
  return deduper;
}

function toMember(a: Assignment): StoryMember {
  return { article: a.article, story: a.story, score: a.score, created: a.created, evidence: a.evidence };
}

/** Assigns the articles in `ids` (already in publication order) and persists the decisions. */
async function assignIds(store: Store, ids: string[], clusterer: StoryClusterer, deduper: Deduper, opts: UpdateStoriesOptions): Promise<StoryRunSummary> {
  const summary: StoryRunSummary = { assigned: 0, created: 0, links: 0 };
  for (let i = 0; i < ids.length; i += CHUNK) {
    const articles = await store.getArticles(ids.slice(i, i + CHUNK));
    const { links, assignments } = assignArticles(articles, { clusterer, deduper });
    const byId = new Map<string, Article>(articles.map((a) => [a.id, a]));
    const titles: Record<string, string> = {};
    for (const a of assignments) if (a.created) titles[a.story] = storyTitle([byId.get(a.article)!]);
    if (links.length) await store.putDuplicates(links.map(({ article, of, kind, similarity }) => ({ article, of, kind, similarity })));
    await store.putStoryMembers(assignments.map(toMember), titles);
    summary.assigned += assignments.length;
    summary.created += assignments.filter((a) => a.created).length;
    summary.links += links.length;
    opts.onProgress?.(Math.min(i + CHUNK, ids.length), ids.length);
  }
  await store.putState(STATE_KEY, JSON.stringify(clusterer.snapshot()));
  return summary;
}

/** Assigns every stored article that has no story yet (incremental, continues the last run). */
export async function updateStories(store: Store, opts: UpdateStoriesOptions = {}): Promise<StoryRunSummary> {
  const ids = await store.unassignedArticleIds();
  if (ids.length === 0) return { assigned: 0, created: 0, links: 0 };
  const state = await store.getState(STATE_KEY);
  const clusterer = state
    ? StoryClusterer.restore(JSON.parse(state) as ClustererSnapshot)
    : new StoryClusterer({ corrections: await corrections(store) });
  const deduper = state ? await warmDeduper(store) : await createDeduper();
  return assignIds(store, ids, clusterer, deduper, opts);
}

/**
 * Rebuilds every story from scratch, deterministically (publication order), honouring every
 * stored correction; a story keeps its id when its first article had one before.
 */
export async function recluster(store: Store, opts: UpdateStoriesOptions = {}): Promise<StoryRunSummary> {
  const previous = new Map((await store.getStoryMembers()).map((m) => [m.article, m.story]));
  const clusterer = new StoryClusterer({ corrections: await corrections(store), previous });
  await store.clearStoryMembers();
  const ids = await store.unassignedArticleIds();
  return assignIds(store, ids, clusterer, await createDeduper(), opts);
}

/** Records a correction and rebuilds the stories so that it takes effect. */
export async function correct(store: Store, correction: Correction, opts: UpdateStoriesOptions = {}): Promise<StoryRunSummary> {
  await store.addCorrection(correction);
  return recluster(store, opts);
}
