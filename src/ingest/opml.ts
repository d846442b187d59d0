/** OPML subscription lists: every `<outline xmlUrl=...>` names a feed to read. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Message } from '../types.js';
import type { DocContext } from './context.js';
import { fatal } from './messages.js';
import { attr, isNode, list, parseXml, validateXml, type XmlNode } from './xml.js';

const SOURCE = 'ingest:opml';

/** The feeds an OPML file lists (URLs or paths, resolved), and its problems. */
export interface OpmlRead {
  feeds: string[];
  messages: Message[];
}

/**
 * Resolves a feed location from an OPML file: absolute http(s) URLs stay; `file:` URLs become
 * paths; relative references resolve against the OPML's URL, or its folder for a local file.
 */
export function resolveFeedLocation(ref: string, ctx: Pick<DocContext, 'input' | 'url' | 'origin'>): string {
  if (/^https?:\/\//i.test(ref)) return ref;
  if (/^file:/i.test(ref)) return fileURLToPath(ref);
  if (ctx.origin === 'url' && ctx.url) return new URL(ref, ctx.url).href;
  if (path.isAbsolute(ref) || ctx.origin === 'stdin') return ref;
  return path.join(path.dirname(ctx.input), ref);
}

function outlines(node: XmlNode): XmlNode[] {
  return list(node.outline).filter(isNode).flatMap((o) => [o, ...outlines(o)]);
}

/** Lists the feeds of an OPML document, in order, without repeats. No feed at all is fatal (`no-feeds`). */
export function readOpml(xml: string, ctx: DocContext): OpmlRead {
  const invalid = validateXml(xml, ctx.input, SOURCE);
  if (invalid) return { feeds: [], messages: [invalid] };
  const root = parseXml(xml).opml;
  const body = isNode(root) ? root.body : undefined;
  const refs = isNode(body) ? outlines(body).map((o) => attr(o, 'xmlUrl') || attr(o, 'xmlurl')).filter(Boolean) : [];
  const feeds = [...new Set(refs.map((r) => resolveFeedLocation(r, ctx)))];
  if (feeds.length === 0) return { feeds, messages: [fatal('no-feeds', `the OPML file ${ctx.input} lists no feeds (no <outline xmlUrl=...>)`, ctx.input, SOURCE)] };
  return { feeds, messages: [] };
}
