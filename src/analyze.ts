/**
 * `analyze`: the full analysis of a set of inputs, in isolation (a fresh in-memory store, so no
 * state from earlier runs leaks in), as one document per `../shared/EVALUATION.md`.
 *
 * Stages, in one direction: ingest (read + text) -> dedup + stories -> estimated dates ->
 * per-article extraction -> per-story entity merge (later: claims, provenance, timeline,
 * summary).
 */
import { SqliteStore } from './store/sqlite.js';
import { ingest, type IngestOptions, type IngestSummary } from './pipeline/ingest.js';
import { assignArticles, createEngines, estimateDates, membersByStory, storyTitle } from './pipeline/stories.js';
import { extractArticle, type Extraction } from './extract/index.js';
import { mergeEntities } from './extract/entities/index.js';
import { articleOutput, type ArticleOutput } from './report/article.js';
import { analyzeStoryClaims, outletOf, type ClaimGroupOutput, type OriginGraph, type TimelineEntry } from './claims/index.js';
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

/** The outlet an article counts as for "how many outlets" questions (its URL host, else its id). */
export const outletKey = outletOf;

/** Analyses the given inputs together and returns the analysis document. */
export async function analyze(inputs: string[], opts: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const store = new SqliteStore(':memory:');
  let summary: IngestSummary;
  try {
    summary = await ingest(store, inputs, { ...opts, stories: false });
  } finally {
    await store.close();
  }
  return { document: await analyzeArticles(latestArticles(summary.articles)), summary };
}

/** The analysis of prepared articles (the part of {@link analyze} after ingest). */
export async function analyzeArticles(articles: Article[]): Promise<AnalysisDocument> {
  const { links, assignments } = assignArticles(articles, await createEngines());
  const byId = new Map(articles.map((a) => [a.id, a]));
  const stories = [...membersByStory(assignments)].map(([id, ids]) => ({ id, members: ids.map((m) => byId.get(m)!) }));

  // Undated articles get an estimate from their story before their relative dates are resolved.
  for (const { members } of stories) {
    for (const [id, day] of estimateDates(members)) byId.get(id)!.estimatedPublished = day;
  }

  const extraction = new Map<string, Extraction>(articles.map((a) => [a.id, extractArticle(a)]));
  for (const { members } of stories) {
    const merged = mergeEntities(members.map((a) => extraction.get(a.id)!.entities));
    members.forEach((a, i) => (extraction.get(a.id)!.entities = merged[i]));
  }

  // Duplicate links by article (either side) and by story (both sides in it), built once.
  const linksOf = new Map<string, DuplicateLink[]>();
  const storyOf = new Map(assignments.map((a) => [a.article, a.story]));
  const storyLinks = new Map<string, DuplicateLink[]>();
  for (const l of links) {
    for (const id of [l.article, l.of]) {
      const list = linksOf.get(id);
      if (list) list.push(l);
      else linksOf.set(id, [l]);
    }
    const story = storyOf.get(l.article);
    if (story === undefined || story !== storyOf.get(l.of)) continue;
    const inStory = storyLinks.get(story);
    if (inStory) inStory.push(l);
    else storyLinks.set(story, [l]);
  }
  return {
    articles: articles.map((a) => articleOutput(a, { ...extraction.get(a.id), duplicates: linksOf.get(a.id) ?? [] })),
    stories: stories.map(({ id, members }) => {
      const { claims, timeline, origins } = analyzeStoryClaims({
        articles: members,
        extraction: new Map(members.map((a) => [a.id, extraction.get(a.id)!])),
        duplicates: storyLinks.get(id) ?? [],
      });
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
      };
    }),
  };
}

/** One record per id (the last stored version), in input order. */
function latestArticles(articles: Article[]): Article[] {
  const byId = new Map<string, Article>();
  for (const a of articles) byId.set(a.id, a);
  return [...byId.values()];
}
