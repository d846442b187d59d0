/**
 * RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: each item or entry becomes one document whose text is
 * the item's content converted from HTML to plain text with paragraphs.
 */
import { createHash } from 'node:crypto';
import type { InputKind, Message, RawDocument, SourceInfo } from '../types.js';
import type { DocContext } from './context.js';
import { toIsoDate } from './dates.js';
import { absoluteHttpUrl, normaliseLanguage } from './htmlmeta.js';
import { collapseWhitespace, fragmentToText, looksLikeMarkup, plainToText } from './htmltext.js';
import { fatal, warning } from './messages.js';
import { attr, isNode, list, parseXml, text, validateXml, xmlText, type XmlNode, type XmlValue } from './xml.js';

const SOURCE = 'ingest:feed';

/** What the feed reader produced. */
export interface FeedRead {
  documents: RawDocument[];
  messages: Message[];
}

/** The feed-level facts every item inherits. */
interface FeedInfo {
  kind: 'rss' | 'atom';
  title: string | null;
  language: string | null;
  author: string | null;
  items: XmlNode[];
}

/** One item's fields before it becomes a document. */
interface ItemFields {
  guid: string | null;
  link: string | null;
  title: string | null;
  body: string;
  published: string | null;
  author: string | null;
  categories: string[];
  language: string | null;
  feedSource?: { name: string; url?: string };
}

/** A one-line plain text (titles, names): markup removed, entities decoded, whitespace collapsed. */
function line(s: string): string {
  return collapseWhitespace(looksLikeMarkup(s) ? fragmentToText(s) : s);
}

const orNull = (s: string): string | null => (s ? s : null);

/** RSS `author` is often `jane@example.com (Jane Doe)`: keep the name. */
function rssAuthor(s: string): string {
  const m = /^\S+@\S+\s*\((.+)\)$/.exec(s.trim());
  return m ? m[1].trim() : s.trim();
}

function atomPersonNames(v: XmlValue): string[] {
  return list(v).map((p) => (isNode(p) ? line(text(p.name)) : line(text(p)))).filter(Boolean);
}

/** Atom `<content>`/`<summary>` kept raw: XHTML markup as is, text/html decoded. */
function atomBody(v: XmlValue): string {
  const node = list(v)[0];
  if (node === undefined || node === null) return '';
  const type = attr(node, 'type').toLowerCase();
  if (attr(node, 'src')) return '';
  const raw = isNode(node) ? text(node['#text']) : String(node);
  if (type === 'xhtml') return fragmentToText(raw);
  const decoded = xmlText(raw);
  return type === 'html' || type === 'text/html' || (type === '' && looksLikeMarkup(decoded)) ? fragmentToText(decoded) : plainToText(decoded);
}

/** RSS `<description>` / `<content:encoded>`: HTML (entity-escaped or CDATA) or plain text. */
function rssBody(v: XmlValue): string {
  return fragmentToText(text(v));
}

function atomLink(v: XmlValue): string {
  const links = list(v).filter(isNode);
  const alt = links.find((l) => !text(l['@_rel']) || text(l['@_rel']) === 'alternate') ?? links[0];
  return alt ? text(alt['@_href']) : '';
}

function categories(v: XmlValue): string[] {
  const out: string[] = [];
  for (const c of list(v)) {
    const value = isNode(c) ? text(c['@_label']) || text(c['@_term']) || text(c['#text']) : text(c);
    const clean = line(value);
    if (clean && !out.some((o) => o.toLowerCase() === clean.toLowerCase())) out.push(clean);
  }
  return out;
}

function rssItem(item: XmlNode, feed: FeedInfo): ItemFields {
  const bodies = [item['content:encoded'], item.description, item['atom:content'], item['atom:summary']];
  let body = '';
  for (const b of bodies) if (!body) body = rssBody(b);
  const src = list(item.source)[0];
  const srcName = line(text(src));
  const srcUrl = attr(src, 'url');
  return {
    guid: orNull(text(item.guid) || text(item['@_rdf:about'])),
    link: orNull(text(item.link) || atomLink(item['atom:link'])),
    title: orNull(line(text(item.title))),
    body,
    published: toIsoDate(text(item.pubDate)) ?? toIsoDate(text(item['dc:date'])) ?? toIsoDate(text(item['atom:published'])),
    author: orNull(line(text(item['dc:creator']))) ?? orNull(rssAuthor(line(text(item.author)))) ?? feed.author,
    categories: categories([...list(item.category), ...list(item['dc:subject'])]),
    language: normaliseLanguage(text(item['dc:language'])) ?? feed.language,
    feedSource: srcName ? { name: srcName, ...(srcUrl ? { url: srcUrl } : {}) } : undefined,
  };
}

function atomEntry(entry: XmlNode, feed: FeedInfo): ItemFields {
  const source = list(entry.source)[0];
  const srcName = isNode(source) ? line(text(source.title)) : '';
  const srcUrl = isNode(source) ? atomLink(source.link) : '';
  return {
    guid: orNull(text(entry.id)),
    link: orNull(atomLink(entry.link)),
    title: orNull(line(text(entry.title))),
    body: atomBody(entry.content) || atomBody(entry.summary),
    published: toIsoDate(text(entry.published)) ?? toIsoDate(text(entry.updated)) ?? toIsoDate(text(entry.issued)),
    author: atomPersonNames(entry.author).join(', ') || feed.author,
    categories: categories(entry.category),
    language: normaliseLanguage(attr(entry, 'xml:lang')) ?? feed.language,
    feedSource: srcName ? { name: srcName, ...(srcUrl ? { url: srcUrl } : {}) } : undefined,
  };
}

/** Finds the feed kind, its channel facts and its items; null when the XML is not a feed. */
/**
 * The outlet a feed's title names: feed titles often add a section after a separator
 * ("BBC News - World", "The Daily Ledger | Politics", "NYT > World News"); the part before
 * the first such separator is the outlet.
 */
export function outletFromFeedTitle(title: string | null): string | null {
  if (!title) return null;
  const head = title.split(/\s+(?:[-|>:\u2013\u2014\u00bb\u00b7])\s+/)[0].trim();
  return head.length >= 2 ? head : title;
}

function feedInfo(root: XmlNode): FeedInfo | null {
  const rss = root.rss;
  if (isNode(rss) || rss === '') {
    const channel = isNode(rss) ? list(rss.channel).find(isNode) : undefined;
    return {
      kind: 'rss',
      title: orNull(line(text(channel?.title))),
      language: normaliseLanguage(text(channel?.language) || text(channel?.['dc:language'])),
      author: orNull(line(text(channel?.['dc:creator']))),
      items: channel ? list(channel.item).filter(isNode) : [],
    };
  }
  const rdf = root['rdf:RDF'];
  if (isNode(rdf)) {
    const channel = list(rdf.channel).find(isNode);
    return {
      kind: 'rss',
      title: orNull(line(text(channel?.title))),
      language: normaliseLanguage(text(channel?.['dc:language'])),
      author: null,
      items: list(rdf.item).filter(isNode),
    };
  }
  const atom = root.feed;
  if (isNode(atom) || atom === '') {
    const f = isNode(atom) ? atom : {};
    return {
      kind: 'atom',
      title: orNull(line(text(f.title))),
      language: normaliseLanguage(attr(f, 'xml:lang')),
      author: atomPersonNames(f.author).join(', ') || null,
      items: list(f.entry).filter(isNode),
    };
  }
  return null;
}

/** A stable short hash of an item's title and date, for items with neither guid nor link. */
export function itemHash(title: string | null, date: string | null): string {
  return createHash('sha1').update(`${title ?? ''}\n${date ?? ''}`).digest('hex').slice(0, 16);
}

/**
 * Reads an RSS or Atom feed. Each item becomes a document with id `<feed as given>#<guid>` (guid,
 * else link, else a hash of title and date). Invalid XML is fatal (`invalid-xml`, with line and
 * column); a feed without items is fatal (`empty-feed`); an item with neither text nor title is
 * skipped with a warning; a repeated item id is reported and the later item skipped.
 */
export function readFeed(xml: string, ctx: DocContext): FeedRead {
  const invalid = validateXml(xml, ctx.input, SOURCE);
  if (invalid) return { documents: [], messages: [invalid] };
  const info = feedInfo(parseXml(xml));
  if (!info) return { documents: [], messages: [fatal('not-a-feed', `${ctx.input} is XML but neither RSS nor Atom`, ctx.input, SOURCE)] };
  if (info.items.length === 0) {
    return { documents: [], messages: [fatal('empty-feed', `the feed ${ctx.input} has no items`, ctx.input, SOURCE)] };
  }
  const messages: Message[] = [];
  const documents: RawDocument[] = [];
  const seen = new Set<string>();
  const kind: InputKind = info.kind;
  info.items.forEach((node, i) => {
    const item = info.kind === 'rss' ? rssItem(node, info) : atomEntry(node, info);
    const where = `${ctx.input} (item ${i + 1}${item.title ? `, "${item.title}"` : ''})`;
    if (!item.body && !item.title) {
      messages.push(warning('empty-item', `skipped item ${i + 1} of ${ctx.input}: it has neither text nor a title`, ctx.input, SOURCE));
      return;
    }
    const key = item.guid ?? item.link ?? itemHash(item.title, item.published);
    const id = `${ctx.input}#${key}`;
    if (seen.has(id)) {
      messages.push(warning('repeated-id', `skipped ${where}: its id ${id} was already used by an earlier item`, ctx.input, SOURCE));
      return;
    }
    seen.add(id);
    const docMessages: Message[] = [];
    if (!item.body) docMessages.push(warning('title-only-item', `${where} has no text: its title is used as the text`, ctx.input, SOURCE));
    const source: SourceInfo = { kind, input: ctx.input, feed: ctx.input, guid: item.guid ?? key, mediaType: ctx.mediaType, encoding: ctx.encoding };
    if (item.feedSource) source.feedSource = { ...item.feedSource, carriedBy: outletFromFeedTitle(info.title) ?? undefined };
    documents.push({
      id,
      text: item.body || (item.title as string),
      title: item.title,
      // RSS <source>: the channel the item came from. A syndicated item is the original
      // outlet's text; the carrying feed stays in `source.feed` (and the feed title is known).
      outlet: item.feedSource?.name ?? outletFromFeedTitle(info.title),
      published: item.published,
      url: absoluteHttpUrl(item.link, ctx.url) ?? item.link,
      language: item.language,
      author: item.author,
      categories: item.categories,
      source,
      messages: docMessages,
    });
  });
  if (documents.length === 0) {
    messages.push(fatal('empty-feed', `the feed ${ctx.input} has no usable items: none of its ${info.items.length} items has text or a title`, ctx.input, SOURCE));
  }
  return { documents, messages };
}
