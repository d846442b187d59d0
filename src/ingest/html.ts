/**
 * HTML pages: Readability (over a linkedom document) finds the article; its paragraphs, headings
 * and list items become the text. Metadata comes from the page's own declarations.
 */
import { Readability } from '@mozilla/readability';
import type { Message, RawDocument } from '../types.js';
import { wholeInputKind, type DocContext } from './context.js';
import { all, parseDocument, type DomDocument } from './dom.js';
import { extractMetadata, normaliseLanguage } from './htmlmeta.js';
import { collapseWhitespace, joinBlocks, textBlocks, type DomNode } from './htmltext.js';
import { fatal, warning } from './messages.js';
import { toIsoDate } from './dates.js';
import { stdinId } from './text.js';

const SOURCE = 'ingest:html';

/** What the HTML reader produced: at most one document, and problems about the page. */
export interface HtmlRead {
  documents: RawDocument[];
  messages: Message[];
}

/**
 * True when the HTML ends before it should: an opened `<html>`/`<body>` never closed, or the last
 * tag cut off in the middle.
 */
export function isTruncated(html: string): boolean {
  const tail = html.trimEnd();
  if (/<[^>]*$/.test(tail.slice(-2000))) return true;
  if (/<body[\s>]/i.test(html) && !/<\/body\s*>/i.test(html)) return true;
  if (/<html[\s>]/i.test(html) && !/<\/html\s*>/i.test(html)) return true;
  return false;
}

/** The article text Readability finds, as blocks; null when it finds nothing. */
function readabilityText(doc: DomDocument): { blocks: string[]; title: string | null; byline: string | null; siteName: string | null; published: string | null; lang: string | null } | null {
  let parsed;
  try {
    // linkedom's document is DOM-compatible enough for Readability; the cast bridges the typings.
    parsed = new Readability<DomNode>(doc as unknown as ConstructorParameters<typeof Readability>[0], {
      serializer: (el) => el as unknown as DomNode,
    }).parse();
  } catch {
    return null;
  }
  if (!parsed || !parsed.content) return null;
  const blocks = textBlocks(parsed.content);
  if (blocks.length === 0) return null;
  const clean = (s: string | null | undefined): string | null => (s && collapseWhitespace(s)) || null;
  return { blocks, title: clean(parsed.title), byline: clean(parsed.byline), siteName: clean(parsed.siteName), published: clean(parsed.publishedTime), lang: clean(parsed.lang) };
}

/** Elements that are page furniture wherever they stand. */
const FURNITURE = 'nav, aside, footer, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';

/** Removes navigation, asides, footers and the site header (a header outside any article) in place. */
function removeFurniture(doc: DomDocument): void {
  if (!doc.body) return;
  for (const el of all(doc.body, FURNITURE)) el.remove();
  for (const el of all(doc.body, 'header')) if (!el.closest('article, main')) el.remove();
}

/** The visible text of the page body without its furniture. */
function bodyText(html: string): string[] {
  const doc = parseDocument(html);
  if (!doc.body) return [];
  removeFurniture(doc);
  return textBlocks(doc.body);
}

/** Drops a leading block that only repeats the title (Readability keeps the headline in the body). */
function dropRepeatedTitle(blocks: string[], title: string | null): string[] {
  if (title && blocks.length > 1 && blocks[0].toLowerCase() === title.toLowerCase()) return blocks.slice(1);
  return blocks;
}

/**
 * Reads one HTML page into one document. The id is the page's canonical URL when it declares
 * one, else the final URL (URL inputs), else the input as given. No extractable text is fatal
 * (`no-article-text`); a truncated page that still has text gives a `truncated-html` warning.
 */
export function readHtml(html: string, ctx: DocContext): HtmlRead {
  const messages: Message[] = [];
  const docMessages: Message[] = [...ctx.messages];
  const truncated = isTruncated(html);
  const doc = parseDocument(html);
  const meta = extractMetadata(doc, ctx.url);
  removeFurniture(doc);
  const article = readabilityText(doc);
  const title = meta.title ?? article?.title ?? null;
  const blocks = article ? article.blocks : bodyText(html);
  const text = joinBlocks(dropRepeatedTitle(blocks, title));
  if (!text) {
    const why = truncated ? ' (the page is also truncated)' : '';
    messages.push(fatal('no-article-text', `no article text found in the HTML of ${ctx.input}${why}`, ctx.input, SOURCE));
    return { documents: [], messages };
  }
  if (truncated) docMessages.push(warning('truncated-html', `the HTML of ${ctx.input} is truncated (it ends before its closing tags); the text found was kept`, ctx.input, SOURCE));
  const url = meta.url ?? ctx.url ?? null;
  const document: RawDocument = {
    id: meta.url ?? ctx.url ?? (ctx.origin === 'stdin' ? stdinId(text) : ctx.input),
    text,
    title,
    outlet: meta.outlet ?? article?.siteName ?? null,
    published: meta.published ?? toIsoDate(article?.published ?? undefined),
    url,
    language: meta.language ?? normaliseLanguage(article?.lang),
    author: meta.author ?? article?.byline ?? null,
    categories: meta.categories,
    source: { kind: wholeInputKind(ctx, 'html'), input: ctx.input, mediaType: ctx.mediaType, encoding: ctx.encoding },
    messages: docMessages,
  };
  return { documents: [document], messages };
}
