/**
 * A claim checked against stored articles: one article, every article of a story, or the whole
 * store (narrowed by full-text search to the articles that share words with the claim, and to
 * the related ones). Used by `triangulate check` and `POST /api/check`.
 */
import type { Store } from '../store/contract.js';
import type { Article } from '../types.js';
import { checkClaim, type CheckResult } from './index.js';

/** What to check a claim against. */
export type CheckTarget =
  | { article: string }
  | { story: string }
  /** The whole store: only related articles, at most `limit` of them (default 20). */
  | { all: true; limit?: number };

/** The outcome of {@link checkStored}: results per article, or the id that is not stored. */
export type StoredCheck =
  | { results: Array<{ article: Article; result: CheckResult }> }
  | { missing: { kind: 'article' | 'story'; id: string } };

/** Checks a claim against stored articles (see {@link CheckTarget}). */
export async function checkStored(store: Store, claim: string, target: CheckTarget): Promise<StoredCheck> {
  let articles: Article[];
  if ('article' in target) {
    const a = await store.getArticle(target.article);
    if (!a) return { missing: { kind: 'article', id: target.article } };
    articles = [a];
  } else if ('story' in target) {
    if (!(await store.getStory(target.story))) return { missing: { kind: 'story', id: target.story } };
    articles = await store.getArticles((await store.getStoryArticles(target.story)).map((a) => a.id));
  } else {
    // The whole store: full-text search narrows it to articles that share words with the claim.
    const hits = await store.search(claim.replace(/["()*:^-]/g, ' '), 200).catch(() => []);
    articles = await store.getArticles(hits.map((h) => h.id));
  }
  const results = articles.map((a) => ({ article: a, result: checkClaim(claim, a.text) }));
  if (!('all' in target)) return { results };
  return { results: results.filter((r) => r.result.verdict !== 'unrelated').slice(0, target.limit ?? 20) };
}
