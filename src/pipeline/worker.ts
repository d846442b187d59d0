/**
 * Worker thread entry of the ingest pool: runs {@link runTask} on each task it is sent and posts
 * back the result (packed for the crossing: `packResult`, its buffer transferred), or the error,
 * under the task's number.
 * Settings come in `workerData`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadHasher } from '../dedup/hash.js';
import { packResult, runTask, type PrepareTask, type TaskSettings } from './prepare-task.js';
import type { PoolReply, PoolRequest } from './pool.js';

const settings = workerData as TaskSettings;
const hasher = settings.stories ? await loadHasher() : null;
const port = parentPort;
if (!port) throw new Error('worker.ts must run as a worker thread');

port.on('message', (msg: PoolRequest<PrepareTask>) => {
  let reply: PoolReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const value = packResult(runTask(msg.task, settings, hasher));
    if (value.shared) transfer = [value.shared];
    reply = { id: msg.id, ok: true, value };
  } catch (err) {
    reply = { id: msg.id, ok: false, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) };
  }
  port.postMessage(reply, transfer);
});
