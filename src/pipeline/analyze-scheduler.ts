/**
 * Runs `analyze` tasks by priority, in a worker pool or in this thread. The pool is fed a few
 * tasks at a time (lower priority numbers first), so a task that the sequential story stage
 * waits for never queues behind a long backlog of extraction; in this thread each task runs as
 * soon as it may. Until the mode is known (see {@link TaskScheduler.decide}) tasks wait.
 */
import { availableParallelism } from 'node:os';
import { loadHasher, type Hasher } from '../dedup/hash.js';
import { runAnalyzeTask, type AnalyzeResult, type AnalyzeSettings, type AnalyzeTask, type Clock } from './analyze-task.js';
import { addTiming, type StageTimings } from './prepare-task.js';
import { WorkerPool, workerEntry } from './pool.js';

interface Job {
  task: AnalyzeTask;
  resolve: (r: AnalyzeResult) => void;
  reject: (e: Error) => void;
}

/** Where tasks run: not known yet, here, or in a pool of this many workers. */
export type RunMode = { kind: 'undecided' } | { kind: 'inline' } | { kind: 'pool'; size: number };

/** The default number of analysis workers: one per core (the calling thread mostly waits). */
export function defaultAnalyzeWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** A priority queue of tasks over a worker pool or this thread. */
export class TaskScheduler {
  /** Milliseconds per stage, summed over every task run so far. */
  readonly timings: StageTimings = {};
  private readonly queues: Job[][] = [];
  private mode: RunMode = { kind: 'undecided' };
  private pool: WorkerPool<AnalyzeTask, AnalyzeResult> | null = null;
  private hasher: Promise<Hasher> | null = null;
  private running = 0;
  private closed = false;

  /** `clock`: how tasks run here time their stages (default wall time). */
  constructor(
    private readonly settings: AnalyzeSettings,
    private readonly clock: Clock = () => performance.now(),
  ) {}

  /** The current mode. */
  get runMode(): RunMode {
    return this.mode;
  }

  /** Fixes where tasks run (once; later calls are ignored) and starts the waiting ones. */
  decide(mode: RunMode): void {
    if (this.mode.kind !== 'undecided' || mode.kind === 'undecided') return;
    this.mode = mode;
    if (mode.kind === 'pool') this.pool = new WorkerPool<AnalyzeTask, AnalyzeResult>(mode.size, { ...this.settings, pack: true }, workerEntry('analyze-worker'));
    // Here: every task in inline mode, and a task whose worker failed (e.g. out of its heap).
    this.hasher = loadHasher();
    this.pump();
  }

  /** Queues a task; lower `priority` runs first, equal ones in submission order. */
  run(task: AnalyzeTask, priority: number): Promise<AnalyzeResult> {
    if (this.closed) return Promise.reject(new Error('the analysis scheduler is closed'));
    return new Promise<AnalyzeResult>((resolve, reject) => {
      (this.queues[priority] ??= []).push({ task, resolve, reject });
      this.pump();
    });
  }

  /** Stops the workers (queued tasks are rejected). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const q of this.queues) for (const job of q ?? []) job.reject(new Error('the analysis scheduler was closed'));
    this.queues.length = 0;
    await this.pool?.close();
  }

  private next(): Job | undefined {
    for (const q of this.queues) if (q && q.length > 0) return q.shift();
    return undefined;
  }

  private pump(): void {
    if (this.mode.kind === 'undecided' || this.closed) return;
    const pool = this.pool;
    if (!pool) {
      // In this thread: one task at a time, highest priority first (a microtask each).
      if (this.running > 0) return;
      const job = this.next();
      if (!job) return;
      this.running++;
      void this.hasher!.then((hasher) => {
        this.settle(job, () => runAnalyzeTask(job.task, this.settings, hasher, this.clock));
        this.running--;
        this.pump();
      });
      return;
    }
    // Two tasks per worker in flight: one running, one waiting, so no worker idles between tasks.
    while (this.running < pool.size * 2) {
      const job = this.next();
      if (!job) return;
      this.running++;
      pool.run(job.task).then(
        (result) => this.settle(job, () => result),
        // A worker that died (its heap is capped) or failed: run the task here instead.
        (err: Error) => (this.closed ? job.reject(err) : this.hasher!.then((hasher) => this.settle(job, () => runAnalyzeTask(job.task, this.settings, hasher, this.clock)))),
      ).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  private settle(job: Job, get: () => AnalyzeResult): void {
    let result: AnalyzeResult;
    try {
      result = get();
    } catch (err) {
      job.reject(err as Error);
      return;
    }
    for (const [stage, ms] of Object.entries(result.timings)) addTiming(this.timings, stage, ms);
    job.resolve(result);
  }
}
