/**
 * The story stage: near-duplicate detection and online story assignment over articles in
 * publication order, plus what follows from a story (its title, estimated dates of undated
 * members). The engines keep their own state; this module only feeds them and reads results.
 */
import { createDeduper, type Deduper, type DedupLink } from '../dedup/index.js';
import { dedupInput, type DocSketch } from '../dedup/sketch.js';
import { extractFeatures, type ArticleFeatures } from '../stories/features.js';
import { publicationOrder, StoryClusterer, type Assignment, type ClusterInput, type ClustererOptions } from '../stories/cluster.js';
import type { Article } from '../types.js';

/** The two stateful engines of the story stage. */
export interface StoryEngines {
  deduper: Deduper;
  clusterer: StoryClusterer;
}

/** Fresh engines (an in-memory run, or a full recluster). */
export async function createEngines(opts: ClustererOptions = {}): Promise<StoryEngines> {
  return { deduper: await createDeduper(), clusterer: new StoryClusterer(opts) };
}

/** What the clusterer reads of an article. */
export function clusterInput(a: Article): ClusterInput {
  return {
    id: a.id, text: a.text, title: a.title, published: a.published ?? a.estimatedPublished,
    language: a.language, sentences: a.sentences, marks: a.marks,
  };
}

/**
 * The order the story stage feeds articles to the clusterer: publication order
 * (`publicationOrder`, by the article's own publication date). The eval and the fit use it too,
 * so they measure what the product clusters.
 */
export function storyOrder<T extends Pick<Article, 'published'>>(articles: readonly T[]): T[] {
  return publicationOrder(articles);
}

/** Decisions of one run of the stage. */
export interface StoryDecisions {
  links: DedupLink[];
  /** The final decision for each article fed in this call. */
  assignments: Assignment[];
  /** Articles fed in earlier calls that refinement moved to another story. */
  moves: Assignment[];
}

/** What the story stage may be given precomputed for an article (e.g. by a worker thread). */
export interface PreparedStoryInputs {
  features?: ArticleFeatures;
  sketch?: DocSketch;
}

/**
 * Feeds articles (sorted into publication order here) to the engines. The clusterer may move
 * recent articles as it learns more (refinement); the moves are applied, so `assignments` holds
 * each article's final decision (in first-assignment order), and `moves` lists the changes of
 * articles assigned earlier (e.g. in an earlier batch of a stream). `prepared` gives an
 * article's clusterer features and duplicate sketch when they were computed beforehand (made
 * with the engines' sketch parameters); the decisions are the same either way.
 */
export function assignArticles(
  articles: readonly Article[],
  engines: StoryEngines,
  prepared: (a: Article) => PreparedStoryInputs | undefined = () => undefined,
): StoryDecisions {
  const links: DedupLink[] = [];
  const final = new Map<string, Assignment>();
  const moves: Assignment[] = [];
  for (const a of storyOrder(articles)) {
    const pre = prepared(a);
    for (const l of pre?.sketch ? engines.deduper.addSketch(pre.sketch) : engines.deduper.add(dedupInput(a))) links.push(l);
    final.set(a.id, engines.clusterer.addFeatures(pre?.features ?? extractFeatures(clusterInput(a))));
  }
  for (const m of engines.clusterer.drainMoves()) {
    if (final.has(m.article)) final.set(m.article, m);
    else moves.push(m);
  }
  return { links, assignments: [...final.values()], moves };
}

/** Story id → member article ids, in the order the articles were assigned. */
export function membersByStory(assignments: readonly Assignment[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of assignments) {
    const list = out.get(a.story);
    if (list) list.push(a.article);
    else out.set(a.story, [a.article]);
  }
  return out;
}

/**
 * A story's title: the title of its earliest dated member that has one (the first report),
 * else of any member, else the first member's first words.
 */
export function storyTitle(members: readonly Article[]): string {
  const ordered = publicationOrder(members);
  const titled = ordered.find((a) => a.title && a.published) ?? ordered.find((a) => a.title);
  if (titled?.title) return titled.title;
  const first = ordered[0];
  if (!first) return '(empty story)';
  const s = first.sentences[0];
  const text = s ? first.text.slice(s.start, s.end) : first.text;
  return text.replace(/\s+/g, ' ').trim().slice(0, 100);
}

/**
 * Estimated dates for undated articles from their story: the median day of the story's dated
 * members (an undated article is usually published within its story's span). Articles that
 * already carry an estimate from their own text keep it.
 */
export function estimateDates(members: readonly Article[]): Map<string, string> {
  const days = members
    .map((a) => a.published?.slice(0, 10))
    .filter((d): d is string => Boolean(d && /^\d{4}-\d{2}-\d{2}$/.test(d)))
    .sort();
  const out = new Map<string, string>();
  if (days.length === 0) return out;
  const median = days[Math.floor((days.length - 1) / 2)];
  for (const a of members) if (!a.published && !a.estimatedPublished) out.set(a.id, median);
  return out;
}
