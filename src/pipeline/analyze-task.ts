/**
 * The parallel units of `analyze`, as pure synchronous functions: the same code runs in a
 * worker thread (`analyze-worker.ts`) or in the calling thread, with the same results.
 *
 * - per article, in one pass: what the story stage reads (clusterer features, duplicate
 *   sketch: {@link prepareStoryInputs}), then the per-article extraction (attributions,
 *   entities, and times when the article's reference date is already known; an undated
 *   article's date may come from its story: {@link extractPartial});
 * - per story: the times still missing, the entity merge, its claims and its summary
 *   ({@link analyzeStory}).
 *
 * Results cross threads as compact plain data: features with their labels packed
 * ({@link packPrepared}), sketches as typed arrays, extraction as plain arrays.
 */
import { extractFeatures, type ArticleFeatures } from '../stories/features.js';
import { dedupInput, sketchDocument, type DocSketch, type SketchParams } from '../dedup/sketch.js';
import type { Hasher } from '../dedup/hash.js';
import { articleAttributions, articleEntities, articleTimes, referenceDate, type Extraction } from '../extract/index.js';
import { mergeEntities } from '../extract/entities/index.js';
import { analyzeStoryClaims, outletOf, type StoryClaims } from '../claims/index.js';
import { summarizeStory, type SummarySentence } from '../summary/index.js';
import type { Article, DuplicateLink, TimeExpression } from '../types.js';
import { addTiming, type StageTimings } from './prepare-task.js';
import { packLabels, unpackLabels, type PackedLabels } from './packed-labels.js';
import { clusterInput } from './stories.js';

/** Settings shared by every task of one run. */
export interface AnalyzeSettings {
  /** The parameters of the run's deduper (sketches must match them). */
  sketchParams: SketchParams;
}

/** An article's extraction, its times possibly still to be done (null). */
export interface PartialExtraction extends Omit<Extraction, 'times'> {
  times: TimeExpression[] | null;
}

/** The story stage's inputs of one article. */
export interface PreparedStory {
  features: ArticleFeatures;
  sketch: DocSketch;
  /** The features' labels while they cross threads (`features.labels` is then empty). */
  labels?: PackedLabels;
}

/** What one story's analysis needs: its members in story order and their extraction. */
export interface StoryInput {
  /** The members, with their final (possibly estimated) dates. */
  members: Article[];
  /** Their extraction, parallel to `members` (times null: not extracted yet). */
  partial: PartialExtraction[];
  /** Duplicate links with both sides in the story. */
  duplicates: DuplicateLink[];
}

/** What a story's analysis gives back: each member's final extraction, the claims and summary. */
export interface StoryResult {
  extraction: Extraction[];
  claims: StoryClaims;
  summary: SummarySentence[];
}

/**
 * A {@link StoryResult} as it crosses threads: only what the calling thread does not have
 * already (the times it had not, the merged entities), beside the claims and summary.
 */
export interface StoryDelta {
  /** Per member: the times extracted now, or null when the partial extraction had them. */
  times: (TimeExpression[] | null)[];
  /** Per member: its entities with ids merged across the story. */
  entities: Extraction['entities'][];
  claims: StoryClaims;
  summary: SummarySentence[];
  /** Texts left out for the crossing ({@link omitTexts}); absent when every text is there. */
  omitted?: OmittedTexts;
}

/**
 * Which texts of a {@link StoryDelta} were left out for the crossing because they are exact
 * slices of their article's text (1 at their position in reading order), and for each claim
 * group the mention whose text is the group's (-1: the group keeps its text).
 */
export interface OmittedTexts {
  mentions: Uint8Array;
  groups: Int32Array;
  summary: Uint8Array;
}

/** A clock in milliseconds (wall time in a worker; CPU time when the caller wants it). */
export type Clock = () => number;

/** Times consecutive stages of one task into `timings`. */
export function stopwatch(timings: StageTimings, clock: Clock): (stage: string) => void {
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
export function extractPartial(articles: readonly Article[], timings: StageTimings, clock: Clock): PartialExtraction[] {
  const lap = stopwatch(timings, clock);
  return articles.map((a) => {
    const times = referenceDate(a).reference !== null ? articleTimes(a) : null;
    lap('times');
    const attributions = articleAttributions(a);
    lap('attribution');
    const entities = articleEntities(a);
    lap('entities');
    return { times, attributions, entities };
  });
}

/**
 * Packs prepared inputs for `postMessage` (in place): the feature labels, a `Map` of hundreds
 * of short strings that costs the receiving thread more to clone than every other feature
 * together, travel as one typed array and one string.
 */
export function packPrepared(prepared: PreparedStory[]): PreparedStory[] {
  for (const p of prepared) {
    const packed = p.features.labels.size > 0 ? packLabels(p.features.labels) : null;
    if (!packed) continue;
    p.features = { ...p.features, labels: new Map() };
    p.labels = packed;
  }
  return prepared;
}

/** Undoes {@link packPrepared} (in the receiving thread): labels unpack on first use. */
export function unpackPrepared(prepared: PreparedStory[]): PreparedStory[] {
  for (const p of prepared) {
    if (!p.labels) continue;
    p.features.labels = unpackLabels(p.labels);
    delete p.labels;
  }
  return prepared;
}

/**
 * One story: the times still missing (now that undated members have their story's date), one
 * entity id per entity across the members, the story's claims, and its summary.
 */
export function analyzeStory(input: StoryInput, timings: StageTimings, clock: Clock): StoryDelta {
  const lap = stopwatch(timings, clock);
  const { members, partial } = input;
  const times = members.map((a, i) => (partial[i].times === null ? articleTimes(a) : null));
  lap('times');
  const entities = mergeEntities(partial.map((e) => e.entities));
  lap('entities');
  const extraction = new Map(members.map((a, i) => [a.id, { times: partial[i].times ?? times[i]!, attributions: partial[i].attributions, entities: entities[i] }]));
  const claims = analyzeStoryClaims({ articles: members, extraction, duplicates: input.duplicates });
  lap('claims');
  const summary = summarizeStory(claims.claims, members.map((a) => ({ id: a.id, text: a.text, sentences: a.sentences, outlet: outletOf(a) })));
  lap('summary');
  return { times, entities, claims, summary };
}

/** The full result of a story from what the calling thread holds and the story's {@link StoryDelta}. */
export function storyResult(partial: readonly PartialExtraction[], delta: StoryDelta): StoryResult {
  const extraction = partial.map((p, i) => ({ times: p.times ?? delta.times[i] ?? [], attributions: p.attributions, entities: delta.entities[i] }));
  return { extraction, claims: delta.claims, summary: delta.summary };
}

/**
 * Leaves out of a story's result the texts the receiving thread can cut from its own copy of
 * the articles: claim mentions, summary sentences and citations are spans of an article, and
 * a group's text is one of its mentions'. Only a text found equal to its slice is left out, so
 * {@link restoreTexts} gives back exactly what was there (the strings then share the article's
 * memory instead of being copies).
 */
export function omitTexts(delta: StoryDelta, members: readonly Article[]): StoryDelta {
  const textOf = new Map(members.map((a) => [a.id, a.text]));
  const sliceOf = (id: string, start: number, end: number): string | undefined => textOf.get(id)?.slice(start, end);
  const groups = delta.claims.claims;
  const omitted: OmittedTexts = {
    mentions: new Uint8Array(groups.reduce((n, g) => n + g.mentions.length, 0)),
    groups: new Int32Array(groups.length).fill(-1),
    summary: new Uint8Array(delta.summary.reduce((n, s) => n + 1 + s.citations.length, 0)),
  };
  let k = 0;
  groups.forEach((g, i) => {
    const own = g.mentions.findIndex((m) => m.text === g.text);
    if (own >= 0) {
      omitted.groups[i] = own;
      g.text = '';
    }
    for (const m of g.mentions) {
      if (sliceOf(m.article, m.start, m.end) === m.text) {
        omitted.mentions[k] = 1;
        m.text = '';
      }
      k++;
    }
  });
  k = 0;
  for (const s of delta.summary) {
    for (const x of [s, ...s.citations]) {
      if (sliceOf(x.article, x.start, x.end) === x.text) {
        omitted.summary[k] = 1;
        x.text = '';
      }
      k++;
    }
  }
  delta.omitted = omitted;
  return delta;
}

/** Puts back the texts {@link omitTexts} left out, cut from `members`' texts. */
export function restoreTexts(delta: StoryDelta, members: readonly Article[]): StoryDelta {
  const { omitted } = delta;
  if (!omitted) return delta;
  const textOf = new Map(members.map((a) => [a.id, a.text]));
  let k = 0;
  for (const g of delta.claims.claims) {
    for (const m of g.mentions) if (omitted.mentions[k++]) m.text = textOf.get(m.article)!.slice(m.start, m.end);
  }
  delta.claims.claims.forEach((g, i) => {
    if (omitted.groups[i] >= 0) g.text = g.mentions[omitted.groups[i]].text;
  });
  k = 0;
  for (const s of delta.summary) {
    for (const x of [s, ...s.citations]) if (omitted.summary[k++]) x.text = textOf.get(x.article)!.slice(x.start, x.end);
  }
  delete delta.omitted;
  return delta;
}

