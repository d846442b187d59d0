/**
 * Metadata an HTML page declares about itself: Open Graph / article meta tags, JSON-LD
 * (`NewsArticle`, `Article`, ...), `<link rel=canonical>`, `<time>`, `<html lang>`, `<title>`, `<h1>`.
 */
import { toIsoDate } from './dates.js';
import { all, type DomDocument } from './dom.js';
import { collapseWhitespace } from './htmltext.js';

/** What a page says about itself; every field null / empty when it says nothing. */
export interface HtmlMetadata {
  title: string | null;
  published: string | null;
  outlet: string | null;
  /** Canonical URL (absolute http(s)), from `<link rel=canonical>` or `og:url`. */
  url: string | null;
  author: string | null;
  language: string | null;
  categories: string[];
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Normalises a language tag to its primary ISO 639 subtag: `en-GB` and `uk_UA` become `en`, `uk`. */
export function normaliseLanguage(tag: string | null | undefined): string | null {
  const primary = tag?.trim().split(/[-_]/)[0].toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** Resolves a URL against a base; returns it only when it is absolute http(s). */
export function absoluteHttpUrl(href: string | null | undefined, base?: string): string | null {
  if (!href?.trim()) return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Collects meta tags by lower-cased `property`, `name`, `itemprop` or `http-equiv` (all values, in order). */
function metaMap(doc: DomDocument): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const el of all(doc, 'meta')) {
    const content = el.getAttribute('content');
    if (content === null || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = map.get(key) ?? [];
      list.push(collapseWhitespace(content));
      map.set(key, list);
    }
  }
  return map;
}

const first = (map: Map<string, string[]>, ...keys: string[]): string | null => {
  for (const k of keys) {
    const v = map.get(k)?.[0];
    if (v) return v;
  }
  return null;
};

/** Every JSON-LD object of the page, `@graph` and arrays flattened. */
function jsonLdObjects(doc: DomDocument): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: Json): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObject(v)) {
      out.push(v);
      if (v['@graph'] !== undefined) visit(v['@graph']);
    }
  };
  for (const script of all(doc, 'script[type="application/ld+json"]')) {
    const raw = (script.textContent ?? '').replace(/^\s*(<!\[CDATA\[|<!--)/, '').replace(/(\]\]>|-->)\s*$/, '');
    try {
      visit(JSON.parse(raw) as Json);
    } catch {
      // Broken JSON-LD is common and harmless: the other metadata sources remain.
    }
  }
  return out;
}

const ARTICLE_TYPE = /(Article|BlogPosting|Posting|Report)$/;

function types(o: JsonObject): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Text of a JSON-LD value that is a name: a string, `{name}`, an `@id` reference, or a list of them. */
function jsonLdNames(v: Json | undefined, byId: Map<string, JsonObject>): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  if (Array.isArray(v)) return v.flatMap((x) => jsonLdNames(x, byId));
  if (isObject(v)) {
    if (typeof v.name === 'string' && v.name.trim()) return [collapseWhitespace(v.name)];
    const ref = typeof v['@id'] === 'string' ? byId.get(v['@id']) : undefined;
    if (ref && ref !== v) return jsonLdNames({ name: ref.name ?? null }, byId);
  }
  return [];
}

const jsonLdStrings = (v: Json | undefined): string[] =>
  typeof v === 'string' ? v.split(',').map((s) => s.trim()) : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

function dedupe(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values.map(collapseWhitespace)) {
    const k = v.toLowerCase();
    if (v && !seen.has(k)) {
      seen.add(k);
      out.push(v);
    }
  }
  return out;
}

const textOf = (el: { textContent: string | null } | null): string | null => {
  const t = el ? collapseWhitespace(el.textContent ?? '') : '';
  return t || null;
};

/** Reads a page's metadata. `baseUrl` (the page's URL, when known) resolves relative links. */
export function extractMetadata(doc: DomDocument, baseUrl?: string): HtmlMetadata {
  const meta = metaMap(doc);
  const ld = jsonLdObjects(doc);
  const byId = new Map<string, JsonObject>();
  for (const o of ld) if (typeof o['@id'] === 'string') byId.set(o['@id'], o);
  const article = ld.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t))) ?? null;
  const str = (v: Json | undefined): string | null => (typeof v === 'string' && v.trim() ? collapseWhitespace(v) : null);

  const title =
    first(meta, 'og:title', 'twitter:title') ?? str(article?.headline) ?? textOf(doc.querySelector('h1')) ?? textOf(doc.querySelector('title'));

  const timeEl = doc.querySelector('time[pubdate][datetime]') ?? doc.querySelector('time[itemprop="datePublished"]') ?? doc.querySelector('time[datetime]');
  const published =
    toIsoDate(first(meta, 'article:published_time', 'og:published_time', 'datepublished')) ??
    toIsoDate(article?.datePublished) ??
    toIsoDate(timeEl?.getAttribute('datetime')) ??
    toIsoDate(first(meta, 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dcterms.date', 'dc.date.issued'));

  const outlet = first(meta, 'og:site_name') ?? jsonLdNames(article?.publisher, byId)[0] ?? null;

  const url =
    absoluteHttpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), baseUrl) ??
    absoluteHttpUrl(first(meta, 'og:url'), baseUrl);

  const metaAuthor = first(meta, 'author', 'article:author', 'dc.creator', 'byl');
  const ldAuthors = jsonLdNames(article?.author, byId);
  const author = (metaAuthor && !/^https?:\/\//.test(metaAuthor) ? metaAuthor : null) ?? (ldAuthors.length ? ldAuthors.join(', ') : null);

  const language =
    normaliseLanguage(doc.documentElement?.getAttribute('lang')) ??
    normaliseLanguage(first(meta, 'content-language', 'language', 'dc.language')) ??
    normaliseLanguage(str(article?.inLanguage)) ??
    normaliseLanguage(first(meta, 'og:locale'));

  const categories = dedupe([
    ...(meta.get('article:section') ?? []),
    ...jsonLdStrings(article?.articleSection),
    ...(meta.get('article:tag') ?? []),
    ...(meta.get('keywords') ?? []).flatMap((k) => k.split(',')),
    ...jsonLdStrings(article?.keywords),
  ]);

  return { title, published, outlet, url, author, language, categories };
}
