/**
 * Worker thread entry of the `analyze` pool: runs {@link runAnalyzeTask} on each task it is
 * sent and posts back the result (or the error) under the task's number. Settings come in
 * `workerData`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadHasher } from '../dedup/hash.js';
import { runAnalyzeTask, type AnalyzeSettings, type AnalyzeTask } from './analyze-task.js';
import type { PoolReply, PoolRequest } from './pool.js';

const settings = workerData as AnalyzeSettings;
const hasher = await loadHasher();
const port = parentPort;
if (!port) throw new Error('analyze-worker.ts must run as a worker thread');

port.on('message', (msg: PoolRequest<AnalyzeTask>) => {
  let reply: PoolReply;
  try {
    reply = { id: msg.id, ok: true, value: runAnalyzeTask(msg.task, settings, hasher) };
  } catch (err) {
    reply = { id: msg.id, ok: false, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) };
  }
  port.postMessage(reply);
});
