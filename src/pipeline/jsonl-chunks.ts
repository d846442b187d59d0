/**
 * Reads a local JSON lines file as chunks of whole lines (raw bytes), for parsing elsewhere (a
 * worker thread): the reading thread only splits at line breaks and counts lines, so it stays
 * free for the sequential stages. Line numbers follow `readline` (`\r\n`, `\n` or a lone `\r`
 * ends a line), as the streaming reader of `ingest/stream.ts` numbers them.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

/** One chunk: whole lines, the first numbered `firstLine` (1-based). */
export interface LineChunk {
  firstLine: number;
  bytes: Uint8Array;
}

/** Default bytes per chunk (about 250 news articles). */
export const CHUNK_BYTES = 1 << 20;

const LF = 0x0a;
const CR = 0x0d;

/**
 * True for a local path naming a JSON lines file by its extension (`.jsonl`, `.ndjson`): the
 * inputs `ingest/stream.ts` streams line by line.
 */
export async function isLocalJsonl(input: string): Promise<boolean> {
  if (input === '-' || /^[a-z][a-z0-9+.-]*:/i.test(input) || !/\.(jsonl|ndjson)$/i.test(input)) return false;
  try {
    return (await stat(input)).isFile();
  } catch {
    return false;
  }
}

/** Size of a file in bytes (0 when it cannot be read). */
export async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

/** Line breaks in `b` as readline counts them (`\r\n` once, a lone `\r` too). */
export function countLineBreaks(b: Uint8Array): number {
  let n = 0;
  for (let i = b.indexOf(LF); i >= 0; i = b.indexOf(LF, i + 1)) n++;
  if (b.indexOf(CR) < 0) return n;
  for (let i = 0; i < b.length; i++) if (b[i] === CR && b[i + 1] !== LF) n++;
  return n;
}

/**
 * Yields the file as chunks of at least `chunkBytes` bytes (except the last) that end at a line
 * break (`\n`), so no line is cut. Each chunk is its own copy (safe to transfer).
 */
export async function* readLineChunks(path: string, chunkBytes = CHUNK_BYTES): AsyncGenerator<LineChunk> {
  let parts: Buffer[] = [];
  let size = 0;
  let line = 1;
  const emit = (bytes: Uint8Array): LineChunk => {
    const chunk = { firstLine: line, bytes };
    line += countLineBreaks(bytes);
    return chunk;
  };
  for await (const data of createReadStream(path, { highWaterMark: Math.min(chunkBytes, 1 << 20) })) {
    const buf = data as Buffer;
    parts.push(buf);
    size += buf.length;
    if (size < chunkBytes) continue;
    const cut = buf.lastIndexOf(LF);
    if (cut < 0) continue;
    // Everything up to and including the last line break of this read goes out.
    const whole = Buffer.concat(parts, size);
    const end = size - buf.length + cut + 1;
    const out = new Uint8Array(end);
    out.set(whole.subarray(0, end));
    const rest = whole.subarray(end);
    parts = rest.length > 0 ? [Buffer.from(rest)] : [];
    size = rest.length;
    yield emit(out);
  }
  if (size > 0) {
    const out = new Uint8Array(size);
    out.set(Buffer.concat(parts, size));
    yield emit(out);
  }
}
