/** What every format reader knows about the input it is reading. */
import type { InputKind, Message } from '../types.js';

/** Where the bytes came from. */
export type Origin = 'file' | 'url' | 'stdin';

/** The facts about one concrete input that a format reader needs to build its records. */
export interface DocContext {
  /** The concrete input: path as given (joined for files inside a directory), URL as given, `-`. */
  input: string;
  origin: Origin;
  /** For URL inputs: the final URL after redirects. */
  url?: string;
  mediaType: string;
  /** The encoding the bytes were decoded from. */
  encoding: string;
  /**
   * Warnings met before the reader (e.g. decoding). Readers of one-document inputs (text, HTML)
   * put them on the document; for feeds and JSON lines they stay on the ReadResult.
   */
  messages: Message[];
}

/**
 * The `source.kind` of a document that is the whole input (a text file or an HTML page): `url`
 * or `stdin` when it came from there, else the format.
 */
export function wholeInputKind(ctx: DocContext, format: 'text' | 'html'): InputKind {
  return ctx.origin === 'url' ? 'url' : ctx.origin === 'stdin' ? 'stdin' : format;
}
