/**
 * Worker thread entry of the `analyze` pool (see `analyze-scheduler.ts` for the protocol).
 *
 * An `articles` message is answered twice: at once with the story stage's inputs (features and
 * sketches, which the calling thread waits for), then, in turn with the other queued work, with
 * the per-article extraction. The worker keeps each article it was sent and its extraction
 * until the article's story is analysed, so a `story` message names the members it holds by
 * id instead of carrying them again; members it does not hold come with the message. Queued
 * work runs one item per event-loop turn, so a new `articles` message is never held up behind
 * a backlog of extraction.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadHasher } from '../dedup/hash.js';
import { analyzeStory, extractPartial, omitTexts, packPrepared, prepareStoryInputs, type AnalyzeSettings, type PartialExtraction } from './analyze-task.js';
import type { StageTimings } from './prepare-task.js';
import type { WorkerReply, WorkerRequest, StoryMemberRef } from './analyze-scheduler.js';
import type { Article } from '../types.js';

const settings = workerData as AnalyzeSettings;
const hasher = await loadHasher();
const port = parentPort;
if (!port) throw new Error('analyze-worker.ts must run as a worker thread');
const clock = (): number => performance.now();

/** The articles this worker was sent, and their extraction once done, by id. */
const held = new Map<string, { article: Article; partial: PartialExtraction | null }>();
const queue: Array<() => void> = [];
let scheduled = false;

/** Runs `work` and posts its value (or its error) under `id`. */
function answer(id: number, work: (timings: StageTimings) => unknown): void {
  const timings: StageTimings = {};
  let reply: WorkerReply;
  try {
    reply = { id, ok: true, value: work(timings), timings };
  } catch (err) {
    reply = { id, ok: false, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) };
  }
  port!.postMessage(reply);
}

/** Runs the next queued item on a later turn of the event loop (messages are read in between). */
function schedule(): void {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  setImmediate(() => {
    scheduled = false;
    queue.shift()!();
    schedule();
  });
}

/** The members of a story: held ones (dated as the story says) and the ones sent along. */
function resolve(refs: StoryMemberRef[]): { members: Article[]; partial: PartialExtraction[] } {
  const members: Article[] = [];
  const partial: PartialExtraction[] = [];
  for (const ref of refs) {
    if ('article' in ref) {
      members.push(ref.article);
      partial.push(ref.partial);
      continue;
    }
    const entry = held.get(ref.id);
    if (!entry || !entry.partial) throw new Error(`the analysis worker does not hold article ${ref.id}`);
    entry.article.estimatedPublished = ref.estimatedPublished;
    members.push(entry.article);
    partial.push(entry.partial);
  }
  return { members, partial };
}

port.on('message', (msg: WorkerRequest) => {
  if (msg.kind === 'articles') {
    const { articles } = msg;
    answer(msg.prepared, (timings) => packPrepared(prepareStoryInputs(articles, settings, hasher, timings, clock)));
    for (const article of articles) held.set(article.id, { article, partial: null });
    queue.push(() =>
      answer(msg.extracted, (timings) => {
        const partial = extractPartial(articles, timings, clock);
        articles.forEach((a, i) => {
          const entry = held.get(a.id);
          if (entry?.article === a) entry.partial = partial[i];
        });
        return partial;
      }),
    );
  } else {
    queue.push(() =>
      answer(msg.id, (timings) => {
        const { members, partial } = resolve(msg.members);
        const delta = analyzeStory({ members, partial, duplicates: msg.duplicates }, timings, clock);
        // Each article belongs to one story: nothing asks for these members again.
        for (const ref of msg.members) if (!('article' in ref)) held.delete(ref.id);
        return omitTexts(delta, members);
      }),
    );
  }
  schedule();
});
