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
import { AnalyzeScheduler, defaultAnalyzeWorkers } from './analyze-scheduler.js';
import type { Clock, PartialExtraction, PreparedStory, StoryResult } from './analyze-task.js';
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
/** Articles per batch sent to a worker (story inputs and extraction in one pass). */
const ARTICLE_CHUNK = 16;

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
  extraction: Promise<PartialExtraction>;
}

/** The analysis of one set of articles, fed in batches. */
export class AnalysisRun {
  private readonly scheduler: AnalyzeScheduler;
  private readonly pending = new Map<string, Pending>();
  private readonly clock: Clock;
  private readonly main: StageTimings = {};

  constructor(private readonly engines: StoryEngines, opts: AnalysisRunOptions = {}) {
    this.clock = opts.clock ?? (() => performance.now());
    this.scheduler = new AnalyzeScheduler({ sketchParams: engines.deduper.sketchParams }, this.clock);
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
    const prepared: Promise<PreparedStory>[] = [];
    const extraction: Promise<PartialExtraction>[] = [];
    for (let i = 0; i < fresh.length; i += ARTICLE_CHUNK) {
      const chunk = fresh.slice(i, i + ARTICLE_CHUNK);
      const work = this.scheduler.articles(chunk);
      chunk.forEach((_, k) => {
        prepared.push(work.prepared.then((r) => r[k]));
        extraction.push(work.extracted.then((r) => r[k]));
      });
    }
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
    // Taken out of the run: the story inputs can be collected once the story stage is done.
    const prepared = new Map<string, Promise<PreparedStory>>();
    const extraction = new Map<string, Promise<PartialExtraction>>();
    for (const a of articles) {
      const p = this.pending.get(a.id)!;
      prepared.set(a.id, p.prepared);
      extraction.set(a.id, p.extraction);
    }
    this.pending.clear();

    const inputs = new Map<string, PreparedStory>();
    for (const [id, p] of prepared) inputs.set(id, await p);
    prepared.clear();
    let t = this.clock();
    const { links, assignments } = assignArticles(articles, this.engines, (a) => inputs.get(a.id));
    inputs.clear();
    const byId = new Map(articles.map((a) => [a.id, a]));
    const stories = [...membersByStory(assignments)].map(([id, ids]) => ({ id, members: ids.map((m) => byId.get(m)!) }));
    // Undated articles get an estimate from their story before their relative dates are resolved.
    for (const { members } of stories) {
      for (const [id, day] of estimateDates(members)) byId.get(id)!.estimatedPublished = day;
    }
    addTiming(this.main, 'dedup + stories', this.clock() - t);

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
    // Biggest stories first, so no worker is left with a big one at the end. They go out before
    // the extraction is in here: a worker extracts what it holds before it reads a story.
    const bySize = stories.map((s, i) => i).sort((x, y) => stories[y].members.length - stories[x].members.length || x - y);
    const results: Promise<StoryResult>[] = new Array(stories.length);
    for (const i of bySize) {
      const { id, members } = stories[i];
      results[i] = this.scheduler.storyOf(members, members.map((a) => extraction.get(a.id)!), storyLinks.get(id) ?? []);
    }
    extraction.clear();
    const done = await Promise.all(results);
    const final = new Map<string, Extraction>();
    const analysed = stories.map(({ id, members }, i) => {
      const story = done[i];
      members.forEach((a, k) => final.set(a.id, story.extraction[k]));
      return { id, members, claims: story.claims, summary: story.summary };
    });
    return { articles, stories: analysed, extraction: final, links };
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await this.scheduler.close();
  }
}
