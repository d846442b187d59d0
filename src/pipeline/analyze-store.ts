/**
 * The store `analyze` ingests into: articles kept in memory only, with the `putArticles`
 * semantics every store shares (`planBatch`: validation, added / updated / unchanged / new
 * version, version numbers, exact duplicates by content hash), so ingest reports the same
 * results, problems and exit status as with a fresh SQLite store, without SQL rows, JSON
 * columns or a full-text index that `analyze` never reads. It also hands each stored batch to
 * a listener, so the analysis can start on it while later input is still being read.
 *
 * Only what ingest asks of a store without its story stage is supported; the other methods
 * reject (a programming error).
 */
import type {
  ArticleFilter, ArticleSummary, PutResult, SearchHit, Store, StoredCorrection, StoredMessage, StoryMember, StoryRow,
} from '../store/contract.js';
import { planBatch, type StoredHead } from '../store/plan.js';
import { fingerprint } from '../store/records.js';
import type { Article, DuplicateLink } from '../types.js';

/** Called with every batch of articles once it is stored (in ingest's storage order). */
export type StoredListener = (articles: readonly Article[]) => void;

/** An in-memory, write-mostly store for one `analyze` run. */
export class AnalysisStore implements Store {
  /** It stands in for the fresh in-memory SQLite store `analyze` used before (same semantics). */
  readonly kind = 'sqlite' as const;
  /** Problems ingest logged (fatal ones). */
  readonly messages: StoredMessage[] = [];
  private readonly heads = new Map<string, StoredHead>();
  private readonly idsByHash = new Map<string, Set<string>>();

  /** `onStored`: told of each stored batch (optional). */
  constructor(private readonly onStored: StoredListener = () => undefined) {}

  async putArticles(articles: Article[]): Promise<PutResult[]> {
    if (articles.length === 0) return [];
    const plan = planBatch(articles, this.heads);
    for (const head of plan.heads) {
      const before = this.heads.get(head.id);
      if (before && before.contentHash !== head.contentHash) this.idsByHash.get(before.contentHash)?.delete(head.id);
      this.heads.set(head.id, { id: head.id, version: head.version, contentHash: head.contentHash, fingerprint: fingerprint(head) });
      let ids = this.idsByHash.get(head.contentHash);
      if (!ids) this.idsByHash.set(head.contentHash, (ids = new Set()));
      ids.add(head.id);
    }
    this.onStored(articles);
    return plan.results.map((r) => ({
      ...r,
      exactDuplicateOf: [...(this.idsByHash.get(this.heads.get(r.id)!.contentHash) ?? [])].filter((id) => id !== r.id).sort(),
    }));
  }

  async putMessages(messages: StoredMessage[]): Promise<void> {
    this.messages.push(...messages);
  }

  async countArticles(): Promise<number> {
    return this.heads.size;
  }

  async getVersions(id: string): Promise<number[]> {
    const head = this.heads.get(id);
    return head ? Array.from({ length: head.version }, (_, i) => i + 1) : [];
  }

  /** Ingest asks this only when its story stage is on: here nothing is ever assigned. */
  async unassignedArticleIds(): Promise<string[]> {
    return [];
  }

  async close(): Promise<void> {}

  async getArticle(): Promise<Article | null> {
    return unsupported('getArticle');
  }
  async getArticles(_ids: string[]): Promise<Article[]> {
    return unsupported('getArticles');
  }
  async listArticles(_filter?: ArticleFilter): Promise<ArticleSummary[]> {
    return unsupported('listArticles');
  }
  async search(): Promise<SearchHit[]> {
    return unsupported('search');
  }
  async getDuplicates(): Promise<DuplicateLink[]> {
    return unsupported('getDuplicates');
  }
  async putDuplicates(): Promise<void> {
    return unsupported('putDuplicates');
  }
  async listMessages(): Promise<StoredMessage[]> {
    return [...this.messages];
  }
  async putStoryMembers(): Promise<void> {
    return unsupported('putStoryMembers');
  }
  async getStoryMembers(): Promise<StoryMember[]> {
    return unsupported('getStoryMembers');
  }
  async listStories(): Promise<StoryRow[]> {
    return unsupported('listStories');
  }
  async getStory(): Promise<StoryRow | null> {
    return unsupported('getStory');
  }
  async getStoryArticles(): Promise<Array<ArticleSummary & { score: number }>> {
    return unsupported('getStoryArticles');
  }
  async clearStoryMembers(): Promise<void> {
    return unsupported('clearStoryMembers');
  }
  async addCorrection(): Promise<number> {
    return unsupported('addCorrection');
  }
  async listCorrections(): Promise<StoredCorrection[]> {
    return unsupported('listCorrections');
  }
  async getState(): Promise<string | null> {
    return unsupported('getState');
  }
  async putState(): Promise<void> {
    return unsupported('putState');
  }
}

function unsupported(method: string): never {
  throw new Error(`the analysis store does not support ${method} (it only takes what ingest stores)`);
}
