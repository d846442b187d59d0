/**
 * The ingest pipeline: read inputs, prepare each document (text stage), store them in batches
 * (one transaction per batch) and assign each stored batch to stories at once (duplicates and
 * story memberships; an online clusterer takes the stream as it comes). One bad input never
 * stops the others and never leaves half-written state behind: its problems are returned as
 * messages.
 *
 * The parallel part (JSON parsing of JSON lines, the text stage, the clusterer's features and
 * the duplicate sketches) runs in a pool of worker threads for big inputs; this thread reads,
 * keeps the order, stores and runs the sequential engines, and prepares a share of the chunks
 * itself while the workers have a backlog ({@link takeHere}). At most a few chunks are in flight
 * (backpressure), so memory stays bounded however long the stream.
 */
import { DEFAULT_MAX_BYTES, type ReadOptions, type ReadResult } from '../ingest/index.js';
import { readInputStream } from '../ingest/stream.js';
import { fatal, warning } from '../ingest/messages.js';
import { loadHasher, type Hasher } from '../dedup/hash.js';
import type { PutResult, Store } from '../store/contract.js';
import type { Article, IngestOverrides, Message } from '../types.js';
import { StoryStage, type StoryRunSummary } from './online.js';
import { addTiming, docsTask, runTask, unpackResult, type PrepareResult, type StageTimings, type PrepareTask, type PreparedDoc, type TaskSettings } from './prepare-task.js';
import { defaultPoolSize, WorkerPool } from './pool.js';
import { CHUNK_BYTES, fileSize, isLocalJsonl, readLineChunks } from './jsonl-chunks.js';
import { OrderedQueue } from './ordered.js';
import { IdTable } from './id-table.js';

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
  /**
   * Worker threads for the parallel stage; 0 runs everything in this thread. Default: one per
   * core but one (`defaultPoolSize`), started only for inputs big enough to pay for them (a
   * JSON lines file of 1 MiB or more, or a read result of 64+ documents); a number given here
   * is used for every input.
   */
  workers?: number;
  /** Time each stage and report it in {@link IngestSummary.profile}. */
  profile?: boolean;
  /** Bytes of a JSON lines file per parallel task (default {@link CHUNK_BYTES}, 1 MiB). */
  chunkBytes?: number;
}

/** JSON lines files from this size go to the worker pool (when `workers` is not given). */
export const POOL_MIN_BYTES = 1 << 20;
/** Read results with this many documents go to the worker pool (when `workers` is not given). */
export const POOL_MIN_DOCS = 64;

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
  /** Milliseconds per stage, summed over threads (only with `profile: true`). */
  profile?: StageTimings;
}

/**
 * Whether this thread prepares the next task itself although there is a pool: when every worker
 * already has a task waiting behind the one it runs. This thread (storing, deduplicating,
 * clustering) needs less time per article than a worker's text stage: rather than idle while
 * the workers catch up, it takes a share of their work, so both cores stay busy. The share
 * settles by itself: a worker whose backlog drains gets the next task. A task prepared here
 * also skips the crossing (cloning the result into this thread).
 */
export function takeHere(pool: { size: number; inFlight: number }): boolean {
  return pool.inFlight >= pool.size * 2;
}

/** One step of the ordered stream of work: a prepared chunk, or the end of an input. */
type Step = { kind: 'result'; result: PrepareResult; lines: boolean; ordinal: number } | { kind: 'end'; input: string; jsonl: boolean };

const JSONL_SOURCE = 'ingest:jsonl';

/** Reads, prepares and stores every input. Never throws for bad input. */
export async function ingest(store: Store, inputs: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = opts.batchSize ?? 500;
  const summary: IngestSummary = {
    added: 0, updated: 0, unchanged: 0, newVersions: 0, skipped: 0, failed: 0,
    results: [], inputs: [], messages: [], articles: [],
  };
  const keep = opts.keepArticles !== false;
  const stage = opts.stories !== false ? await StoryStage.open(store) : null;
  const profile: StageTimings | null = opts.profile ? {} : null;
  if (stage && profile) stage.timings = profile;
  const time = (name: string, since: number): void => {
    if (profile) addTiming(profile, name, performance.now() - since);
  };
  if (stage) {
    // Articles stored earlier without a story (a crashed run, or `stories: false`) come first.
    const left = await store.unassignedArticleIds();
    if (left.length > 0) await stage.assignStored(left);
  }
  const settings: TaskSettings = {
    overrides: opts.overrides, maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, stories: stage !== null, profile: profile !== null,
    ...(stage ? { sketchParams: stage.sketchParams } : {}),
  };
  const hasher: Hasher | null = stage ? await loadHasher() : null;
  const poolSize = opts.workers ?? defaultPoolSize();
  let pool: WorkerPool<PrepareTask, PrepareResult> | null = null;
  /** The pool for a task of this size, or null to run it here. */
  const poolFor = (big: boolean): WorkerPool<PrepareTask, PrepareResult> | null => {
    if (poolSize <= 0 || (!big && opts.workers === undefined)) return pool;
    pool ??= new WorkerPool<PrepareTask, PrepareResult>(poolSize, settings);
    return pool;
  };

  /**
   * Run-wide ids: input ordinal * 2^32 + line (0 outside JSON lines). One entry per article of
   * the run, so kept compact (typed arrays, off the JavaScript heap).
   */
  const seen = new IdTable();
  let stored = 0;
  let pending: { doc: PreparedDoc; outcome: InputOutcome }[] = [];
  const outcomes = new Map<string, InputOutcome>();
  let inputsDone = 0;

  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    let results: PutResult[];
    const t0 = performance.now();
    try {
      results = await store.putArticles(batch.map((p) => p.doc.article));
      time('store articles', t0);
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
      return;
    }
    const added: PreparedDoc[] = [];
    results.forEach((r, i) => {
      const { doc } = batch[i];
      doc.article.version = r.version;
      stored++;
      if (keep) {
        summary.results.push(r);
        summary.articles.push(doc.article);
      }
      if (r.status === 'added') {
        summary.added++;
        added.push(doc);
      } else if (r.status === 'updated') summary.updated++;
      else if (r.status === 'unchanged') summary.unchanged++;
      else summary.newVersions++;
    });
    // A known id keeps its story (memberships survive new versions): only new ids are assigned.
    if (stage) await stage.assign(added);
  };

  const outcomeOf = (input: string): InputOutcome => {
    // A streamed file comes in several chunks: one outcome per concrete input.
    let outcome = outcomes.get(input);
    if (!outcome) {
      outcome = { input, articles: 0, failed: false, messages: [] };
      outcomes.set(input, outcome);
      summary.inputs.push(outcome);
    }
    return outcome;
  };
  const note = (outcome: InputOutcome, message: Message): void => {
    outcome.messages.push(message);
    summary.messages.push(message);
  };

  /** Takes one prepared chunk, in input order: checks ids and queues articles for storage. */
  const take = async (result: PrepareResult, lines: boolean, ordinal: number): Promise<void> => {
    if (profile && result.timings) for (const [k, ms] of Object.entries(result.timings)) addTiming(profile, k, ms);
    const outcome = outcomeOf(result.input);
    for (const m of result.messages) note(outcome, m);
    if (result.failed) {
      // Count each failed line of a JSON lines file; other inputs fail once.
      summary.failed += Math.max(1, result.messages.filter((m) => m.fatal).length);
      outcome.failed = true;
    }
    for (const doc of result.docs) {
      const { id } = doc.article;
      const line = lines ? (doc.article.source.line ?? 0) : 0;
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        if (lines && Math.floor(earlier / 2 ** 32) === ordinal) {
          // The same file repeats an id (chunks are parsed apart): as the JSON lines reader says it.
          note(outcome, warning('repeated-id', `line ${line} repeats the id ${id} of line ${earlier % 2 ** 32}: skipped`, `${result.input}:${line}`, JSONL_SOURCE));
          continue;
        }
        note(outcome, { reason: `id "${id}" already given earlier in this run; skipped`, file: result.input, ruleId: 'repeated-id', source: 'ingest', fatal: false });
        summary.skipped++;
        continue;
      }
      seen.set(id, ordinal * 2 ** 32 + line);
      outcome.articles++;
      pending.push({ doc, outcome });
      if (pending.length >= batchSize) await flush();
    }
  };

  /** Inputs (JSON lines files) that had a non-blank line so far. */
  const withLines = new Set<string>();
  const handle = async (step: Step): Promise<void> => {
    if (step.kind === 'result') {
      if (step.result.nonBlank > 0) withLines.add(step.result.input);
      await take(step.result, step.lines, step.ordinal);
      return;
    }
    if (step.jsonl && !withLines.has(step.input)) {
      const message = fatal('empty-file', `${step.input} is empty (no JSON lines)`, step.input, JSONL_SOURCE);
      await take({ input: step.input, docs: [], messages: [message], failed: true, nonBlank: 0 }, false, -1);
    }
    inputsDone++;
    opts.onProgress?.({ inputsDone, inputsTotal: inputs.length, articles: stored, input: step.input });
  };

  // The ordered queue of work in flight: the reader waits when it is full (backpressure).
  const queue = new OrderedQueue<Step>(handle, () => (pool ? pool.size * 2 + 1 : 0), (ms) => {
    if (profile) addTiming(profile, 'main waits', ms);
  });
  const push = (step: Promise<Step>): Promise<void> => queue.push(step);
  /**
   * Runs a task in the pool or here (also with a pool, when {@link takeHere} says so); a task
   * that throws (a bug) fails its input, not the run.
   */
  const submit = (task: PrepareTask, big: boolean, ordinal: number): Promise<Step> => {
    const lines = task.kind === 'lines';
    const failure = (err: unknown): Step => ({
      kind: 'result', lines, ordinal,
      result: {
        input: task.input, docs: [], failed: true, nonBlank: 1,
        messages: [fatal('prepare-failed', `could not prepare: ${(err as Error).message}`, task.input, 'ingest')],
      },
    });
    const p = poolFor(big);
    if (p && !takeHere(p)) {
      const transfer = task.kind === 'lines' ? [task.bytes.buffer as ArrayBuffer] : [];
      return p.run(task, transfer).then((result): Step => ({ kind: 'result', result: unpackResult(result), lines, ordinal }), failure);
    }
    try {
      return Promise.resolve({ kind: 'result', result: runTask(task, settings, hasher), lines, ordinal });
    } catch (err) {
      return Promise.resolve(failure(err));
    }
  };

  /** Reads one input (as given) into the queue. */
  const read = async (input: string, ordinal: number): Promise<void> => {
    if (await isLocalJsonl(input)) {
      const big = (await fileSize(input)) >= POOL_MIN_BYTES;
      for await (const chunk of readLineChunks(input, opts.chunkBytes ?? CHUNK_BYTES)) {
        await push(submit({ kind: 'lines', input, firstLine: chunk.firstLine, bytes: chunk.bytes }, big, ordinal));
      }
      // Handled after every chunk of the file (the queue keeps order): it knows whether any had a line.
      await push(Promise.resolve({ kind: 'end', input, jsonl: true }));
      return;
    }
    for await (const result of readInputStream(input, opts)) {
      await push(submit(docsTask(result), result.documents.length >= POOL_MIN_DOCS, ordinal));
    }
    await push(Promise.resolve({ kind: 'end', input, jsonl: false }));
  };

  try {
    for (let ordinal = 0; ordinal < inputs.length; ordinal++) {
      const input = inputs[ordinal];
      try {
        await read(input, ordinal);
      } catch (err) {
        // Readers report problems as messages; an exception here is a bug, still contained.
        const result: ReadResult = {
          input, documents: [], failed: true,
          messages: [{ reason: `could not read: ${(err as Error).message}`, file: input, ruleId: 'read-failed', source: 'ingest', fatal: true }],
        };
        await push(Promise.resolve({ kind: 'result', result: { ...docsTask(result), docs: [], nonBlank: 0 }, lines: false, ordinal }));
        await push(Promise.resolve({ kind: 'end', input, jsonl: false }));
      }
    }
    await queue.drain();
    await flush();
  } finally {
    await (pool as WorkerPool<PrepareTask, PrepareResult> | null)?.close();
  }
  if (stage) {
    if (stage.summary.assigned > 0) await stage.save();
    summary.stories = { ...stage.summary };
  }
  if (profile) summary.profile = profile;
  const fatalMessages = summary.messages.filter((m) => m.fatal);
  if (fatalMessages.length > 0) {
    const at = new Date().toISOString();
    // The problem log is a convenience: failing to write it must not fail the run.
    await store.putMessages(fatalMessages.map((m) => ({ ...m, at }))).catch(() => undefined);
  }
  return summary;
}
