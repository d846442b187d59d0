/**
 * One `analyze` run after reading: articles come in batches as ingest stores them ({@link
 * AnalysisRun.add}); their story inputs and extraction start at once (in a worker pool for big
 * runs); {@link AnalysisRun.finish} then runs the sequential story stage over every article in
 * publication order, dates the undated ones from their story, and analyses each story (entity
 * merge and claims) in parallel. The results are the same whatever runs where.
 */
import { assignArticles, estimateDates, membersByStory, type StoryEngines } from './stories.js';
import type { Extraction } from '../extract/index.js';
import type { StoryClaims } from '../claims/index.js';
import type { SummarySentence } from '../summary/index.js';
import type { Article, DuplicateLink } from '../types.js';
import { defaultAnalyzeWorkers, TaskScheduler } from './analyze-scheduler.js';
import type { AnalyzeResult, Carried, Clock, PartialExtraction, PreparedStory } from './analyze-task.js';
import { addTiming, type StageTimings } from './prepare-task.js';

/** Options of an {@link AnalysisRun}. */
export interface AnalysisRunOptions {
  /**
   * Worker threads; 0 runs everything in this thread. Default: one per core, started once a
   * run has {@link POOL_MIN_ARTICLES} articles (smaller runs stay in this thread).
   */
  workers?: number;
  /** How stages are timed (default wall time; the bench passes a CPU clock for one thread). */
  clock?: Clock;
}

/** Runs of this many articles use the worker pool (when `workers` is not given). */
export const POOL_MIN_ARTICLES = 200;
/** Articles per story-input task and per extraction task. */
const PREPARE_CHUNK = 50;
const EXTRACT_CHUNK = 16;
/** Task priorities: the story stage waits for `prepare`; `story` tasks come last anyway. */
const PRIORITY = { prepare: 0, extract: 1, story: 2 } as const;

/** One story of the run, analysed. */
export interface AnalysedStory {
  id: string;
  members: Article[];
  claims: StoryClaims;
  summary: SummarySentence[];
}

/** What {@link AnalysisRun.finish} returns. */
export interface AnalysedRun {
  /** The articles, as given to {@link AnalysisRun.finish}. */
  articles: readonly Article[];
  /** Stories in order of creation. */
  stories: AnalysedStory[];
  /** Each article's extraction (entity ids merged across its story). */
  extraction: Map<string, Extraction>;
  /** Every duplicate link found. */
  links: DuplicateLink[];
}

interface Pending {
  article: Article;
  prepared: Promise<PreparedStory>;
  extraction: Promise<Carried<PartialExtraction>>;
}

/** The analysis of one set of articles, fed in batches. */
export class AnalysisRun {
  private readonly scheduler: TaskScheduler;
  private readonly pending = new Map<string, Pending>();
  private readonly clock: Clock;
  private readonly main: StageTimings = {};

  constructor(private readonly engines: StoryEngines, opts: AnalysisRunOptions = {}) {
    this.clock = opts.clock ?? (() => performance.now());
    this.scheduler = new TaskScheduler({ sketchParams: engines.deduper.sketchParams }, this.clock);
    if (opts.workers === 0) this.scheduler.decide({ kind: 'inline' });
    else if (opts.workers !== undefined) this.scheduler.decide({ kind: 'pool', size: opts.workers });
  }

  /** Milliseconds per stage: tasks (summed over threads) and this thread's own stages. */
  get timings(): StageTimings {
    const out: StageTimings = { ...this.scheduler.timings };
    for (const [k, ms] of Object.entries(this.main)) addTiming(out, k, ms);
    return out;
  }

  /** Adds `ms` to a stage of this thread (e.g. the caller's output stage). */
  time(stage: string, ms: number): void {
    addTiming(this.main, stage, ms);
  }

  /** Starts the per-article work of a batch (an article given again with the same object is not redone). */
  add(batch: readonly Article[]): void {
    const fresh = batch.filter((a) => this.pending.get(a.id)?.article !== a);
    if (fresh.length === 0) return;
    if (this.pending.size + fresh.length >= POOL_MIN_ARTICLES) this.scheduler.decide({ kind: 'pool', size: defaultAnalyzeWorkers() });
    const prepared = chunked(fresh, PREPARE_CHUNK, (articles) =>
      this.scheduler.run({ kind: 'prepare', articles }, PRIORITY.prepare).then((r) => expect(r, 'prepare').prepared));
    const extraction = chunked(fresh, EXTRACT_CHUNK, (articles) =>
      this.scheduler.run({ kind: 'extract', articles }, PRIORITY.extract).then((r) => expect(r, 'extract').extraction));
    fresh.forEach((article, i) => {
      // A failed task surfaces where it is awaited (finish); keep Node from reporting it early.
      prepared[i].catch(() => undefined);
      extraction[i].catch(() => undefined);
      this.pending.set(article.id, { article, prepared: prepared[i], extraction: extraction[i] });
    });
  }

  /** Analyses `articles` (every one of them; those not added yet are added now). */
  async finish(articles: readonly Article[]): Promise<AnalysedRun> {
    this.add(articles);
    this.scheduler.decide({ kind: 'inline' });
    const work = articles.map((a) => this.pending.get(a.id)!);

    const prepared = new Map<string, PreparedStory>();
    const ready = await Promise.all(work.map((p) => p.prepared));
    articles.forEach((a, i) => prepared.set(a.id, ready[i]));
    let t = this.clock();
    const { links, assignments } = assignArticles(articles, this.engines, (a) => prepared.get(a.id));
    prepared.clear();
    const byId = new Map(articles.map((a) => [a.id, a]));
    const stories = [...membersByStory(assignments)].map(([id, ids]) => ({ id, members: ids.map((m) => byId.get(m)!) }));
    // Undated articles get an estimate from their story before their relative dates are resolved.
    for (const { members } of stories) {
      for (const [id, day] of estimateDates(members)) byId.get(id)!.estimatedPublished = day;
    }
    addTiming(this.main, 'dedup + stories', this.clock() - t);

    const partial = new Map<string, Carried<PartialExtraction>>();
    const extracted = await Promise.all(work.map((p) => p.extraction));
    articles.forEach((a, i) => partial.set(a.id, extracted[i]));

    t = this.clock();
    const storyOf = new Map(assignments.map((a) => [a.article, a.story]));
    const storyLinks = new Map<string, DuplicateLink[]>();
    for (const l of links) {
      const story = storyOf.get(l.article);
      if (story === undefined || story !== storyOf.get(l.of)) continue;
      const inStory = storyLinks.get(story);
      if (inStory) inStory.push(l);
      else storyLinks.set(story, [l]);
    }
    addTiming(this.main, 'dedup + stories', this.clock() - t);
    // Biggest stories first, so no worker is left with a big one at the end.
    const bySize = stories.map((s, i) => i).sort((x, y) => stories[y].members.length - stories[x].members.length || x - y);
    const results: Promise<AnalyzeResult>[] = new Array(stories.length);
    for (const i of bySize) {
      const { id, members } = stories[i];
      results[i] = this.scheduler.run(
        { kind: 'story', members, extraction: members.map((a) => partial.get(a.id)!), duplicates: storyLinks.get(id) ?? [] },
        PRIORITY.story,
      );
    }
    const done = await Promise.all(results);
    const extraction = new Map<string, Extraction>();
    const analysed = stories.map(({ id, members }, i) => {
      const { story } = expect(done[i], 'story');
      members.forEach((a, k) => extraction.set(a.id, story.extraction[k]));
      return { id, members, claims: story.claims, summary: story.summary };
    });
    return { articles, stories: analysed, extraction, links };
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await this.scheduler.close();
  }
}

/** Runs `run` on chunks of `items` and returns one promise per item (its part of its chunk's result). */
function chunked<T, R>(items: readonly T[], size: number, run: (chunk: T[]) => Promise<R[]>): Promise<R>[] {
  const out: Promise<R>[] = [];
  for (let i = 0; i < items.length; i += size) {
    const chunk = items.slice(i, i + size);
    const done = run(chunk);
    chunk.forEach((_, k) => out.push(done.then((r) => r[k])));
  }
  return out;
}

/** Narrows a task result to the kind asked for. */
function expect<K extends AnalyzeResult['kind']>(r: AnalyzeResult, kind: K): Extract<AnalyzeResult, { kind: K }> {
  if (r.kind !== kind) throw new Error(`expected a ${kind} result, got ${r.kind}`);
  return r as Extract<AnalyzeResult, { kind: K }>;
}
