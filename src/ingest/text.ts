/** Plain text and Markdown: the decoded content is the article text, verbatim. */
import { createHash } from 'node:crypto';
import type { RawDocument } from '../types.js';
import { wholeInputKind, type DocContext } from './context.js';

/**
 * Builds the document of a text input. The text is kept exactly as decoded (the BOM was already
 * removed); the text stage finds headlines, datelines and boilerplate in it. The id is the final
 * URL for URL inputs, the input as given for files, and `stdin:<hash of the text>` for standard
 * input (`-` names no article: two different texts piped in are two articles, the same text
 * piped twice is one).
 */
export function readText(text: string, ctx: DocContext): RawDocument {
  return {
    id: ctx.url ?? (ctx.origin === 'stdin' ? stdinId(text) : ctx.input),
    text,
    url: ctx.url ?? null,
    source: { kind: wholeInputKind(ctx, 'text'), input: ctx.input, mediaType: ctx.mediaType, encoding: ctx.encoding },
    messages: [...ctx.messages],
  };
}

/** The id of a text read from standard input: stable for the same text. */
export function stdinId(text: string): string {
  return `stdin:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}
