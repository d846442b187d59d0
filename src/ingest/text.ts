/** Plain text and Markdown: the decoded content is the article text, verbatim. */
import type { RawDocument } from '../types.js';
import { wholeInputKind, type DocContext } from './context.js';

/**
 * Builds the document of a text input. The text is kept exactly as decoded (the BOM was already
 * removed); the text stage finds headlines, datelines and boilerplate in it. The id is the final
 * URL for URL inputs, else the input as given.
 */
export function readText(text: string, ctx: DocContext): RawDocument {
  return {
    id: ctx.url ?? ctx.input,
    text,
    url: ctx.url ?? null,
    source: { kind: wholeInputKind(ctx, 'text'), input: ctx.input, mediaType: ctx.mediaType, encoding: ctx.encoding },
    messages: [...ctx.messages],
  };
}
