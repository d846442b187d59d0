/**
 * The input readers of triangulate: files, directories, URLs and standard input in any of the
 * supported formats (plain text / Markdown, HTML, RSS, Atom, OPML, JSON lines) become
 * {@link RawDocument} records; every problem is a {@link Message}, never an exception.
 */
import type { ReadOptions, ReadResult } from './options.js';
import * as reader from './read.js';

export { USER_AGENT, DEFAULT_MAX_BYTES, type ReadOptions, type ReadResult } from './options.js';
export type { BytesInfo } from './read.js';

/**
 * Reads one input as the user gave it: a file path, a directory (recursive, sorted, hidden files
 * skipped), an http(s) URL, or `-` for standard input. Returns one ReadResult per concrete input
 * (a directory expands to its files, an OPML file to its feeds). Never throws for bad input.
 */
export async function readInput(input: string, opts?: ReadOptions): Promise<ReadResult[]> {
  return reader.readInput(input, opts);
}

/**
 * Reads bytes already in memory, detecting the format by Content-Type, file extension and
 * content. `info.input` is the input as given; `kind` says where the bytes came from.
 */
export async function readBytes(
  bytes: Uint8Array,
  info: { input: string; contentType?: string; fileName?: string; kind?: 'url' | 'stdin' | 'file'; url?: string },
  opts?: ReadOptions,
): Promise<ReadResult[]> {
  return reader.readBytes(bytes, info, opts);
}
export { readInputStream, STREAM_CHUNK_LINES } from './stream.js';
