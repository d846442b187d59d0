/**
 * A small pool of worker threads for the ingest pipeline's parallel stage. Tasks go to the
 * worker with the fewest tasks in flight; each call resolves with its own result. Under tsx (the
 * TypeScript sources, in development and tests) the workers load `worker.ts` through tsx; from
 * the compiled `dist/` they load `worker.js`.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** A task sent to a worker. */
export interface PoolRequest<T> {
  id: number;
  task: T;
}

/** A worker's answer. */
export type PoolReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/** A request sent to a worker, settled by its reply. */
export interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** One worker and its requests in flight; `dead` is set once the worker has failed. */
export interface WorkerSlot {
  worker: Worker;
  pending: Map<number, Pending>;
  dead: Error | null;
}

type Slot = WorkerSlot;

/**
 * Settles `slot`'s requests from its worker: each reply resolves or rejects the request of its
 * id (`onReply` sees a successful reply first, e.g. to add its timings); an error or an exit
 * while `closed()` is false rejects everything in flight and marks the slot dead.
 */
export function connectWorker<Reply extends PoolReply>(slot: WorkerSlot, name: string, closed: () => boolean, onReply?: (reply: Reply & { ok: true }) => void): void {
  slot.worker.on('message', (reply: Reply) => {
    const p = slot.pending.get(reply.id);
    if (!p) return;
    slot.pending.delete(reply.id);
    if (reply.ok) {
      onReply?.(reply as Reply & { ok: true });
      p.resolve(reply.value);
    } else p.reject(new Error(reply.error));
  });
  const fail = (error: Error): void => {
    slot.dead = error;
    for (const p of slot.pending.values()) p.reject(error);
    slot.pending.clear();
  };
  slot.worker.on('error', fail);
  slot.worker.on('exit', (code) => {
    if (!closed()) fail(new Error(`${name} exited with code ${code}`));
  });
}

/**
 * The number of worker threads to use by default: one per core this process may use, less the
 * one the calling thread keeps busy (it stores, deduplicates and clusters: about as much work
 * as the parallel stage on two cores, so a second worker there only adds memory and start-up).
 */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** How to start a worker: a module URL, or (under tsx) a bootstrap script that loads tsx first. */
export interface WorkerEntry {
  /** The module (or script text, when `eval`). */
  code: URL | string;
  eval: boolean;
}

/**
 * Where the worker entry lives, next to this module: `worker.js` in the compiled `dist/`; when
 * this module runs as TypeScript (tsx, vitest), `worker.ts` loaded through tsx's loader, which
 * a worker does not inherit (`--import tsx` in a worker's `execArgv` does not apply to its entry
 * module on Node 20), so a small bootstrap registers it in the worker first.
 */
export function workerEntry(name = 'worker'): WorkerEntry {
  const self = import.meta.url;
  if (!/\.ts$/.test(new URL(self).pathname)) return { code: new URL(`./${name}.js`, self), eval: false };
  const entry = new URL(`./${name}.ts`, self).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return { code: boot, eval: true };
}

/**
 * Heap limits of a worker: a worker keeps little alive (its modules, one chunk at a time), so a
 * small old generation makes it collect early instead of growing towards the process default
 * (a share of the machine's memory), which keeps the process's peak RSS low. Measured on 1 MiB
 * chunks of the bench stream: ~64 MiB live after a collection, ~90-105 MiB used at the peak;
 * the cap leaves room for a chunk of unusually long articles.
 */
export const WORKER_HEAP_MB = 192;

/** A fixed-size pool of worker threads running one entry module. */
export class WorkerPool<T, R> {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private closed = false;

  /**
   * Starts `size` workers on `entry` (default: the ingest worker), each given `workerData`.
   */
  constructor(size: number, workerData: unknown, entry = workerEntry()) {
    for (let i = 0; i < Math.max(1, Math.floor(size)); i++) {
      const worker = new Worker(entry.code, { workerData, eval: entry.eval, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      const slot: Slot = { worker, pending: new Map(), dead: null };
      connectWorker(slot, 'ingest worker', () => this.closed);
      this.slots.push(slot);
    }
  }

  /** Number of workers. */
  get size(): number {
    return this.slots.length;
  }

  /** Tasks sent and not yet answered. */
  get inFlight(): number {
    return this.slots.reduce((n, s) => n + s.pending.size, 0);
  }

  /** Runs a task on the least busy live worker. `transfer`: buffers to move instead of copy. */
  run(task: T, transfer: ArrayBuffer[] = []): Promise<R> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    const live = this.slots.filter((s) => !s.dead);
    if (live.length === 0) return Promise.reject(this.slots[0]?.dead ?? new Error('no worker'));
    const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      slot.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      const msg: PoolRequest<T> = { id, task };
      slot.worker.postMessage(msg, transfer);
    });
  }

  /** Stops every worker (tasks still in flight are rejected). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const s of this.slots) {
      for (const p of s.pending.values()) p.reject(new Error('the worker pool was closed'));
      s.pending.clear();
    }
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
