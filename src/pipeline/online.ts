/**
 * The story stage as an online consumer of stored batches: the deduper and the clusterer are
 * opened once per run (continuing the stored clusterer state), each batch is assigned as soon as
 * it is stored (publication order within a batch, arrival order across batches) and its
 * decisions are persisted at once; the clusterer state is saved when the run ends. Features and
 * sketches may come precomputed (from worker threads); otherwise they are computed here.
 */
import type { Store, StoryMember } from '../store/contract.js';
import { publicationOrder, StoryClusterer, type Assignment, type ClustererSnapshot, type Correction } from '../stories/cluster.js';
import { extractFeatures, type ArticleFeatures } from '../stories/features.js';
import { createDeduper, type Deduper, type DedupLink } from '../dedup/index.js';
import { dedupInput, type DocSketch, type SketchParams } from '../dedup/sketch.js';
import type { Article } from '../types.js';
import { clusterInput, storyTitle } from './stories.js';
import { addTiming, type StageTimings } from './prepare-task.js';

/** Store key of the clusterer snapshot. */
export const STATE_KEY = 'clusterer';

/**
 * Documents the deduper keeps indexed (the oldest are evicted): bounds its memory (about 1.6 KB
 * a document) on long streams. A copy is matched when its original is among the last 100,000
 * articles assigned.
 */
export const DEDUP_WINDOW = 100_000;

/** Articles read back from the store per query. */
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

/** An article to assign, with its precomputed features and sketch when there are. */
export interface StageItem {
  article: Article;
  features?: ArticleFeatures;
  sketch?: DocSketch;
}

/** Options of {@link StoryStage.open}. */
export interface StoryStageOptions {
  /** Start from scratch (ignore the stored clusterer state); `previous` for stable ids. */
  fresh?: { previous: ReadonlyMap<string, string> };
  /** Documents the deduper keeps indexed (default {@link DEDUP_WINDOW}). */
  dedupWindow?: number;
}

function toMember(a: Assignment): StoryMember {
  return { article: a.article, story: a.story, score: a.score, created: a.created, evidence: a.evidence };
}

async function storedCorrections(store: Store): Promise<Correction[]> {
  return (await store.listCorrections()).map((c) => c.correction as Correction);
}

/** The deduper and clusterer of one run over a store. */
export class StoryStage {
  /** What this stage has done so far. */
  readonly summary: StoryRunSummary = { assigned: 0, created: 0, links: 0 };
  /** Milliseconds per stage (dedup, cluster, persist), when profiling ({@link profile}). */
  timings: StageTimings | null = null;
  /** Stories this stage has reported (to count the ones a batch creates, splits included). */
  private readonly seenStories = new Set<string>();

  private constructor(
    private readonly store: Store,
    private readonly clusterer: StoryClusterer,
    private readonly deduper: Deduper,
  ) {}

  /**
   * Opens the stage: continues the stored clusterer state (its deduper warmed with the most
   * recent assigned articles, at most the dedup window), or starts fresh with the stored
   * corrections.
   */
  static async open(store: Store, opts: StoryStageOptions = {}): Promise<StoryStage> {
    const window = opts.dedupWindow ?? DEDUP_WINDOW;
    const deduper = await createDeduper({ maxDocs: window });
    if (opts.fresh) {
      const clusterer = new StoryClusterer({ corrections: await storedCorrections(store), previous: opts.fresh.previous });
      return new StoryStage(store, clusterer, deduper);
    }
    const state = await store.getState(STATE_KEY);
    if (!state) return new StoryStage(store, new StoryClusterer({ corrections: await storedCorrections(store) }), deduper);
    const clusterer = StoryClusterer.restore(JSON.parse(state) as ClustererSnapshot);
    // The deduper keeps no state of its own: re-index the articles assigned before (bounded).
    const members = (await store.getStoryMembers()).map((m) => m.article);
    const recent = members.slice(Math.max(0, members.length - window));
    for (let i = 0; i < recent.length; i += CHUNK) {
      for (const a of await store.getArticles(recent.slice(i, i + CHUNK))) deduper.add(dedupInput(a));
    }
    return new StoryStage(store, clusterer, deduper);
  }

  /** The parameters sketches must be made with for this stage's deduper. */
  get sketchParams(): SketchParams {
    return this.deduper.sketchParams;
  }

  /**
   * Assigns a batch of stored articles (sorted into publication order here) and persists the
   * decisions: duplicate links, then story memberships (new stories titled by their article).
   */
  async assign(items: readonly StageItem[]): Promise<StoryRunSummary> {
    if (items.length === 0) return { assigned: 0, created: 0, links: 0 };
    const ordered = publicationOrder(items.map((item) => ({ published: item.article.published, item }))).map((k) => k.item);
    const links: DedupLink[] = [];
    const assignments: Assignment[] = [];
    const titles: Record<string, string> = {};
    const tm = this.timings;
    let t = tm ? performance.now() : 0;
    const lap = (stage: string): void => {
      if (!tm) return;
      const now = performance.now();
      addTiming(tm, stage, now - t);
      t = now;
    };
    for (const { article, features, sketch } of ordered) {
      links.push(...(sketch ? this.deduper.addSketch(sketch) : this.deduper.add(dedupInput(article))));
      lap('dedup index');
      const a = this.clusterer.addFeatures(features ?? extractFeatures(clusterInput(article)));
      if (a.created) titles[a.story] = storyTitle([article]);
      assignments.push(a);
      lap('cluster assign');
    }
    // Refinement may have moved recent articles (of this batch or earlier ones): the last
    // decision for each article wins; a story made by a split is titled by the store.
    const final = new Map(assignments.map((a) => [a.article, a]));
    for (const m of this.clusterer.drainMoves()) final.set(m.article, m);
    if (links.length) await this.store.putDuplicates(links.map(({ article, of, kind, similarity }) => ({ article, of, kind, similarity })));
    await this.store.putStoryMembers([...final.values()].map(toMember), titles);
    lap('store stories');
    let created = 0;
    for (const a of final.values()) {
      if (this.seenStories.has(a.story)) continue;
      this.seenStories.add(a.story);
      if (a.created || a.evidence.reason === 'split') created++;
    }
    const done = { assigned: assignments.length, created, links: links.length };
    this.summary.assigned += done.assigned;
    this.summary.created += done.created;
    this.summary.links += done.links;
    return done;
  }

  /**
   * Assigns stored articles by id (read back from the store, in chunks, in the given order:
   * pass publication order), e.g. the articles a crashed run stored without a story.
   */
  async assignStored(ids: readonly string[], onProgress?: (done: number, total: number) => void): Promise<void> {
    for (let i = 0; i < ids.length; i += CHUNK) {
      const articles = await this.store.getArticles(ids.slice(i, i + CHUNK));
      await this.assign(articles.map((article) => ({ article })));
      onProgress?.(Math.min(i + CHUNK, ids.length), ids.length);
    }
  }

  /** Saves the clusterer state (call once the run's batches are assigned). */
  async save(): Promise<void> {
    await this.store.putState(STATE_KEY, JSON.stringify(this.clusterer.snapshot()));
  }
}
