/**
 * The parallel units of `analyze`, as pure synchronous functions: the same code runs in a
 * worker thread (`analyze-worker.ts`) or in the calling thread, with the same results.
 *
 * - `prepare`: what the story stage reads of each article (clusterer features, duplicate sketch);
 * - `extract`: per-article extraction (attributions, entities, and times when the article's
 *   reference date is already known: an undated article's date may come from its story);
 * - `story`: one story's entity merge, the times still missing, its claims and its summary.
 */
import { deserialize, serialize } from 'node:v8';
import { extractFeatures, type ArticleFeatures } from '../stories/features.js';
import { dedupInput, sketchDocument, type DocSketch, type SketchParams } from '../dedup/sketch.js';
import type { Hasher } from '../dedup/hash.js';
import { articleAttributions, articleEntities, articleTimes, referenceDate, type Extraction } from '../extract/index.js';
import { mergeEntities } from '../extract/entities/index.js';
import { analyzeStoryClaims, outletOf, type StoryClaims } from '../claims/index.js';
import { summarizeStory, type SummarySentence } from '../summary/index.js';
import type { Article, DuplicateLink, TimeExpression } from '../types.js';
import { addTiming, type StageTimings } from './prepare-task.js';
import { clusterInput } from './stories.js';

/** Settings shared by every task of one run. */
export interface AnalyzeSettings {
  /** The parameters of the run's deduper (sketches must match them). */
  sketchParams: SketchParams;
  /**
   * Give extraction results back serialized ({@link Carried}): in a worker pool the calling
   * thread only passes them on to a story task, so it never decodes them (default false).
   */
  pack?: boolean;
}

/** A value as it travels between threads: itself, or serialized (`node:v8`) when packed. */
export type Carried<T> = T | Uint8Array;

/** Serializes a value when `pack`. */
function carry<T>(value: T, pack: boolean | undefined): Carried<T> {
  return pack ? serialize(value) : value;
}

/** The value of a {@link Carried}. */
export function unpack<T>(value: Carried<T>): T {
  return value instanceof Uint8Array ? (deserialize(value) as T) : value;
}

/** Features and sketches of a batch of articles. */
export interface PrepareArticlesTask {
  kind: 'prepare';
  articles: Article[];
}

/** Per-article extraction of a batch of articles. */
export interface ExtractArticlesTask {
  kind: 'extract';
  articles: Article[];
}

/** One story's analysis. */
export interface StoryTask {
  kind: 'story';
  /** The members, in story order, with their final (possibly estimated) dates. */
  members: Article[];
  /** Their extraction, parallel to `members` (times null: not extracted yet). */
  extraction: Carried<PartialExtraction>[];
  /** Duplicate links with both sides in the story. */
  duplicates: DuplicateLink[];
}

/** One unit of parallel work. */
export type AnalyzeTask = PrepareArticlesTask | ExtractArticlesTask | StoryTask;

/** An article's extraction, its times possibly still to be done (null). */
export interface PartialExtraction extends Omit<Extraction, 'times'> {
  times: TimeExpression[] | null;
}

/** The story stage's inputs of one article. */
export interface PreparedStory {
  features: ArticleFeatures;
  sketch: DocSketch;
}

/** What a story task gives back: each member's final extraction, the story's claims and summary. */
export interface StoryResult {
  extraction: Extraction[];
  claims: StoryClaims;
  summary: SummarySentence[];
}

/** The result of a task, by kind, with the milliseconds spent per stage. */
export type AnalyzeResult =
  | { kind: 'prepare'; prepared: PreparedStory[]; timings: StageTimings }
  | { kind: 'extract'; extraction: Carried<PartialExtraction>[]; timings: StageTimings }
  | { kind: 'story'; story: StoryResult; timings: StageTimings };

/** A clock in milliseconds (wall time in a worker; CPU time when the caller wants it). */
export type Clock = () => number;

/** Times consecutive stages of one task into `timings`. */
function stopwatch(timings: StageTimings, clock: Clock): (stage: string) => void {
  let t = clock();
  return (stage) => {
    const now = clock();
    addTiming(timings, stage, now - t);
    t = now;
  };
}

/** Clusterer features and duplicate sketches of articles. */
export function prepareStoryInputs(articles: readonly Article[], settings: AnalyzeSettings, hasher: Hasher, timings: StageTimings, clock: Clock): PreparedStory[] {
  const lap = stopwatch(timings, clock);
  return articles.map((a) => {
    const features = extractFeatures(clusterInput(a));
    lap('story features');
    const sketch = sketchDocument(dedupInput(a), settings.sketchParams, hasher);
    lap('dedup sketch');
    return { features, sketch };
  });
}

/** Per-article extraction; times only for articles whose reference date is known now. */
export function extractArticles(articles: readonly Article[], settings: AnalyzeSettings, timings: StageTimings, clock: Clock): Carried<PartialExtraction>[] {
  const lap = stopwatch(timings, clock);
  return articles.map((a) => {
    const times = referenceDate(a).reference !== null ? articleTimes(a) : null;
    lap('times');
    const attributions = articleAttributions(a);
    lap('attribution');
    const entities = articleEntities(a);
    lap('entities');
    const out = carry<PartialExtraction>({ times, attributions, entities }, settings.pack);
    lap('pack');
    return out;
  });
}

/**
 * One story: the times still missing (now that undated members have their story's date),
 * one entity id per entity across the members, the story's claims, and its summary.
 */
export function analyzeStory(task: StoryTask, timings: StageTimings, clock: Clock): StoryResult {
  const lap = stopwatch(timings, clock);
  const partial = task.extraction.map((e) => unpack(e));
  lap('pack');
  const times = task.members.map((a, i) => partial[i].times ?? articleTimes(a));
  lap('times');
  const entities = mergeEntities(partial.map((e) => e.entities));
  lap('entities');
  const extraction: Extraction[] = task.members.map((_, i) => ({
    times: times[i], attributions: partial[i].attributions, entities: entities[i],
  }));
  const claims = analyzeStoryClaims({
    articles: task.members,
    extraction: new Map(task.members.map((a, i) => [a.id, extraction[i]])),
    duplicates: task.duplicates,
  });
  lap('claims');
  const summary = summarizeStory(claims.claims, task.members.map((a) => ({ id: a.id, text: a.text, sentences: a.sentences, outlet: outletOf(a) })));
  lap('summary');
  return { extraction, claims, summary };
}

/** Runs one task. */
export function runAnalyzeTask(task: AnalyzeTask, settings: AnalyzeSettings, hasher: Hasher, clock: Clock = () => performance.now()): AnalyzeResult {
  const timings: StageTimings = {};
  switch (task.kind) {
    case 'prepare':
      return { kind: 'prepare', prepared: prepareStoryInputs(task.articles, settings, hasher, timings, clock), timings };
    case 'extract':
      return { kind: 'extract', extraction: extractArticles(task.articles, settings, timings, clock), timings };
    case 'story':
      return { kind: 'story', story: analyzeStory(task, timings, clock), timings };
  }
}
