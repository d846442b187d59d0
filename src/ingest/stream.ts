/**
 * Streaming reads for inputs too big to hold in memory at once: a local JSON lines file is read
 * line by line and yielded in chunks, so an ingest of millions of articles runs in bounded
 * memory. The size cap then applies to each line (one article), not to the whole file. Every
 * other input is read by {@link readInput} as usual.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { ReadOptions, ReadResult } from './index.js';
import { readInput } from './read.js';
import { readRecords, type JsonRecord } from './jsonl.js';
import type { DocContext } from './context.js';
import { DEFAULT_MAX_BYTES } from './options.js';
import { fatal } from './messages.js';

const SOURCE = 'ingest:jsonl';

/** Lines per yielded chunk. */
export const STREAM_CHUNK_LINES = 500;

/** True for a local path that names a JSON lines file (by extension). */
async function isLocalJsonl(input: string): Promise<boolean> {
  if (input === '-' || /^[a-z][a-z0-9+.-]*:/i.test(input) || !/\.(jsonl|ndjson)$/i.test(input)) return false;
  try {
    return (await stat(input)).isFile();
  } catch {
    return false;
  }
}

/** Reads one input as a stream of results (chunks of a JSON lines file, else whole results). */
export async function* readInputStream(input: string, opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  if (!(await isLocalJsonl(input))) {
    yield* await readInput(input, opts);
    return;
  }
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const ctx: DocContext = { input, origin: 'file', mediaType: 'application/x-ndjson', encoding: 'utf-8', messages: [] };
  const seen = new Map<string, number>();
  const lines = createInterface({ input: createReadStream(input, { encoding: 'utf8' }), crlfDelay: Infinity });
  let records: JsonRecord[] = [];
  let n = 0;
  let any = false;
  const flush = (): ReadResult => {
    const r = readRecords(records, ctx, 'line', seen);
    records = [];
    return { input, documents: r.documents, messages: r.messages, failed: r.messages.some((m) => m.fatal) };
  };
  for await (let line of lines) {
    n++;
    if (n === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (!line.trim()) continue;
    any = true;
    if (line.length * 2 > maxBytes && Buffer.byteLength(line) > maxBytes) {
      records.push({ n, error: `the line is ${Buffer.byteLength(line)} bytes, over the ${maxBytes}-byte cap per article` });
    } else {
      try {
        records.push({ n, value: JSON.parse(line) });
      } catch (err) {
        records.push({ n, error: (err as Error).message });
      }
    }
    if (records.length >= STREAM_CHUNK_LINES) yield flush();
  }
  if (records.length) yield flush();
  if (!any) yield { input, documents: [], failed: true, messages: [fatal('empty-file', `${input} is empty (no JSON lines)`, input, SOURCE)] };
}
