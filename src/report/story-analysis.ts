/**
 * The analysis of one stored story, for `triangulate story <id>`: its member articles run through
 * {@link analyzeArticles}. That re-clusters them; when it cuts a stored story in two (a story a
 * user merged by hand, say), the claims stage is run once more over all members together, so the
 * report always covers the story as stored.
 */
import { analyzeArticles, outletKey, storyOutput, type StoryOutput } from '../analyze.js';
import { analyzeStoryClaims, type ArticleExtraction } from '../claims/index.js';
import { mergeEntities } from '../extract/entities/index.js';
import { summarizeStory } from '../summary/index.js';
import type { Article, DuplicateLink } from '../types.js';
import type { ArticleOutput } from './article.js';
import { buildStoryReport, type StoryReport } from './story.js';

/** The stored story's identity (what the store says it is); the headline prefers the members' own title. */
export interface StoredStory {
  id: string;
  title: string;
}

/** The analysis of one stored story: its output record and its members' records. */
export interface StoryAnalysis {
  story: StoryOutput;
  articles: ArticleOutput[];
  /** How many stories re-analysis found among the members (1 when it agrees with the store). */
  parts: number;
}

/** Analyses the members of one stored story as one story. */
export async function analyzeStoredStory(stored: StoredStory, members: Article[], links: readonly DuplicateLink[] = []): Promise<StoryAnalysis> {
  const doc = await analyzeArticles(members);
  if (doc.stories.length === 1) {
    return { story: { ...doc.stories[0], id: stored.id, title: doc.stories[0].title || stored.title }, articles: doc.articles, parts: 1 };
  }
  const byId = new Map(doc.articles.map((a) => [a.id, a]));
  const merged = mergeEntities(members.map((a) => byId.get(a.id)?.entities ?? []));
  const articles = doc.articles.map((a) => ({ ...a, entities: merged[members.findIndex((m) => m.id === a.id)] ?? a.entities }));
  const extraction = new Map<string, ArticleExtraction>(articles.map((a) => [a.id, { times: a.times, attributions: a.attributions, entities: a.entities }]));
  const ids = new Set(members.map((a) => a.id));
  const { claims, timeline, origins } = analyzeStoryClaims({ articles: members, extraction, duplicates: links.filter((l) => ids.has(l.article) && ids.has(l.of)) });
  const summary = summarizeStory(claims, members.map((a) => ({ id: a.id, text: a.text, sentences: a.sentences, outlet: outletKey(a) })));
  const whole = storyOutput({ id: stored.id, members, claims: { claims, timeline, origins }, summary });
  const story: StoryOutput = { ...whole, title: (members.length ? whole.title : '') || stored.title };
  return { story, articles, parts: doc.stories.length };
}

/** The report of one stored story (see {@link analyzeStoredStory} and {@link buildStoryReport}). */
export async function storedStoryReport(stored: StoredStory, members: Article[], links: readonly DuplicateLink[] = []): Promise<StoryReport> {
  const { story, articles } = await analyzeStoredStory(stored, members, links);
  return buildStoryReport(story, articles);
}
