/**
 * Runs the parallel units of `analyze` (`analyze-task.ts`) in a pool of worker threads or in
 * this thread, with the same results.
 *
 * In the pool each article crosses to a worker once: the worker answers with the story stage's
 * inputs at once, later with the article's extraction, and keeps the article and its extraction
 * until its story is analysed. A story goes to the worker that costs least: the one with the
 * least story work queued, counting each member it does not hold (sent along with the task) as
 * a little more work; mostly that is the worker holding the members. Only compact results come
 * back: packed features, sketches, extraction as plain arrays, and per story its claims,
 * summary, merged entities and the times it had to find.
 *
 * Until the mode is known (see {@link AnalyzeScheduler.decide}) work waits. A worker that dies
 * (its heap is capped) or fails a task has that task redone in this thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { loadHasher, type Hasher } from '../dedup/hash.js';
import {
  analyzeStory, extractPartial, prepareStoryInputs, restoreTexts, storyResult, unpackPrepared,
  type AnalyzeSettings, type Clock, type PartialExtraction, type PreparedStory, type StoryDelta, type StoryInput, type StoryResult,
} from './analyze-task.js';
import { addTiming, type StageTimings } from './prepare-task.js';
import { connectWorker, workerEntry, type WorkerSlot } from './pool.js';
import type { Article, DuplicateLink } from '../types.js';

/** A story member as a `story` message names it: by id when the worker holds it, else in full. */
export type StoryMemberRef =
  | { id: string; estimatedPublished: string | null }
  | { article: Article; partial: PartialExtraction };

/** A message to an analysis worker. */
export type WorkerRequest =
  /** Articles to prepare (answered under `prepared`) and extract (answered under `extracted`). */
  | { kind: 'articles'; prepared: number; extracted: number; articles: Article[] }
  /** One story to analyse (answered with a {@link StoryDelta}). */
  | { kind: 'story'; id: number; members: StoryMemberRef[]; duplicates: DuplicateLink[] };

/** A worker's answer, with the milliseconds it spent per stage. */
export type WorkerReply = { id: number; ok: true; value: unknown; timings: StageTimings } | { id: number; ok: false; error: string };

/** Where work runs: not known yet, here, or in a pool of this many workers. */
export type RunMode = { kind: 'undecided' } | { kind: 'inline' } | { kind: 'pool'; size: number };

/** The default number of analysis workers: one per core (the calling thread mostly waits). */
export function defaultAnalyzeWorkers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Heap limits of an analysis worker. It holds its share of the run's articles and extraction
 * until their stories are done, and claims allocate a lot: a young generation larger than
 * V8's default means fewer scavenges, and room in the old one fewer full collections. On 5k
 * articles (`bench/analyze.ts`), against the ingest pool's 256 MiB: process CPU 16.5 instead
 * of 20.0 ms/article at about the same peak RSS (1024 MiB: no faster, 200 MiB more).
 */
export const ANALYZE_WORKER_HEAP = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64 } as const;

/** What a member a worker does not hold costs, in members of story work queued there. */
const FOREIGN_COST = 0.5;

/** The per-article results of a batch: story inputs first, extraction later. */
export interface ArticleWork {
  prepared: Promise<PreparedStory[]>;
  extracted: Promise<PartialExtraction[]>;
}

interface Slot extends WorkerSlot {
  /** Articles sent whose extraction has not come back. */
  extracting: number;
  /** Members of the story tasks sent to it. */
  storyLoad: number;
}

/** The analysis's parallel work, in a worker pool or in this thread. */
export class AnalyzeScheduler {
  /** Milliseconds per stage, summed over every task run so far. */
  readonly timings: StageTimings = {};
  private mode: RunMode = { kind: 'undecided' };
  private readonly slots: Slot[] = [];
  /** Work waiting for the mode to be decided. */
  private readonly waiting: Array<() => void> = [];
  /** The worker each article was sent to. */
  private readonly holder = new Map<string, Slot>();
  private hasher: Promise<Hasher> | null = null;
  private nextId = 1;
  private closed = false;

  /** `clock`: how work done here times its stages (default wall time). */
  constructor(
    private readonly settings: AnalyzeSettings,
    private readonly clock: Clock = () => performance.now(),
  ) {}

  /** The current mode. */
  get runMode(): RunMode {
    return this.mode;
  }

  /** Fixes where work runs (once; later calls are ignored) and starts the waiting work. */
  decide(mode: RunMode): void {
    if (this.mode.kind !== 'undecided' || mode.kind === 'undecided') return;
    this.mode = mode;
    // Here: all work in inline mode, and work a worker failed.
    this.hasher = loadHasher();
    if (mode.kind === 'pool') {
      const entry = workerEntry('analyze-worker');
      for (let i = 0; i < Math.max(1, Math.floor(mode.size)); i++) this.slots.push(this.start(entry));
    }
    for (const go of this.waiting.splice(0)) go();
  }

  /** Prepares and extracts a batch of articles. */
  articles(batch: Article[]): ArticleWork {
    let go!: () => void;
    const started = new Promise<void>((resolve) => (go = resolve));
    if (this.mode.kind === 'undecided') this.waiting.push(go);
    else go();
    const work = started.then(() => this.sendArticles(batch));
    return { prepared: work.then((w) => w.prepared), extracted: work.then((w) => w.extracted) };
  }

  /** Analyses one story (call once every member's extraction is in). */
  story(input: StoryInput): Promise<StoryResult> {
    return this.storyOf(input.members, input.partial.map((p) => Promise.resolve(p)), input.duplicates);
  }

  /**
   * Analyses one story whose members' extraction may still be under way. A worker holding a
   * member extracts it before it reads the story (its queue keeps the order of the messages),
   * so the story is sent at once when its worker holds every member; members it does not hold
   * go along with their extraction once that is in. This thread waits for the extraction only
   * to assemble the result.
   */
  async storyOf(members: Article[], partial: readonly Promise<PartialExtraction>[], duplicates: DuplicateLink[]): Promise<StoryResult> {
    if (this.mode.kind === 'undecided') this.decide({ kind: 'inline' });
    const here = async (): Promise<StoryResult> => {
      const input: StoryInput = { members, partial: await Promise.all(partial), duplicates };
      return storyResult(input.partial, await this.here((t) => analyzeStory(input, t, this.clock)));
    };
    const slot = this.closed ? undefined : this.storySlot(members);
    if (!slot) return here();
    const load = members.length;
    slot.storyLoad += load;
    try {
      const refs: StoryMemberRef[] = await Promise.all(
        members.map(async (a, i): Promise<StoryMemberRef> =>
          this.holder.get(a.id) === slot ? { id: a.id, estimatedPublished: a.estimatedPublished } : { article: a, partial: await partial[i] }),
      );
      const delta = await this.send<StoryDelta>(slot, (id) => ({ kind: 'story', id, members: refs, duplicates }));
      return storyResult(await Promise.all(partial), restoreTexts(delta, members));
    } catch (err) {
      if (this.closed) throw err;
      return here();
    } finally {
      slot.storyLoad -= load;
    }
  }

  /** Stops the workers (work in flight is rejected). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const s of this.slots) {
      for (const p of s.pending.values()) p.reject(new Error('the analysis was closed'));
      s.pending.clear();
    }
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  /** Starts one worker. */
  private start(entry: ReturnType<typeof workerEntry>): Slot {
    const worker = new Worker(entry.code, { workerData: this.settings, eval: entry.eval, resourceLimits: ANALYZE_WORKER_HEAP });
    const slot: Slot = { worker, pending: new Map(), dead: null, extracting: 0, storyLoad: 0 };
    connectWorker<WorkerReply>(slot, 'analysis worker', () => this.closed, (reply) => {
      for (const [stage, ms] of Object.entries(reply.timings)) addTiming(this.timings, stage, ms);
    });
    return slot;
  }

  /** Posts a request built around a fresh id; resolves with the worker's answer. */
  private send<R>(slot: Slot, request: (id: number) => WorkerRequest): Promise<R> {
    if (slot.dead) return Promise.reject(slot.dead);
    const id = this.nextId++;
    const msg = request(id);
    return new Promise<R>((resolve, reject) => {
      slot.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      slot.worker.postMessage(msg);
    });
  }

  /** Two ids in a row, sent as one message: the answers of an `articles` request. */
  private sendPair<A, B>(slot: Slot, articles: Article[]): [Promise<A>, Promise<B>] {
    if (slot.dead) return [Promise.reject(slot.dead), Promise.reject(slot.dead)];
    const prepared = this.nextId++;
    const extracted = this.nextId++;
    const a = new Promise<A>((resolve, reject) => slot.pending.set(prepared, { resolve: resolve as (v: unknown) => void, reject }));
    const b = new Promise<B>((resolve, reject) => slot.pending.set(extracted, { resolve: resolve as (v: unknown) => void, reject }));
    slot.worker.postMessage({ kind: 'articles', prepared, extracted, articles } satisfies WorkerRequest);
    return [a, b];
  }

  /** Runs work in this thread, timed into {@link timings}. */
  private async here<R>(work: (timings: StageTimings) => R): Promise<R> {
    if (this.closed) throw new Error('the analysis was closed');
    const hasher = this.hasher ?? (this.hasher = loadHasher());
    await hasher;
    const timings: StageTimings = {};
    const out = work(timings);
    for (const [stage, ms] of Object.entries(timings)) addTiming(this.timings, stage, ms);
    return out;
  }

  /** Sends a batch to the worker with the least extraction in flight, or runs it here. */
  private sendArticles(batch: Article[]): ArticleWork {
    const prepareHere = (): Promise<PreparedStory[]> =>
      this.hasher!.then((hasher) => this.here((t) => prepareStoryInputs(batch, this.settings, hasher, t, this.clock)));
    const extractHere = (): Promise<PartialExtraction[]> => this.here((t) => extractPartial(batch, t, this.clock));
    if (this.closed) return { prepared: Promise.reject(new Error('the analysis was closed')), extracted: Promise.reject(new Error('the analysis was closed')) };
    const live = this.slots.filter((s) => !s.dead);
    if (live.length === 0) {
      const prepared = prepareHere();
      return { prepared, extracted: prepared.then(extractHere) };
    }
    const slot = live.reduce((a, b) => (b.extracting < a.extracting ? b : a));
    for (const a of batch) this.holder.set(a.id, slot);
    slot.extracting += batch.length;
    const [prepared, extracted] = this.sendPair<PreparedStory[], PartialExtraction[]>(slot, batch);
    const forget = (): void => {
      for (const a of batch) if (this.holder.get(a.id) === slot) this.holder.delete(a.id);
    };
    return {
      prepared: prepared.then(unpackPrepared, (err: Error) => (this.closed ? Promise.reject(err) : prepareHere())),
      extracted: extracted.then(
        (value) => value,
        (err: Error) => {
          // The worker does not hold these any more (or never extracted them): story tasks send them along.
          forget();
          return this.closed ? Promise.reject(err) : extractHere();
        },
      ).finally(() => {
        slot.extracting -= batch.length;
      }),
    };
  }

  /** The live worker a story costs least on (see the module comment); none in inline mode. */
  private storySlot(members: readonly Article[]): Slot | undefined {
    let best: Slot | undefined;
    let bestCost = Infinity;
    let bestHeld = -1;
    for (const slot of this.slots) {
      if (slot.dead) continue;
      let held = 0;
      for (const a of members) if (this.holder.get(a.id) === slot) held++;
      const cost = slot.storyLoad + FOREIGN_COST * (members.length - held);
      if (cost < bestCost || (cost === bestCost && held > bestHeld)) {
        best = slot;
        bestCost = cost;
        bestHeld = held;
      }
    }
    return best;
  }
}
