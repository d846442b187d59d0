/**
 * The HTTP API's operations over one store, free of HTTP: each takes parsed parameters and
 * returns a JSON-ready value or throws an {@link ApiError}. The web UI pages call the same
 * operations, so the API and the UI cannot disagree.
 */
import type { ArticleSummary, SearchHit, Store, StoredCorrection, StoryRow } from '../store/contract.js';
import { storyListing, storyView, type StoryView } from '../report/story-view.js';
import { checkStored, type CheckTarget } from '../check/stored.js';
import type { CheckResult } from '../check/index.js';
import { explainPair, type PairExplanation } from '../pipeline/why.js';
import { correct, type StoryRunSummary } from '../pipeline/assign.js';
import { resolveCorrection, type CorrectionRequest } from '../pipeline/corrections.js';
import type { Correction } from '../stories/corrections.js';
import { articleView, type ArticleView } from './article-view.js';
import { ApiError, badRequest, notFound } from './errors.js';
import { bodyText, bodyTextList, intParam, optionalDate, optionalText, paging, requiredText } from './params.js';

/** A page of a listing; `next` is the offset of the next page, null on the last one. */
export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  next: number | null;
}

/** `GET /api/stories`: a page of stories (`total` when a text query made the server count them). */
export interface StoryPage extends Page<StoryRow> {
  total?: number;
}

/** One row of `POST /api/check`. */
export interface CheckRow extends CheckResult {
  article: string;
  outlet: string | null;
  title: string | null;
}

/** The answer of `POST /api/check`. */
export interface CheckAnswer {
  claim: string;
  target: CheckTarget;
  results: CheckRow[];
}

/** The answer of `POST /api/corrections`. */
export interface CorrectionAnswer {
  correction: Correction;
  /** A one-line account, as the CLI prints it. */
  done: string;
  recluster: StoryRunSummary;
}

/** Options of {@link Api}. */
export interface ApiOptions {
  /** Accept corrections (merge / split / pin); off by default (`serve --allow-write`). */
  allowWrite?: boolean;
  /** Story reports kept in memory (default 16); a report is rebuilt when its story changes. */
  cacheSize?: number;
}

/** Every text query the store's full-text search is asked at most this many hits for. */
const SEARCH_CAP = 1000;

/** Page of `rows` fetched with one extra row to tell whether there is a next page. */
function pageOf<T>(rows: T[], limit: number, offset: number): Page<T> {
  return { items: rows.slice(0, limit), limit, offset, next: rows.length > limit ? offset + limit : null };
}

/** The API's operations over one store (see the module comment). */
export class Api {
  readonly allowWrite: boolean;
  private readonly cacheSize: number;
  private readonly reports = new Map<string, Promise<StoryView>>();
  /** Writes run one after another. */
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    readonly store: Store,
    opts: ApiOptions = {},
  ) {
    this.allowWrite = Boolean(opts.allowWrite);
    this.cacheSize = opts.cacheSize ?? 16;
  }

  /** `GET /api/status`: the backend, the article count and whether corrections are accepted. */
  async status(): Promise<{ store: Store['kind']; articles: number; allowWrite: boolean }> {
    return { store: this.store.kind, articles: await this.store.countArticles(), allowWrite: this.allowWrite };
  }

  /**
   * `GET /api/stories?q=&outlet=&from=&to=&limit=&offset=`: stories, newest first. `q` keeps the
   * stories whose title contains it or that hold an article the full-text search finds for it.
   */
  async stories(params: URLSearchParams): Promise<StoryPage> {
    const { limit, offset } = paging(params, 50);
    const filter = { outlet: optionalText(params, 'outlet'), from: optionalDate(params, 'from'), to: optionalDate(params, 'to') };
    const q = optionalText(params, 'q');
    if (!q) return pageOf(await this.store.listStories({ ...filter, limit: limit + 1, offset }), limit, offset);
    const all = await this.store.listStories({ ...filter, limit: 10_000_000 });
    const hits = await this.searchQuietly(q, SEARCH_CAP);
    const viaText = new Set((await this.store.getStoryMembers(hits.map((h) => h.id))).map((m) => m.story));
    const needle = q.toLowerCase();
    const matched = all.filter((s) => s.title.toLowerCase().includes(needle) || viaText.has(s.id));
    return { ...pageOf(matched.slice(offset, offset + limit + 1), limit, offset), total: matched.length };
  }

  /** `GET /api/stories/:id`: the story as `triangulate story <id> --format json` prints it. */
  async story(id: string): Promise<StoryView> {
    const listing = await storyListing(this.store, id);
    if (!listing) throw notFound(`no story "${id}" in the store`, 'unknown-story');
    const key = JSON.stringify([id, listing.story.updatedAt, listing.articles.map((a) => [a.id, a.version])]);
    let view = this.reports.get(key);
    if (!view) {
      view = storyView(this.store, listing);
      view.catch(() => this.reports.delete(key));
      this.reports.set(key, view);
      while (this.reports.size > this.cacheSize) this.reports.delete(this.reports.keys().next().value as string);
    }
    return view;
  }

  /**
   * `GET /api/articles?q=&outlet=&language=&from=&to=&limit=&offset=`: stored articles (newest
   * first), or with `q` the full-text hits (best first, with a snippet) that pass the filters.
   */
  async articles(params: URLSearchParams): Promise<Page<ArticleSummary | SearchHit>> {
    const { limit, offset } = paging(params, 100);
    const filter = { outlet: optionalText(params, 'outlet'), language: optionalText(params, 'language', 20), from: optionalDate(params, 'from'), to: optionalDate(params, 'to') };
    const q = optionalText(params, 'q');
    if (!q) return pageOf(await this.store.listArticles({ ...filter, limit: limit + 1, offset }), limit, offset);
    const outlet = filter.outlet?.toLowerCase();
    const hits = (await this.search(q, SEARCH_CAP)).filter((h) =>
      (!outlet || h.outlet?.toLowerCase() === outlet)
      && (!filter.language || h.language === filter.language)
      && (!filter.from || (h.published !== null && h.published.slice(0, filter.from.length) >= filter.from))
      && (!filter.to || (h.published !== null && h.published.slice(0, filter.to.length) <= filter.to)));
    return pageOf(hits.slice(offset, offset + limit + 1), limit, offset);
  }

  /** `GET /api/articles/:id?rev=`: text, marks, sentences, problems, extraction, claims, highlights. */
  async article(id: string, params: URLSearchParams = new URLSearchParams()): Promise<ArticleView> {
    const rev = params.has('rev') ? intParam(params, 'rev', 1, 1, 1_000_000) : undefined;
    const view = await articleView(this.store, id, rev);
    if (!view) throw notFound(`no article "${id}"${rev ? ` version ${rev}` : ''} in the store`, 'unknown-article');
    return view;
  }

  /** `GET /api/search?q=&limit=`: full-text hits over titles and texts (words, "phrases", -excluded). */
  async searchHits(params: URLSearchParams): Promise<SearchHit[]> {
    return this.search(requiredText(params, 'q'), intParam(params, 'limit', 20, 1, SEARCH_CAP));
  }

  /** `GET /api/why?a=&b=`: the story score between two articles, its parts, the threshold. */
  async why(params: URLSearchParams): Promise<PairExplanation> {
    const result = await explainPair(this.store, requiredText(params, 'a', 2000), requiredText(params, 'b', 2000));
    if ('missing' in result) throw notFound(`no article "${result.missing}" in the store`, 'unknown-article');
    return result;
  }

  /**
   * `POST /api/check {claim, story?, article?, limit?}`: the claim checked against one article,
   * every article of a story, or (neither given) the related articles of the whole store.
   */
  async check(body: Record<string, unknown>): Promise<CheckAnswer> {
    const claim = bodyText(body, 'claim', { maxLength: 1000 })!;
    const story = bodyText(body, 'story', { optional: true });
    const article = bodyText(body, 'article', { optional: true });
    if (story && article) throw badRequest('give "story" or "article", not both');
    const limit = body.limit === undefined ? 20 : body.limit;
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 200) throw badRequest('"limit" must be an integer from 1 to 200');
    const target: CheckTarget = article ? { article } : story ? { story } : { all: true, limit };
    const checked = await checkStored(this.store, claim, target);
    if ('missing' in checked) throw notFound(`no ${checked.missing.kind} "${checked.missing.id}" in the store`, `unknown-${checked.missing.kind}`);
    return {
      claim,
      target,
      results: checked.results.map(({ article: a, result }) => ({ article: a.id, outlet: a.outlet, title: a.title, ...result })),
    };
  }

  /** `GET /api/corrections`: every recorded correction, oldest first. */
  async corrections(): Promise<StoredCorrection[]> {
    return this.store.listCorrections();
  }

  /**
   * `POST /api/corrections`: records a correction and rebuilds the stories (only with
   * `allowWrite`). Bodies: `{kind:"merge", story, other}`, `{kind:"split", story, articles, as?}`,
   * `{kind:"pin", article, story}`.
   */
  async addCorrection(body: Record<string, unknown>): Promise<CorrectionAnswer> {
    if (!this.allowWrite) throw new ApiError(403, 'read-only', 'this server is read-only: start it with `triangulate serve --allow-write` to accept corrections');
    const run = this.writes.then(() => this.applyCorrection(body));
    this.writes = run.catch(() => undefined);
    return run;
  }

  private async applyCorrection(body: Record<string, unknown>): Promise<CorrectionAnswer> {
    const kind = bodyText(body, 'kind');
    let req: CorrectionRequest;
    if (kind === 'merge') req = { kind, story: bodyText(body, 'story')!, other: bodyText(body, 'other')! };
    else if (kind === 'split') {
      const story = bodyText(body, 'story')!;
      const articles = bodyTextList(body, 'articles');
      const as = bodyText(body, 'as', { optional: true });
      req = { kind, story, articles, ...(as ? { as } : {}) };
    } else if (kind === 'pin') req = { kind, article: bodyText(body, 'article')!, story: bodyText(body, 'story')! };
    else throw badRequest(`"kind" must be merge, split or pin, got "${kind}"`);
    const resolved = await resolveCorrection(this.store, req);
    if ('refused' in resolved) {
      const r = resolved.refused;
      if ('missing' in r) throw notFound(`no ${r.missing} "${r.id}" in the store`, `unknown-${r.missing}`);
      throw badRequest(r.invalid, r.ruleId);
    }
    const summary = await correct(this.store, resolved.correction);
    return { correction: resolved.correction, done: resolved.done, recluster: summary };
  }

  /** Full-text search; a query the backend rejects is a 400. */
  private async search(q: string, limit: number): Promise<SearchHit[]> {
    try {
      return await this.store.search(q, limit);
    } catch {
      throw badRequest(`the search query "${q}" cannot be run (words, "quoted phrases", -excluded)`, 'bad-query');
    }
  }

  /** Full-text search that gives no hit (instead of an error) for a query the backend rejects. */
  private async searchQuietly(q: string, limit: number): Promise<SearchHit[]> {
    return this.store.search(q, limit).catch(() => []);
  }
}
