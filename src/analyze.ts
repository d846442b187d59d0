/**
 * `analyze`: the full analysis of a set of inputs, in isolation (a fresh in-memory store, so no
 * state from earlier runs leaks in), as one document per `../shared/EVALUATION.md`.
 *
 * Stages, in one direction: ingest (read + text) -> per-article story inputs and extraction
 * (as batches are stored) -> dedup + stories -> estimated dates -> per story: the times of
 * undated articles, entity merge, claims, provenance, timeline. The parallel parts run in
 * worker threads for big runs (`src/pipeline/analyze-*.ts`); the document is the same.
 */
import { ingest, type IngestOptions, type IngestSummary } from './pipeline/ingest.js';
import { createEngines, storyTitle } from './pipeline/stories.js';
import { AnalysisStore } from './pipeline/analyze-store.js';
import { AnalysisRun, type AnalysedRun, type AnalysedStory, type AnalysisRunOptions } from './pipeline/analyze-run.js';
import type { StageTimings } from './pipeline/prepare-task.js';
import { articleOutput, type ArticleOutput } from './report/article.js';
import { outletOf, type ClaimGroupOutput, type OriginGraph, type TimelineEntry } from './claims/index.js';
import type { SummarySentence } from './summary/index.js';
import type { Article, DuplicateLink } from './types.js';

/** One story of the analysis document. */
export interface StoryOutput {
  id: string;
  title: string;
  articles: string[];
  /** Distinct outlets of the story (an article without one counts as its URL host, else its id). */
  outlets: string[];
  firstPublished: string | null;
  lastPublished: string | null;
  /** Claim groups: corroborated / single / contested, with outlets, origins and mentions. */
  claims: ClaimGroupOutput[];
  /** Dated claim groups in order, relative dates resolved (estimated ones marked). */
  timeline: TimelineEntry[];
  /** The story's citation graph: outlet -> cited origins, syndication. */
  origins: OriginGraph;
  /** Extractive summary: verbatim sentences, each citing its span and the outlets that state it too. */
  summary: SummarySentence[];
}

/** The analysis document written by `analyze --format json`. */
export interface AnalysisDocument {
  articles: ArticleOutput[];
  stories: StoryOutput[];
}

/** The result of {@link analyze}: the document and the ingest summary (problems, counts). */
export interface AnalysisResult {
  document: AnalysisDocument;
  summary: IngestSummary;
  /** Milliseconds per analysis stage, summed over threads (only with `profile: true`). */
  stages?: StageTimings;
}

/** Options of {@link analyze}. */
export interface AnalyzeOptions extends IngestOptions, AnalysisRunOptions {
  /**
   * Worker threads for the analysis (default one per core, for runs of 200+ articles); 0 runs
   * everything in this thread, with the same results. Ingest's text stage always runs in this
   * thread (see {@link analyze}).
   */
  workers?: number;
}

/** The outlet an article counts as for "how many outlets" questions (its URL host, else its id). */
export const outletKey = outletOf;

/**
 * Analyses the given inputs together and returns the analysis document. Ingest reads them into
 * a private in-memory store (nothing from earlier runs leaks in); each stored batch goes on to
 * the analysis at once, in worker threads for big runs.
 */
export async function analyze(inputs: string[], opts: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const run = new AnalysisRun(await createEngines(), opts);
  try {
    const store = new AnalysisStore((batch) => run.add(batch));
    // Ingest's text stage runs in this thread: each article is then made once, here, and sent
    // once to the analysis worker that does the rest of its per-article work (an ingest pool
    // would clone every article to this thread first, which costs this thread as much as
    // preparing it, and start one more thread that compiles the same code again).
    const summary = await ingest(store, inputs, { batchSize: 100, ...opts, stories: false, workers: 0 });
    const document = await documentOf(await run.finish(latestArticles(summary.articles)), run, opts.clock);
    return { document, summary, ...(opts.profile ? { stages: run.timings } : {}) };
  } finally {
    await run.close();
  }
}

/** Options of {@link analyzeArticles}. */
export type AnalyzeArticlesOptions = AnalysisRunOptions;

/** The analysis of prepared articles (the part of {@link analyze} after ingest). */
export async function analyzeArticles(articles: Article[], opts: AnalyzeArticlesOptions = {}): Promise<AnalysisDocument> {
  const run = new AnalysisRun(await createEngines(), opts);
  try {
    return await documentOf(await run.finish(articles), run, opts.clock);
  } finally {
    await run.close();
  }
}

/** The analysis document of a finished run (articles in input order, stories in creation order). */
async function documentOf(analysed: AnalysedRun, run: AnalysisRun, clock: () => number = () => performance.now()): Promise<AnalysisDocument> {
  const t = clock();
  const { extraction, links } = analysed;
  // Duplicate links by article (either side).
  const linksOf = new Map<string, DuplicateLink[]>();
  for (const l of links) {
    for (const id of [l.article, l.of]) {
      const list = linksOf.get(id);
      if (list) list.push(l);
      else linksOf.set(id, [l]);
    }
  }
  const document: AnalysisDocument = {
    articles: analysed.articles.map((a) => articleOutput(a, { ...extraction.get(a.id), duplicates: linksOf.get(a.id) ?? [] })),
    stories: analysed.stories.map(storyOutput),
  };
  run.time('output', clock() - t);
  return document;
}

/** One story of the document, from its members, claims and summary. */
export function storyOutput({ id, members, claims: { claims, timeline, origins }, summary }: AnalysedStory): StoryOutput {
  const days = members.map((a) => a.published?.slice(0, 10)).filter((d): d is string => Boolean(d)).sort();
  return {
    id,
    title: storyTitle(members),
    articles: members.map((a) => a.id),
    outlets: [...new Set(members.map(outletKey))].sort(),
    firstPublished: days[0] ?? null,
    lastPublished: days[days.length - 1] ?? null,
    claims,
    timeline,
    origins,
    summary,
  };
}

/** One record per id (the last stored version), in input order. */
function latestArticles(articles: Article[]): Article[] {
  const byId = new Map<string, Article>();
  for (const a of articles) byId.set(a.id, a);
  return [...byId.values()];
}
