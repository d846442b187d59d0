/** XML helpers shared by the feed and OPML readers (fast-xml-parser). */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Message } from '../types.js';
import { fatal } from './messages.js';

/** A parsed XML value as fast-xml-parser returns it. */
export type XmlValue = string | number | boolean | XmlNode | XmlValue[] | undefined | null;
/** A parsed element: attributes as `@_name`, text as `#text`, children by tag name. */
export interface XmlNode {
  [key: string]: XmlValue;
}

const ARRAYS = new Set(['item', 'entry', 'category', 'link', 'author', 'dc:creator', 'dc:subject', 'outline', 'channel']);

/** Checks well-formedness; the fatal `invalid-xml` message (with line and column) when it is not. */
export function validateXml(xml: string, file: string, source: string): Message | null {
  const res = XMLValidator.validate(xml);
  if (res === true) return null;
  const { msg, line, col } = res.err;
  const where = line ? ` at line ${line}${col ? `, column ${col}` : ''}` : '';
  return fatal('invalid-xml', `invalid XML in ${file}${where}: ${msg}`, file, source);
}

/**
 * Parses well-formed XML into plain objects. Values stay strings (a guid `0012` stays `0012`);
 * repeatable elements are always arrays; Atom `content`/`summary` are kept raw so that XHTML
 * content survives (see {@link xmlText}).
 */
export function parseXml(xml: string): XmlNode {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: true,
    stopNodes: ['feed.entry.content', 'feed.entry.summary'],
    isArray: (name) => ARRAYS.has(name),
  });
  return parser.parse(xml) as XmlNode;
}

/** True for a parsed element (not a string or list). */
export function isNode(v: XmlValue): v is XmlNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The values under a key, as a list (missing: empty list). */
export function list(v: XmlValue): XmlValue[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** The text of a value: a string, an element's `#text`, or the first of a list; '' when none. */
export function text(v: XmlValue): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.length ? text(v[0]) : '';
  if (isNode(v)) return text(v['#text']);
  return String(v).trim();
}

/** An attribute of an element, or ''. */
export function attr(v: XmlValue, name: string): string {
  const node = Array.isArray(v) ? v[0] : v;
  return isNode(node) ? text(node[`@_${name}`]) : '';
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Decodes the raw inner XML of an element kept unparsed: CDATA sections are taken literally and
 * the XML entities outside them decoded (leaving HTML entities for the HTML parser).
 */
export function xmlText(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) =>
      part.startsWith('<![CDATA[')
        ? part.slice(9, -3)
        : part.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (m, e: string) =>
            e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(parseInt(e.slice(1), 10)) : XML_ENTITIES[e] ?? m,
          ),
    )
    .join('');
}
