/**
 * The few DOM types the readers use. The project compiles without the DOM library, and linkedom
 * types its documents as the DOM's `Window`; these structural types describe what we rely on.
 */
import { parseHTML } from 'linkedom';
import type { DomNode } from './htmltext.js';

/** An element: attributes, text, children and selector queries. */
export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
  closest(selector: string): DomElement | null;
}

/** A parsed HTML document. */
export interface DomDocument extends DomNode {
  documentElement: DomElement | null;
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** True when the HTML has its own `<html>` or `<body>` element (else it is a fragment). */
export function isFullDocument(html: string): boolean {
  return /<(html|body|head)[\s>]/i.test(html) || /<!doctype\s+html/i.test(html);
}

/** Parses HTML with linkedom; a fragment is first wrapped in a full document. */
export function parseDocument(html: string): DomDocument {
  const source = isFullDocument(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as DomDocument;
}

/** Every element matching a selector, as an array. */
export function all(root: { querySelectorAll(s: string): ArrayLike<DomElement> }, selector: string): DomElement[] {
  return Array.from(root.querySelectorAll(selector));
}
