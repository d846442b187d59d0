/**
 * The semantics of `putArticles`, as a pure function: given what is stored for the ids of a
 * batch, decide for each article whether it is added, updated, unchanged or a new version,
 * and which rows to write. Both backends execute the same plan, so they cannot drift apart.
 */
import type { Article } from '../types.js';
import type { PutStatus } from './contract.js';
import { fingerprint, normalizeArticle, validateArticle } from './records.js';

/** What a store holds for one id before the batch: its current version. */
export interface StoredHead {
  id: string;
  version: number;
  contentHash: string;
  /** {@link fingerprint} of the stored current version. */
  fingerprint: string;
}

/** The outcome for one article of the batch (duplicates are filled in after writing). */
export interface PlannedResult {
  id: string;
  status: PutStatus;
  version: number;
}

/** Rows to write for a batch, in an order that respects foreign keys. */
export interface BatchPlan {
  results: PlannedResult[];
  /** Final current state of every id the batch changes (normalised, `version` = current). */
  heads: Article[];
  /** Ids among {@link heads} that were not stored before the batch. */
  newIds: Set<string>;
  /** Version rows to insert (normalised articles, `version` set), in batch order. */
  versionInserts: Article[];
  /** Version rows stored before the batch whose derived data or metadata changed. */
  versionUpdates: Article[];
}

interface HeadState {
  version: number;
  contentHash: string;
  /**
   * {@link fingerprint} of the version, or the article to compute it from when first needed
   * (only a later article of the batch with the same id and hash asks: most batches never do).
   */
  fingerprint: string | Article;
  /** True when this version row is written by this batch (insert), false when it is stored. */
  pending: boolean;
}

/**
 * Plans a batch. Throws a TypeError on a malformed article (see `validateArticle`) before
 * anything is written.
 */
export function planBatch(batch: readonly Article[], stored: ReadonlyMap<string, StoredHead>): BatchPlan {
  const state = new Map<string, HeadState>();
  const heads = new Map<string, Article>();
  const inserts = new Map<string, Article>();
  const updates = new Map<string, Article>();
  const newIds = new Set<string>();
  const results: PlannedResult[] = [];

  batch.forEach((raw, index) => {
    validateArticle(raw, index);
    const before = state.get(raw.id) ?? fromStored(stored.get(raw.id));
    let status: PutStatus;
    let version: number;
    if (!before) {
      status = 'added';
      version = 1;
      newIds.add(raw.id);
    } else if (before.contentHash !== raw.contentHash) {
      status = 'new-version';
      version = before.version + 1;
    } else {
      version = before.version;
      const candidate = normalizeArticle(raw, version);
      status = fingerprint(candidate) === fingerprintOf(before) ? 'unchanged' : 'updated';
    }
    results.push({ id: raw.id, status, version });
    if (status === 'unchanged') return;

    const article = normalizeArticle(raw, version);
    const key = `${version}\u0000${raw.id}`;
    const pending = status !== 'updated' || (before?.pending ?? false);
    if (pending) inserts.set(key, article);
    else updates.set(key, article);
    heads.set(raw.id, article);
    state.set(raw.id, { version, contentHash: raw.contentHash, fingerprint: article, pending });
  });

  return {
    results,
    heads: [...heads.values()],
    newIds,
    versionInserts: [...inserts.values()],
    versionUpdates: [...updates.values()],
  };
}

/** The fingerprint of a head's version, computed (once) when it was deferred. */
function fingerprintOf(head: HeadState): string {
  if (typeof head.fingerprint !== 'string') head.fingerprint = fingerprint(head.fingerprint);
  return head.fingerprint;
}

function fromStored(head: StoredHead | undefined): HeadState | undefined {
  return head ? { ...head, pending: false } : undefined;
}
