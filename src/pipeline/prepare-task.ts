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
import { extractUnlabelledFeatures, type ArticleFeatures } from '../stories/features.js';
import { dedupInput, sketchDocument, type DocSketch, type SketchParams } from '../dedup/sketch.js';
import type { Hasher } from '../dedup/hash.js';
import type { Article, IngestOverrides, Message, RawDocument, Span } from '../types.js';
import { clusterInput } from './stories.js';

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
  /** Vectors and sentences while the doc crosses threads: see {@link packResult}. */
  packed?: CrossingPack;
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
  /**
   * The buffer the packed arrays of a crossing result view ({@link packResult}): the sender
   * transfers it. The sketches' arrays stay views into it (the deduper copies what it keeps).
   */
  shared?: ArrayBuffer;
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
  // Unlabelled: labels would not cross threads anyway (see packResult).
  const features = extractUnlabelledFeatures(clusterInput(article));
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

/** The sparse vectors of {@link ArticleFeatures}, in the order {@link CrossingPack.vectors} holds them. */
const VECTOR_CHANNELS = ['terms', 'lead', 'names', 'focus', 'numbers', 'dates'] as const;

/**
 * What {@link packResult} takes out of a prepared doc for the crossing, as typed arrays (a
 * structured clone copies them as bytes; a `Map` of a few hundred numbers or an array of span
 * objects costs the receiving thread ten times as much).
 */
export interface CrossingPack {
  /**
   * The feature vectors, channel after channel ({@link VECTOR_CHANNELS}): the entry count, then
   * key and value of each entry in the map's order.
   */
  vectors: Float64Array | null;
  /** The article's sentences as start, end pairs. */
  sentences: Int32Array;
}

/**
 * Readies a result for `postMessage` (in the worker; it changes the docs in place). Each
 * article's feature vectors and sentences cross as typed arrays ({@link CrossingPack}). These
 * and the duplicate sketches' arrays are views into one buffer per result
 * ({@link PrepareResult.shared}, to transfer): the receiving thread then makes one backing store
 * per result rather than four per article. The feature labels (hash → readable key, hundreds of
 * short strings) stay behind: only `StoryClusterer.explain` reads labels, and it extracts its
 * own features, so the story stage never needs them; the features cross with an empty label map.
 */
export function packResult(result: PrepareResult): PrepareResult {
  // Sizes first: 8-byte values, then 4-byte, then 2-byte ones, so every view is aligned.
  let f64 = 0;
  let i32 = 0;
  let u16 = 0;
  for (const doc of result.docs) {
    const f = doc.features;
    if (f) {
      f64 += VECTOR_CHANNELS.length;
      for (const ch of VECTOR_CHANNELS) f64 += 2 * f[ch].size;
    }
    i32 += 2 * doc.article.sentences.length;
    if (doc.sketch) {
      i32 += doc.sketch.fps.length;
      u16 += doc.sketch.sig.length;
    }
  }
  const shared = new ArrayBuffer(8 * f64 + 4 * i32 + 2 * u16);
  let at8 = 0;
  let at4 = 8 * f64;
  let at2 = at4 + 4 * i32;
  for (const doc of result.docs) {
    const f = doc.features;
    let vectors: Float64Array | null = null;
    if (f) {
      let length = VECTOR_CHANNELS.length;
      for (const ch of VECTOR_CHANNELS) length += 2 * f[ch].size;
      vectors = new Float64Array(shared, at8, length);
      at8 += 8 * length;
      let i = 0;
      for (const ch of VECTOR_CHANNELS) {
        const m = f[ch];
        vectors[i++] = m.size;
        for (const [k, v] of m) {
          vectors[i++] = k;
          vectors[i++] = v;
        }
        f[ch] = EMPTY_VECTOR;
      }
      if (f.labels.size > 0) f.labels = EMPTY_LABELS;
    }
    const spans = doc.article.sentences;
    const sentences = new Int32Array(shared, at4, spans.length * 2);
    at4 += 8 * spans.length;
    for (let i = 0; i < spans.length; i++) {
      sentences[2 * i] = spans[i].start;
      sentences[2 * i + 1] = spans[i].end;
    }
    doc.article.sentences = [];
    doc.packed = { vectors, sentences };
    const sk = doc.sketch;
    if (sk) {
      const fps = new Uint32Array(shared, at4, sk.fps.length);
      fps.set(sk.fps);
      at4 += 4 * fps.length;
      const sig = new Uint16Array(shared, at2, sk.sig.length);
      sig.set(sk.sig);
      at2 += 2 * sig.length;
      sk.fps = fps;
      sk.sig = sig;
    }
  }
  result.shared = shared;
  return result;
}

const EMPTY_VECTOR: Map<number, number> = new Map();
const EMPTY_LABELS: Map<number, string> = new Map();

/**
 * Undoes {@link packResult} (in the receiving thread): the same vectors (entries in the same
 * order) and sentences.
 */
export function unpackResult(result: PrepareResult): PrepareResult {
  for (const doc of result.docs) {
    const packed = doc.packed;
    if (packed) {
      const f = doc.features;
      const v = packed.vectors;
      if (f && v) {
        let i = 0;
        for (const ch of VECTOR_CHANNELS) {
          const m = new Map<number, number>();
          const end = i + 1 + 2 * v[i];
          for (i++; i < end; i += 2) m.set(v[i], v[i + 1]);
          f[ch] = m;
        }
      }
      const s = packed.sentences;
      const spans: Span[] = new Array(s.length / 2);
      for (let i = 0; i < spans.length; i++) spans[i] = { start: s[2 * i], end: s[2 * i + 1] };
      doc.article.sentences = spans;
      delete doc.packed;
    }
  }
  delete result.shared;
  return result;
}

/** A reader's result as a task. */
export function docsTask(result: ReadResult): DocsTask {
  return { kind: 'docs', input: result.input, documents: result.documents, messages: result.messages, failed: result.failed };
}
