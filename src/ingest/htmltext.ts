/**
 * HTML to plain text with paragraphs: block elements (paragraphs, headings, list items, quotes,
 * table cells, ...) become blocks joined by a blank line; whitespace inside a block is collapsed;
 * scripts, styles and other non-text elements are dropped. Entities are decoded by the parser.
 */
import { parseHTML } from 'linkedom';

/** The minimal DOM surface the text walker needs (linkedom nodes satisfy it). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'br',
]);
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'head',
  'select', 'option', 'button', 'input', 'textarea', 'audio', 'video', 'picture', 'source', 'img',
]);

/** Collapses every run of whitespace (non-breaking spaces included) to one space and trims. */
export function collapseWhitespace(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** The text blocks of a DOM subtree, in document order, each with collapsed whitespace. */
export function textBlocks(root: DomNode): string[] {
  const blocks: string[] = [];
  let buf = '';
  const flush = (): void => {
    const t = collapseWhitespace(buf);
    if (t) blocks.push(t);
    buf = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3 || node.nodeType === 4) {
      buf += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    // Sibling links, not childNodes: linkedom builds a fresh childNodes array on every access.
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks;
}

/** Joins text blocks into an article text: one blank line between blocks. */
export function joinBlocks(blocks: string[]): string {
  return blocks.join('\n\n');
}

/** Wraps an HTML fragment in a full document so that the parser puts it into `<body>`. */
export function wrapFragment(html: string): string {
  return `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

/** True when a string contains HTML markup or entities (rather than plain text). */
export function looksLikeMarkup(s: string): boolean {
  return /<\/?[A-Za-z][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]+);/i.test(s);
}

/** Plain text to paragraphs: blank lines separate blocks; whitespace inside a block is collapsed. */
export function plainToText(s: string): string {
  return joinBlocks(s.split(/\n[ \t\u00a0]*\n/).map(collapseWhitespace).filter((b) => b !== ''));
}

/**
 * Converts an HTML fragment (e.g. a feed item's content) to plain text with paragraphs. A string
 * without markup keeps its own paragraph breaks (blank lines) with whitespace collapsed inside.
 */
export function fragmentToText(fragment: string): string {
  if (!looksLikeMarkup(fragment)) return plainToText(fragment);
  const { document } = parseHTML(wrapFragment(fragment));
  return joinBlocks(textBlocks(document.body as unknown as DomNode));
}
