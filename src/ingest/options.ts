/** Options, results and constants shared by the ingest readers. */
import type { Message, RawDocument } from '../types.js';

/** The User-Agent every URL fetch sends. */
export const USER_AGENT = 'triangulate/0.1 (offline news analysis; +https://example.invalid/triangulate)';

/** The Accept header every URL fetch sends: pages and feeds first. */
export const ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,application/x-ndjson;q=0.8,text/plain;q=0.8,*/*;q=0.5';

/** How one call of {@link readInput} / {@link readBytes} behaves. */
export interface ReadOptions {
  /** Largest input accepted, in bytes (default 10 MiB). */
  maxBytes?: number;
  /** Time allowed for one URL fetch, headers and body, in milliseconds (default 15000). */
  timeoutMs?: number;
  /** Redirects followed for one URL before giving up (default 5). */
  maxRedirects?: number;
  /** User-Agent for URL fetches (default {@link USER_AGENT}). */
  userAgent?: string;
  /** The fetch implementation (default the global `fetch`). */
  fetch?: typeof fetch;
  /** The stream read for the input `-` (default `process.stdin`). */
  stdin?: NodeJS.ReadableStream;
}

/** {@link ReadOptions} with every default filled in. */
export interface ResolvedOptions {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  userAgent: string;
  fetch: typeof fetch;
  stdin: NodeJS.ReadableStream;
}

/** What reading one concrete input produced. */
export interface ReadResult {
  /** The concrete input: a path (joined for files inside a directory), a URL, or `-`. */
  input: string;
  documents: RawDocument[];
  /** Problems about the input as a whole or about parts of it that produced no document. */
  messages: Message[];
  /** True when any fatal problem was met for this input or any of its parts. */
  failed: boolean;
}

/** 10 MiB. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Fills in the defaults of {@link ReadOptions}. */
export function resolveOptions(opts: ReadOptions = {}): ResolvedOptions {
  return {
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    timeoutMs: opts.timeoutMs ?? 15_000,
    maxRedirects: opts.maxRedirects ?? 5,
    userAgent: opts.userAgent ?? USER_AGENT,
    fetch: opts.fetch ?? globalThis.fetch,
    stdin: opts.stdin ?? process.stdin,
  };
}

/** Builds a ReadResult, deriving `failed` from every message of the input and its documents. */
export function makeResult(input: string, documents: RawDocument[], messages: Message[]): ReadResult {
  const failed =
    messages.some((m) => m.fatal === true) || documents.some((d) => d.messages.some((m) => m.fatal === true));
  return { input, documents, messages, failed };
}
