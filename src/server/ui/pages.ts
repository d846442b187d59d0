/**
 * The web UI's pages, rendered on the server from the same {@link Api} operations the JSON API
 * answers with: they work without JavaScript, and every value is escaped.
 */
import { renderStoryHtml } from '../../report/story-html.js';
import type { ArticleSummary, SearchHit } from '../../store/contract.js';
import type { Api, CheckAnswer } from '../api.js';
import { problemOf } from '../errors.js';
import { articleMain } from './article-page.js';
import { a, articleHref, day, escapeHtml, field, hrefWith, oneLine, page, pager, storyHref, topNav } from './layout.js';

const e = escapeHtml;

/** Query parameters as a plain record (first value of each). */
function plain(params: URLSearchParams, names: string[]): Record<string, string | undefined> {
  return Object.fromEntries(names.map((n) => [n, params.get(n)?.trim() || undefined]));
}

/** A search snippet: escaped, with the store's `[` `]` around matched terms shown as marks. */
function snippet(s: string): string {
  return e(oneLine(s)).replace(/\[([^[\]]*)\]/g, '<mark>$1</mark>');
}

/** `/`: the story list, with search by text, outlet and dates. */
export async function storiesPage(api: Api, params: URLSearchParams): Promise<string> {
  const p = plain(params, ['q', 'outlet', 'from', 'to', 'limit']);
  const result = await api.stories(params);
  const form = `<form class="filters" method="get" action="/" role="search">${field('q', 'Text', p.q, { size: 28, placeholder: 'words in a title or article' })}${field('outlet', 'Outlet', p.outlet)}${field('from', 'From', p.from, { type: 'date' })}${field('to', 'To', p.to, { type: 'date' })}<button type="submit">Show stories</button></form>`;
  const rows = result.items.map((s) => `<tr><td>${a(storyHref(s.id), oneLine(s.title))}</td><td class="num">${s.articleCount}</td><td>${e(s.outlets.join(', '))}</td><td>${e(day(s.firstPublished))}</td><td>${e(day(s.lastPublished))}</td></tr>`);
  const total = result.total !== undefined ? `<p class="meta">${result.total} matching stor${result.total === 1 ? 'y' : 'ies'}.</p>` : '';
  const table = rows.length
    ? `<table><caption class="meta">Newest first</caption><tr><th scope="col">story</th><th scope="col">articles</th><th scope="col">outlets</th><th scope="col">first</th><th scope="col">last</th></tr>${rows.join('')}</table>`
    : '<p>No stories match. Ingest some articles with <code>triangulate ingest</code>.</p>';
  return page('Stories', 'stories', api.allowWrite, `<h1>Stories</h1>${form}${total}${table}${pager('/', p, result.offset, result.limit, result.next)}`);
}

function articleRows(rows: Array<ArticleSummary | SearchHit>): string {
  if (rows.length === 0) return '<p>No articles match.</p>';
  const hasSnippet = rows.some((r) => 'snippet' in r);
  return `<table><tr><th scope="col">article</th><th scope="col">outlet</th><th scope="col">published</th><th scope="col">language</th>${hasSnippet ? '<th scope="col">match</th>' : ''}</tr>${rows.map((r) => `<tr><td>${a(articleHref(r.id), oneLine(r.title ?? r.id))}<br><small><code>${e(r.id)}</code></small></td><td>${e(r.outlet ?? '–')}${r.outletInferred ? ' <i>(inferred)</i>' : ''}</td><td>${e(day(r.published))}</td><td>${e(r.language)}</td>${hasSnippet ? `<td class="snippet">${'snippet' in r ? snippet(r.snippet) : ''}</td>` : ''}</tr>`).join('')}</table>`;
}

/** `/articles`: stored articles, filtered by outlet, language, dates and text. */
export async function articlesPage(api: Api, params: URLSearchParams): Promise<string> {
  const p = plain(params, ['q', 'outlet', 'language', 'from', 'to', 'limit']);
  const result = await api.articles(params);
  const form = `<form class="filters" method="get" action="/articles" role="search">${field('q', 'Text', p.q, { size: 24 })}${field('outlet', 'Outlet', p.outlet)}${field('language', 'Language', p.language, { size: 4, placeholder: 'en' })}${field('from', 'From', p.from, { type: 'date' })}${field('to', 'To', p.to, { type: 'date' })}<button type="submit">Show articles</button></form>`;
  return page('Articles', 'articles', api.allowWrite, `<h1>Articles</h1>${form}${articleRows(result.items)}${pager('/articles', p, result.offset, result.limit, result.next)}`);
}

/** `/search?q=`: full-text search over titles and texts. */
export async function searchPage(api: Api, params: URLSearchParams): Promise<string> {
  const q = params.get('q')?.trim() ?? '';
  const form = `<form class="filters" method="get" action="/search" role="search">${field('q', 'Words, "quoted phrases", -excluded', q, { size: 40 })}<button type="submit">Search</button></form>`;
  const body = q ? articleRows(await api.searchHits(params)) : '';
  return page(q ? `Search: ${q}` : 'Search', 'search', api.allowWrite, `<h1>Search</h1>${form}${body}`);
}

/** The results table of a check. */
function checkResults(answer: CheckAnswer): string {
  if (answer.results.length === 0) return '<p>No related article.</p>';
  const rows = answer.results.map((r) => {
    const evidence = r.verdict === 'unrelated' ? '' : r.evidence.slice(0, 3).map((x) => `<li>${a(`${articleHref(r.article)}`, `${x.start}–${x.end}`)} ${e(oneLine(x.text))}</li>`).join('');
    return `<tr><td class="verdict-${r.verdict}">${r.verdict}</td><td class="num">${r.scores[r.verdict].toFixed(2)}</td><td>${e(r.outlet ?? '–')}</td><td>${a(articleHref(r.article), oneLine(r.title ?? r.article))}${evidence ? `<ul>${evidence}</ul>` : ''}</td></tr>`;
  });
  return `<table><tr><th scope="col">verdict</th><th scope="col">score</th><th scope="col">outlet</th><th scope="col">article and evidence</th></tr>${rows.join('')}</table>`;
}

/** `/check?claim=&story=&article=`: a claim against a story, an article or the whole store. */
export async function checkPage(api: Api, params: URLSearchParams): Promise<string> {
  const p = plain(params, ['claim', 'story', 'article']);
  const form = `<form method="get" action="/check"><p><label for="claim">Claim (one sentence, e.g. a headline)</label><br><textarea id="claim" name="claim" rows="2" required>${e(p.claim ?? '')}</textarea></p><p class="filters">${field('story', 'Story id (optional)', p.story)}${field('article', 'or article id (optional)', p.article)}</p><p><button type="submit">Check</button> <span class="meta">Without a story or an article, the related articles of the whole store are checked.</span></p></form>`;
  let body = '';
  if (p.claim) {
    const answer = await api.check({ claim: p.claim, story: p.story, article: p.article });
    const against = p.story ? `story ${a(storyHref(p.story), p.story)}` : p.article ? `article ${a(articleHref(p.article), p.article)}` : 'the whole store';
    body = `<h2>Against ${against}</h2>${checkResults(answer)}`;
  }
  return page('Check a claim', 'check', api.allowWrite, `<h1>Check a claim</h1>${form}${body}`);
}

/** `/why?a=&b=`: the story score between two articles. */
export async function whyPage(api: Api, params: URLSearchParams): Promise<string> {
  const p = plain(params, ['a', 'b']);
  const form = `<form class="filters" method="get" action="/why">${field('a', 'Article', p.a, { size: 36 })}${field('b', 'Other article', p.b, { size: 36 })}<button type="submit">Explain</button></form>`;
  const body = p.a && p.b ? `<pre class="why">${e((await api.why(params)).lines.join('\n'))}</pre>` : '';
  return page('Why', 'why', api.allowWrite, `<h1>Why are two articles in (or out of) one story?</h1>${form}${body}`);
}

/** `/articles/:id`: one article with its spans highlighted. */
export async function articlePage(api: Api, id: string, params: URLSearchParams): Promise<string> {
  const view = await api.article(id, params);
  return page(oneLine(view.title ?? view.id), 'articles', api.allowWrite, articleMain(view));
}

/**
 * `/stories/:id`: the story report (summary with citations, claim matrix, origins, timeline,
 * entities, duplicates, the articles with cited spans), with the navigation on top and links
 * to each article's page, the JSON and a claim check at the end.
 */
export async function storyPage(api: Api, id: string): Promise<string> {
  const view = await api.story(id);
  const html = renderStoryHtml(view.report);
  const tools = `<section class="tools" aria-labelledby="tools"><h2 id="tools">Articles and tools</h2><ul>${view.report.articles.map((x) => `<li>${e(x.handle)}: ${a(articleHref(x.id), oneLine(x.title ?? x.id))} (${e(x.outlet)})</li>`).join('')}</ul>`
    + `<form method="get" action="/check"><input type="hidden" name="story" value="${e(view.id)}"><label for="claim">Check a claim against this story</label> <input id="claim" name="claim" size="50" required> <button type="submit">Check</button></form>`
    + `<p>${a(`/api/stories/${encodeURIComponent(view.id)}`, 'this story as JSON')} · ${a(hrefWith('/articles', {}), 'all articles')}</p></section>`;
  return html
    .replace('</head>', () => '<link rel="stylesheet" href="/static/app.css">\n</head>')
    .replace('<body>\n', () => `<body>\n${topNav('stories', api.allowWrite)}<main id="main">\n`)
    .replace('</body>', () => `${tools}\n</main>\n</body>`);
}

/** An error page for a failed UI request (the same record the API sends, readable). */
export function errorPage(err: unknown, allowWrite: boolean): { status: number; html: string } {
  const { status, problem } = problemOf(err);
  const title = status === 404 ? 'Not found' : status === 400 ? 'Bad request' : status === 403 ? 'Not allowed' : 'Something went wrong';
  return { status, html: page(title, 'none', allowWrite, `<h1>${e(title)}</h1><p class="problem">${e(problem.reason)}</p><p>${a('/', 'Back to the stories')}</p>`) };
}
