/**
 * The parallel half of ingest: one task turns a chunk of JSON lines (bytes) or a batch of read
 * documents into prepared articles, with the story stage's pure inputs (clusterer features and
 * duplicate sketches) computed beside them. Pure and synchronous: the same function runs in a
 * worker thread (`worker.ts`) or in the calling thread, with the same results.
 */
import { readRecords, type JsonRecord } from '../ingest/jsonl.js';
import type { DocContext } from '../ingest/context.js';
import type { ReadResult } from '../ingest/index.js';
import { prepareArticle } from '../text/index.js';
import { extractFeatures, type ArticleFeatures } from '../stories/features.js';
import { dedupInput, sketchDocument, type DocSketch, type SketchParams } from '../dedup/sketch.js';
import type { Hasher } from '../dedup/hash.js';
import type { Article, IngestOverrides, Message, RawDocument } from '../types.js';
import { clusterInput } from './stories.js';
import { packLabels, unpackLabels, type PackedLabels } from './packed-labels.js';

/** Settings shared by every task of one ingest run. */
export interface TaskSettings {
  overrides?: IngestOverrides;
  /** Size cap per JSON line, in bytes. */
  maxBytes: number;
  /** Compute clusterer features and duplicate sketches (the story stage is on). */
  stories: boolean;
  /** Parameters of the run's deduper (required when `stories`). */
  sketchParams?: SketchParams;
  /** Time each stage (milliseconds in {@link PrepareResult.timings}). */
  profile?: boolean;
}

/** Milliseconds spent per stage of a task (when profiling). */
export type StageTimings = Record<string, number>;

/** Adds `ms` to a stage's total. */
export function addTiming(t: StageTimings, stage: string, ms: number): void {
  t[stage] = (t[stage] ?? 0) + ms;
}

/** A chunk of a JSON lines file: whole lines, the first of them numbered `firstLine` (1-based). */
export interface LinesTask {
  kind: 'lines';
  input: string;
  firstLine: number;
  bytes: Uint8Array;
}

/** The result of another reader (a text file, a feed ...): its documents and problems. */
export interface DocsTask {
  kind: 'docs';
  input: string;
  documents: RawDocument[];
  messages: Message[];
  failed: boolean;
}

/** One unit of parallel work. */
export type PrepareTask = LinesTask | DocsTask;

/** A prepared article with what the story stage needs of it. */
export interface PreparedDoc {
  article: Article;
  /** Clusterer features (when the story stage is on). */
  features?: ArticleFeatures;
  /** Duplicate sketch (when the story stage is on). */
  sketch?: DocSketch;
  /**
   * The features' labels, packed while the result crosses threads (`features.labels` is then
   * empty): see {@link packResult} and {@link unpackResult}.
   */
  labels?: PackedLabels;
}

/** What a task produced: like a {@link ReadResult}, with prepared articles. */
export interface PrepareResult {
  input: string;
  docs: PreparedDoc[];
  messages: Message[];
  failed: boolean;
  /** Non-blank lines seen (JSON lines tasks), to tell an empty file. */
  nonBlank: number;
  /** Per-stage milliseconds (when profiling). */
  timings?: StageTimings;
}

/** Line breaks as `readline` knows them (`\r\n`, `\n`, or a lone `\r`). */
const LINE_BREAK = /\r\n|\n|\r/;

/** Parses the lines of a chunk into records, as the streaming JSON lines reader does. */
export function parseLines(task: LinesTask, maxBytes: number): { records: JsonRecord[]; nonBlank: number } {
  const text = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength).toString('utf8');
  const lines = text.split(LINE_BREAK);
  // A chunk ends with a line break (or is the end of the file): the last piece is not a line.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const records: JsonRecord[] = [];
  let nonBlank = 0;
  for (let i = 0; i < lines.length; i++) {
    const n = task.firstLine + i;
    let line = lines[i];
    if (n === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (!line.trim()) continue;
    nonBlank++;
    if (line.length * 2 > maxBytes && Buffer.byteLength(line) > maxBytes) {
      records.push({ n, error: `the line is ${Buffer.byteLength(line)} bytes, over the ${maxBytes}-byte cap per article` });
      continue;
    }
    try {
      records.push({ n, value: JSON.parse(line) });
    } catch (err) {
      records.push({ n, error: (err as Error).message });
    }
  }
  return { records, nonBlank };
}

/** Prepares one document and, for the story stage, its features and sketch. */
export function prepareDoc(raw: RawDocument, settings: TaskSettings, hasher: Hasher | null, timings?: StageTimings): PreparedDoc {
  let t = timings ? performance.now() : 0;
  const lap = (stage: string): void => {
    if (!timings) return;
    const now = performance.now();
    addTiming(timings, stage, now - t);
    t = now;
  };
  const article = prepareArticle(raw, settings.overrides);
  lap('text stage');
  if (!settings.stories || !settings.sketchParams || !hasher) return { article };
  const features = extractFeatures(clusterInput(article));
  lap('cluster features');
  const sketch = sketchDocument(dedupInput(article), settings.sketchParams, hasher);
  lap('dedup sketch');
  return { article, features, sketch };
}

/** Runs one task. `hasher` is needed when the story stage is on. */
export function runTask(task: PrepareTask, settings: TaskSettings, hasher: Hasher | null): PrepareResult {
  let documents: RawDocument[];
  let messages: Message[];
  let failed: boolean;
  let nonBlank = 0;
  const timings: StageTimings | undefined = settings.profile ? {} : undefined;
  const t0 = timings ? performance.now() : 0;
  if (task.kind === 'lines') {
    const ctx: DocContext = { input: task.input, origin: 'file', mediaType: 'application/x-ndjson', encoding: 'utf-8', messages: [] };
    const parsed = parseLines(task, settings.maxBytes);
    nonBlank = parsed.nonBlank;
    // Repeated ids across chunks are the caller's to find (it sees every chunk in order).
    const read = readRecords(parsed.records, ctx, 'line');
    documents = read.documents;
    messages = read.messages;
    failed = messages.some((m) => m.fatal);
  } else {
    ({ documents, messages, failed } = task);
  }
  if (timings) addTiming(timings, 'parse', performance.now() - t0);
  const docs = documents.map((raw) => prepareDoc(raw, settings, hasher, timings));
  return { input: task.input, docs, messages, failed, nonBlank, ...(timings ? { timings } : {}) };
}

/**
 * Packs a result for `postMessage` (in the worker): each article's feature labels travel as
 * packed data, which costs the receiving thread far less than cloning a `Map` of strings.
 */
export function packResult(result: PrepareResult): PrepareResult {
  for (const doc of result.docs) {
    if (!doc.features || doc.features.labels.size === 0) continue;
    const packed = packLabels(doc.features.labels);
    if (!packed) continue;
    doc.features = { ...doc.features, labels: new Map() };
    doc.labels = packed;
  }
  return result;
}

/** Undoes {@link packResult} (in the receiving thread): labels unpack on first use. */
export function unpackResult(result: PrepareResult): PrepareResult {
  for (const doc of result.docs) {
    if (!doc.labels) continue;
    if (doc.features) doc.features.labels = unpackLabels(doc.labels);
    delete doc.labels;
  }
  return result;
}

/** A reader's result as a task. */
export function docsTask(result: ReadResult): DocsTask {
  return { kind: 'docs', input: result.input, documents: result.documents, messages: result.messages, failed: result.failed };
}
