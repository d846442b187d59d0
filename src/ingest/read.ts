/**
 * The ingest orchestrator: turns one input as the user gave it (path, directory, URL, `-`) or
 * bytes in memory into ReadResults, choosing the reader by content, Content-Type and extension.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Message, RawDocument } from '../types.js';
import type { DocContext, Origin } from './context.js';
import { decodeBytes } from './decode.js';
import { detectFormat, rootElement, sniffBinary, type Format } from './detect.js';
import { readFeed } from './feed.js';
import { listPath, readFileCapped, readStreamCapped, tooLarge } from './files.js';
import { readHtml } from './html.js';
import { readJsonl } from './jsonl.js';
import { fatal } from './messages.js';
import { readOpml } from './opml.js';
import { makeResult, resolveOptions, type ReadOptions, type ReadResult, type ResolvedOptions } from './options.js';
import { readText } from './text.js';
import { fetchUrl, isHttpUrl } from './url.js';

const SOURCE = 'ingest';
/** OPML files may list OPML files, but not without end. */
const MAX_OPML_DEPTH = 2;

/** What {@link readBytes} knows about bytes in memory. */
export interface BytesInfo {
  /** The input as the user gave it (path, URL, `-`). */
  input: string;
  /** Declared Content-Type (HTTP), with its charset. */
  contentType?: string;
  /** File name or path, for the extension. */
  fileName?: string;
  kind?: Origin;
  /** For URL inputs: the final URL after redirects (default: `input`). */
  url?: string;
}

const failedResult = (input: string, message: Message): ReadResult[] => [makeResult(input, [], [message])];

/** Reads one input as the user gave it. See `index.ts`. */
export async function readInput(input: string, opts?: ReadOptions): Promise<ReadResult[]> {
  return readLocation(input, { o: resolveOptions(opts), depth: 0, seen: new Set() });
}

/** Reads bytes already in memory. See `index.ts`. */
export async function readBytes(bytes: Uint8Array, info: BytesInfo, opts?: ReadOptions): Promise<ReadResult[]> {
  return readLoaded(bytes, info, { o: resolveOptions(opts), depth: 0, seen: new Set([info.input]) });
}

/** The state of one read: options, OPML nesting depth, and the concrete inputs already read. */
interface Walk {
  o: ResolvedOptions;
  depth: number;
  /** Resolved paths and URLs read in this call: a feed listed twice (or by an OPML file next to it) is read once. */
  seen: Set<string>;
}

/** Marks a concrete input as read; false when it already was. */
function firstVisit(w: Walk, key: string): boolean {
  if (w.seen.has(key)) return false;
  w.seen.add(key);
  return true;
}

async function readLocation(input: string, w: Walk): Promise<ReadResult[]> {
  const { o } = w;
  if (input === '-') {
    const loaded = await readStreamCapped(o.stdin, o.maxBytes);
    if (!loaded.ok) return failedResult(input, loaded.message);
    return readLoaded(loaded.bytes, { input, kind: 'stdin' }, w);
  }
  if (isHttpUrl(input)) {
    if (!firstVisit(w, input)) return [];
    const fetched = await fetchUrl(input, o);
    if (!fetched.ok) return failedResult(input, fetched.message);
    const info: BytesInfo = { input, kind: 'url', url: fetched.finalUrl, contentType: fetched.contentType, fileName: new URL(fetched.finalUrl).pathname };
    return readLoaded(fetched.bytes, info, w);
  }
  let filePath = input;
  if (/^file:/i.test(input)) filePath = fileURLToPath(input);
  else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(input)) {
    return failedResult(input, fatal('unsupported-url', `cannot read ${input}: only http(s) URLs, paths and - are supported`, input, SOURCE));
  }
  const listing = await listPath(filePath);
  const results: ReadResult[] = [];
  if (listing.messages.length) {
    // Notes on skipped files, each its own (non-failed) result; a fatal listing problem fails the input.
    for (const m of listing.messages) results.push(makeResult(m.file ?? input, [], [m]));
  }
  for (const file of listing.files) {
    if (!firstVisit(w, path.resolve(file))) continue;
    const loaded = await readFileCapped(file, o.maxBytes);
    if (!loaded.ok) results.push(makeResult(file, [], [loaded.message]));
    else results.push(...(await readLoaded(loaded.bytes, { input: file, fileName: file, kind: 'file' }, w)));
  }
  return results;
}

async function readLoaded(bytes: Uint8Array, info: BytesInfo, w: Walk): Promise<ReadResult[]> {
  const { o } = w;
  const input = info.input;
  const origin: Origin = info.kind ?? 'file';
  if (bytes.length > o.maxBytes) return failedResult(input, tooLarge(input, bytes.length, o.maxBytes));
  if (bytes.length === 0) return failedResult(input, fatal('empty-file', `${input} is empty (0 bytes)`, input, SOURCE));
  const binary = sniffBinary(bytes);
  if (binary) return failedResult(input, fatal('binary-file', `${input} is a binary file, not text: ${binary}`, input, SOURCE));
  const decoded = decodeBytes(bytes, input, info.contentType);
  if (!decoded.ok) return failedResult(input, decoded.message);
  if (!decoded.text.trim()) return failedResult(input, fatal('empty-file', `${input} is empty (only whitespace)`, input, SOURCE));
  const { format, mediaType } = detectFormat(decoded.text, { contentType: info.contentType, fileName: info.fileName });
  const ctx: DocContext = {
    input,
    origin,
    url: origin === 'url' ? info.url ?? input : undefined,
    mediaType,
    encoding: decoded.encoding,
    messages: decoded.messages,
  };
  try {
    return await dispatch(format, decoded.text, ctx, w);
  } catch (err) {
    // A library failing on odd input must not stop the batch: report it against this input.
    return failedResult(input, fatal('read-failed', `could not read ${input} as ${mediaType}: ${(err as Error).message}`, input, SOURCE));
  }
}

/** Hands decoded text to the reader of its format. */
async function dispatch(format: Format, text: string, ctx: DocContext, w: Walk): Promise<ReadResult[]> {
  const { input } = ctx;
  const decodedMessages = ctx.messages;
  const one = (documents: RawDocument[], messages: Message[]): ReadResult[] => [makeResult(input, documents, messages)];
  switch (format) {
    case 'text':
      return one([readText(text, ctx)], []);
    case 'html': {
      const r = readHtml(text, ctx);
      return one(r.documents, r.messages);
    }
    case 'rss':
    case 'atom': {
      const r = readFeed(text, ctx);
      return one(r.documents, [...decodedMessages, ...r.messages]);
    }
    case 'jsonl': {
      const r = readJsonl(text, ctx);
      return one(r.documents, [...decodedMessages, ...r.messages]);
    }
    case 'opml': {
      const r = readOpml(text, ctx);
      if (r.feeds.length === 0) return one([], r.messages);
      if (w.depth >= MAX_OPML_DEPTH) return one([], [fatal('nested-opml', `${input} is an OPML file listed by an OPML file listed by an OPML file: not read`, input, SOURCE)]);
      const results: ReadResult[] = [];
      for (const feed of r.feeds) results.push(...(await readLocation(feed, { ...w, depth: w.depth + 1 })));
      return results;
    }
    case 'xml':
      return one([], [fatal('unsupported-xml', `${input} is XML${rootElement(text) ? ` with root <${rootElement(text)}>` : ''}, not RSS, Atom or OPML`, input, SOURCE)]);
  }
}
