/**
 * The ingest pipeline: read inputs, prepare each document (text stage), and store them in
 * batches, one transaction per batch. One bad input never stops the others and never leaves
 * half-written state behind: its problems are returned as messages.
 */
import { type ReadOptions, type ReadResult } from '../ingest/index.js';
import { readInputStream } from '../ingest/stream.js';
import { prepareArticle } from '../text/index.js';
import type { PutResult, Store } from '../store/contract.js';
import type { Article, IngestOverrides, Message } from '../types.js';
import { updateStories, type StoryRunSummary } from './assign.js';

/** Options of {@link ingest}. */
export interface IngestOptions extends ReadOptions {
  /** Outlet / date set for every input of this call. */
  overrides?: IngestOverrides;
  /** Articles per store transaction (default 500). */
  batchSize?: number;
  /** Assign the new articles to stories (and find duplicates) after storing them (default true). */
  stories?: boolean;
  /**
   * Keep every stored article and per-article result in the summary (default true). Turn off
   * for very large runs: counts and problems are still reported.
   */
  keepArticles?: boolean;
  /** Called after each input (as given) has been read and stored. */
  onProgress?: (progress: IngestProgress) => void;
}

/** Progress of a running ingest. */
export interface IngestProgress {
  /** Inputs (as given) fully handled so far, and their total. */
  inputsDone: number;
  inputsTotal: number;
  /** Articles stored so far. */
  articles: number;
  /** The input just handled. */
  input: string;
}

/** What happened to one concrete input (a file, a feed, a URL). */
export interface InputOutcome {
  input: string;
  articles: number;
  failed: boolean;
  messages: Message[];
}

/** The end-of-run summary. */
export interface IngestSummary {
  added: number;
  updated: number;
  unchanged: number;
  newVersions: number;
  /** Documents that were read but not stored (e.g. a repeated id in one run). */
  skipped: number;
  /** Concrete inputs (or parts, e.g. a JSON line) that failed. */
  failed: number;
  /** Per-article results, in storage order (empty when `keepArticles` is false). */
  results: PutResult[];
  /** Per-input outcomes. */
  inputs: InputOutcome[];
  /** Every problem met, in order (fatal and not). */
  messages: Message[];
  /** The stored articles of this run, with store versions (empty when `keepArticles` is false). */
  articles: Article[];
  /** What the story stage did (absent when `stories: false`). */
  stories?: StoryRunSummary;
}

/** Reads, prepares and stores every input. Never throws for bad input. */
export async function ingest(store: Store, inputs: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = opts.batchSize ?? 500;
  const summary: IngestSummary = {
    added: 0, updated: 0, unchanged: 0, newVersions: 0, skipped: 0, failed: 0,
    results: [], inputs: [], messages: [], articles: [],
  };
  const seen = new Set<string>();
  const keep = opts.keepArticles !== false;
  let stored = 0;
  let pending: { article: Article; outcome: InputOutcome }[] = [];

  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    try {
      const results = await store.putArticles(batch.map((p) => p.article));
      results.forEach((r, i) => {
        const { article } = batch[i];
        article.version = r.version;
        stored++;
        if (keep) {
          summary.results.push(r);
          summary.articles.push(article);
        }
        if (r.status === 'added') summary.added++;
        else if (r.status === 'updated') summary.updated++;
        else if (r.status === 'unchanged') summary.unchanged++;
        else summary.newVersions++;
      });
    } catch (err) {
      // The store rolled the whole batch back: report every input that had an article in it.
      const reason = `could not store ${batch.length} article(s): ${(err as Error).message}`;
      for (const outcome of new Set(batch.map((p) => p.outcome))) {
        const message: Message = { reason, file: outcome.input, ruleId: 'store-failed', source: 'store', fatal: true };
        outcome.messages.push(message);
        summary.messages.push(message);
        if (!outcome.failed) summary.failed++;
        outcome.failed = true;
      }
    }
  };

  let inputsDone = 0;
  const outcomes = new Map<string, InputOutcome>();
  for (const input of inputs) {
    try {
      for await (const result of readInputStream(input, opts)) await take(result);
    } catch (err) {
      // Readers report problems as messages; an exception here is a bug, still contained.
      await take({
        input, documents: [], failed: true,
        messages: [{ reason: `could not read: ${(err as Error).message}`, file: input, ruleId: 'read-failed', source: 'ingest', fatal: true }],
      });
    }
    inputsDone++;
    opts.onProgress?.({ inputsDone, inputsTotal: inputs.length, articles: stored, input });
  }

  /** Prepares the documents of one read result and queues them for storage. */
  async function take(result: ReadResult): Promise<void> {
    // A streamed file comes in several chunks: one outcome per concrete input.
    let outcome = outcomes.get(result.input);
    if (!outcome) {
      outcome = { input: result.input, articles: 0, failed: false, messages: [] };
      outcomes.set(result.input, outcome);
      summary.inputs.push(outcome);
    }
    outcome.messages.push(...result.messages);
    summary.messages.push(...result.messages);
    if (result.failed) {
      // Count each failed line of a JSON lines file; other inputs fail once.
      summary.failed += Math.max(1, result.messages.filter((m) => m.fatal).length);
      outcome.failed = true;
    }
    for (const raw of result.documents) {
      if (seen.has(raw.id)) {
        const message: Message = {
          reason: `id "${raw.id}" already given earlier in this run; skipped`,
          file: result.input, ruleId: 'repeated-id', source: 'ingest', fatal: false,
        };
        outcome.messages.push(message);
        summary.messages.push(message);
        summary.skipped++;
        continue;
      }
      seen.add(raw.id);
      const article = prepareArticle(raw, opts.overrides);
      outcome.articles++;
      pending.push({ article, outcome });
      if (pending.length >= batchSize) await flush();
    }
  }
  await flush();
  if (opts.stories !== false) summary.stories = await updateStories(store);
  const fatal = summary.messages.filter((m) => m.fatal);
  if (fatal.length > 0) {
    const at = new Date().toISOString();
    // The problem log is a convenience: failing to write it must not fail the run.
    await store.putMessages(fatal.map((m) => ({ ...m, at }))).catch(() => undefined);
  }
  return summary;
}
