/**
 * The frame of every web UI page (head, navigation, main landmark) and the small helpers the
 * pages share. Every piece of data goes through {@link escapeHtml}; URLs are built with
 * `encodeURIComponent` and then escaped as attribute values.
 */
import { escapeHtml } from '../../report/story-html.js';

export { escapeHtml };

/** Which navigation entry a page belongs to. */
export type Section = 'stories' | 'articles' | 'search' | 'check' | 'why' | 'none';

/** The path of a story page. */
export const storyHref = (id: string): string => `/stories/${encodeURIComponent(id)}`;
/** The path of an article page (an earlier version with `rev`). */
export const articleHref = (id: string, rev?: number): string => `/articles/${encodeURIComponent(id)}${rev ? `?rev=${rev}` : ''}`;

/** A path with a query string of the given (non-empty) parameters. */
export function hrefWith(path: string, params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** `<a href>` with escaped target and text. */
export const a = (href: string, text: string, attrs = ''): string => `<a href="${escapeHtml(href)}"${attrs ? ` ${attrs}` : ''}>${escapeHtml(text)}</a>`;

/** An ISO date-time cut to its date, or a dash. */
export const day = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : '–');

/** Text on one line (runs of white space as one space). */
export const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A labelled text input of a GET form. */
export function field(name: string, label: string, value: string | undefined, opts: { type?: string; size?: number; placeholder?: string } = {}): string {
  return `<label>${escapeHtml(label)} <input name="${escapeHtml(name)}" type="${opts.type ?? 'text'}" value="${escapeHtml(value ?? '')}"${opts.size ? ` size="${opts.size}"` : ''}${opts.placeholder ? ` placeholder="${escapeHtml(opts.placeholder)}"` : ''}></label>`;
}

/** The navigation bar (also put on top of the story report page). */
export function topNav(section: Section, allowWrite: boolean): string {
  const item = (s: Section, href: string, label: string) => `<a href="${href}"${s === section ? ' aria-current="page"' : ''}>${label}</a>`;
  return `<a class="skip" href="#main">Skip to content</a><nav class="topnav" aria-label="Main"><a class="brand" href="/">triangulate</a>${item('stories', '/', 'Stories')}${item('articles', '/articles', 'Articles')}${item('search', '/search', 'Search')}${item('check', '/check', 'Check a claim')}${item('why', '/why', 'Why')}<span class="ro">${allowWrite ? 'corrections allowed' : 'read-only'}</span></nav>`;
}

/** A whole page: head, navigation and the given main content. */
export function page(title: string, section: Section, allowWrite: boolean, main: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · triangulate</title>
<link rel="stylesheet" href="/static/app.css">
</head>
<body>
${topNav(section, allowWrite)}
<main id="main">
${main}
</main>
<script src="/static/app.js" defer></script>
</body>
</html>
`;
}

/** Previous / next links of a paged listing. */
export function pager(path: string, params: Record<string, string | undefined>, offset: number, limit: number, next: number | null): string {
  const prev = offset > 0 ? a(hrefWith(path, { ...params, offset: Math.max(0, offset - limit) || undefined }), '← previous', 'rel="prev"') : '';
  const nxt = next !== null ? a(hrefWith(path, { ...params, offset: next }), 'next →', 'rel="next"') : '';
  return prev || nxt ? `<nav class="pager" aria-label="Pages">${prev}${nxt}</nav>` : '';
}
