/**
 * One stored story as the CLI's `story <id>` and the HTTP API's `GET /api/stories/:id` show it:
 * its listing row, its articles with their assignment scores, the duplicate links among them,
 * and (for the full view) the story report.
 */
import type { ArticleSummary, Store, StoryRow } from '../store/contract.js';
import type { Article, DuplicateLink } from '../types.js';
import { storedStoryReport } from './story-analysis.js';
import type { StoryReport } from './story.js';

/** A stored story's listing: its row, its articles (with scores) and their duplicate links. */
export interface StoryListing {
  story: StoryRow;
  articles: Array<ArticleSummary & { score: number }>;
  /** Links that involve any member (either side), each (article, of) pair once. */
  duplicates: DuplicateLink[];
}

/** The full view of a stored story: the listing fields plus its report (`story --format json`). */
export interface StoryView extends StoryRow {
  articles: Array<ArticleSummary & { score: number }>;
  duplicates: DuplicateLink[];
  report: StoryReport;
}

/** The listing of a stored story, or null when the store has no such story. */
export async function storyListing(store: Store, id: string): Promise<StoryListing | null> {
  const story = await store.getStory(id);
  if (!story) return null;
  const articles = await store.getStoryArticles(id);
  const duplicates = (await Promise.all(articles.map((a) => store.getDuplicates(a.id)))).flat()
    .filter((d, i, all) => all.findIndex((e) => e.article === d.article && e.of === d.of) === i);
  return { story, articles, duplicates };
}

/** Adds the story report (the members analysed as one story) to a listing. */
export async function storyView(store: Store, listing: StoryListing): Promise<StoryView> {
  const { story, articles, duplicates } = listing;
  const members = (await Promise.all(articles.map((a) => store.getArticle(a.id)))).filter((a): a is Article => a !== null);
  const report = await storedStoryReport({ id: story.id, title: story.title }, members, duplicates);
  return { ...story, articles, duplicates, report };
}
