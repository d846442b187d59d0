/**
 * `triangulate serve` end to end: a temp SQLite store filled by ingesting a small invented corpus
 * (the burst water main of the summary fixtures, three outlets, plus a two-outlet zoo strike whose
 * title carries a `<script>` tag), a server on port 0, and real requests to the JSON API and the
 * web UI pages.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import type { Store, StoryRow } from '../store/contract.js';
import { ingest } from '../pipeline/ingest.js';
import { FLOOD } from '../summary/test-fixtures.js';
import { main } from '../cli/main.js';
import type { Io } from '../cli/output.js';
import { startServer, type RunningServer } from './http.js';
import type { ArticleView } from './article-view.js';

const ZOO_TITLE = 'Harlow zoo keepers <script>alert("x")</script> walk out over pay';
const ZOO = [
  {
    id: 'harlow/zoo-strike-gazette',
    outlet: 'Harlow Gazette',
    published: '2026-06-02',
    title: ZOO_TITLE,
    text: `Keepers at Harlow City Zoo walked out on Tuesday in a dispute over pay, the Harlow Keepers Union said.
About 60 keepers joined the strike, which the union said would last 48 hours.
Zoo director Mira Okafor said the animals would be fed and cared for by senior staff during the walkout.
The union wants a rise of 6 per cent; the zoo has offered 3 per cent, according to Okafor.
The zoo will stay closed to visitors on Tuesday and Wednesday.`,
  },
  {
    id: 'harlow/zoo-strike-bulletin',
    outlet: 'Northgate Bulletin',
    published: '2026-06-02',
    text: `Harlow City Zoo closes as keepers strike over pay
Around 60 keepers at Harlow City Zoo began a 48-hour strike on Tuesday over pay, their union said.
The Harlow Keepers Union is asking for a 6 per cent rise, while the zoo has offered 3 per cent.
Director Mira Okafor said senior staff would look after the animals.
The zoo said it would reopen to visitors on Thursday.`,
  },
];

let dir: string;
let db: string;
let store: Store;
let server: RunningServer;
let writer: RunningServer;
let flood: StoryRow;
let zoo: StoryRow;

async function get(path: string, base = server.url): Promise<{ status: number; type: string; text: string; headers: Headers }> {
  const res = await fetch(`${base}${path}`);
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text(), headers: res.headers };
}
async function getJson<T>(path: string): Promise<{ status: number; body: T }> {
  const res = await get(path);
  expect(res.type).toMatch(/^application\/json/);
  return { status: res.status, body: JSON.parse(res.text) as T };
}
async function post<T>(path: string, body: unknown, base = server.url, type = 'application/json'): Promise<{ status: number; body: T }> {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, body: JSON.parse(await res.text()) as T };
}
async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const io: Io = { out: (t) => void (out += t), err: () => {}, errIsTTY: false, env: {} };
  return { code: await main(['--db', db, ...args], io), out };
}

/** A problem record as every failed request returns it. */
interface Problem {
  reason: string;
  ruleId: string;
  fatal: boolean;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'triangulate-serve-'));
  db = join(dir, 'serve.db');
  const input = join(dir, 'corpus.jsonl');
  writeFileSync(input, [...FLOOD, ...ZOO].map((f) => JSON.stringify(f)).join('\n') + '\n');
  store = await openStore(db);
  const summary = await ingest(store, [input], { workers: 0 });
  expect(summary.failed).toBe(0);
  server = await startServer(store, { port: 0, host: '127.0.0.1' }, { log: () => {} });
  writer = await startServer(store, { port: 0, host: '127.0.0.1' }, { allowWrite: true, log: () => {} });
  const stories = await store.listStories();
  flood = stories.find((s) => s.articleCount === 3)!;
  zoo = stories.find((s) => s.articleCount === 2)!;
  expect(flood && zoo).toBeTruthy();
});
afterAll(async () => {
  await server?.close();
  await writer?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('JSON API', () => {
  it('lists stories with titles, counts, outlets and dates, filtered and paged', async () => {
    const all = await getJson<{ items: StoryRow[]; next: number | null }>('/api/stories');
    expect(all.status).toBe(200);
    expect(all.body.items.map((s) => s.articleCount).sort()).toEqual([2, 3]);
    const zooRow = all.body.items.find((s) => s.id === zoo.id)!;
    expect(zooRow.title).toBe(ZOO_TITLE);
    expect(zooRow.outlets).toEqual(['Harlow Gazette', 'Northgate Bulletin']);
    expect(zooRow.firstPublished?.slice(0, 10)).toBe('2026-06-02');

    const byText = await getJson<{ items: StoryRow[]; total: number }>('/api/stories?q=ninety');
    expect(byText.body.items.map((s) => s.id)).toEqual([flood.id]);
    expect(byText.body.total).toBe(1);
    const byTitle = await getJson<{ items: StoryRow[] }>('/api/stories?q=zoo%20keepers');
    expect(byTitle.body.items.map((s) => s.id)).toEqual([zoo.id]);
    const byOutlet = await getJson<{ items: StoryRow[] }>(`/api/stories?outlet=${encodeURIComponent('river echo')}`);
    expect(byOutlet.body.items.map((s) => s.id)).toEqual([flood.id]);
    const byDate = await getJson<{ items: StoryRow[] }>('/api/stories?from=2026-06-01');
    expect(byDate.body.items.map((s) => s.id)).toEqual([zoo.id]);
    const paged = await getJson<{ items: StoryRow[]; next: number | null }>('/api/stories?limit=1');
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.next).toBe(1);
    const second = await getJson<{ items: StoryRow[]; next: number | null }>('/api/stories?limit=1&offset=1');
    expect(second.body.items[0].id).not.toBe(paged.body.items[0].id);
    expect(second.body.next).toBeNull();
  });

  it('answers bad parameters with a 400 problem record', async () => {
    for (const path of ['/api/stories?limit=0', '/api/stories?limit=ten', '/api/stories?from=yesterday', '/api/search', '/api/why?a=cardell-post']) {
      const res = await getJson<Problem>(path);
      expect(res.status, path).toBe(400);
      expect(res.body.fatal).toBe(true);
      expect(res.body.ruleId).toMatch(/^(bad|missing)-parameter$/);
      expect(res.body.reason.length).toBeGreaterThan(5);
    }
  });

  it('gives one story exactly as `story <id> --format json` prints it', async () => {
    const res = await getJson<Record<string, unknown> & { report: { headline: string; summary: unknown[]; matrix: { rows: { status: string }[] } } }>(`/api/stories/${flood.id}`);
    expect(res.status).toBe(200);
    expect(res.body.report.summary.length).toBeGreaterThan(0);
    expect(res.body.report.matrix.rows.some((r) => r.status === 'contested')).toBe(true);
    const printed = await cli('story', flood.id, '--format', 'json');
    expect(printed.code).toBe(0);
    expect(res.body).toEqual(JSON.parse(printed.out));
  });

  it('answers an unknown id with a 404 problem record and no stack trace', async () => {
    const story = await getJson<Problem>('/api/stories/no-such-story');
    expect(story).toEqual({ status: 404, body: { reason: 'no story "no-such-story" in the store', ruleId: 'unknown-story', fatal: true } });
    const article = await getJson<Problem>('/api/articles/no%2Fsuch');
    expect(article.status).toBe(404);
    expect(article.body.reason).toBe('no article "no/such" in the store');
    const endpoint = await getJson<Problem>('/api/nothing-here');
    expect(endpoint.status).toBe(404);
    for (const r of [story, article, endpoint]) expect(JSON.stringify(r.body)).not.toMatch(/\n\s+at |\.ts:\d+/);
  });

  it('lists and searches articles', async () => {
    const listed = await getJson<{ items: { id: string; outlet: string }[] }>(`/api/articles?outlet=${encodeURIComponent('River Echo')}`);
    expect(listed.body.items.map((a) => a.id)).toEqual(['river-echo']);
    const found = await getJson<{ items: { id: string; snippet: string }[] }>('/api/articles?q=keepers&outlet=Northgate%20Bulletin');
    expect(found.body.items.map((a) => a.id)).toEqual(['harlow/zoo-strike-bulletin']);
    expect(found.body.items[0].snippet).toMatch(/\[keepers\]/i);
    const hits = await getJson<{ id: string }[]>('/api/search?q=%22without%20running%20water%22');
    expect(hits.body.map((h) => h.id).sort()).toEqual(['cardell-post', 'valley-wire']);
  });

  it('gives an article with marks, sentences, extraction, claims and highlight offsets into its text', async () => {
    const res = await getJson<ArticleView>(`/api/articles/${encodeURIComponent('harlow/zoo-strike-gazette')}`);
    expect(res.status).toBe(200);
    const a = res.body;
    expect(a.title).toBe(ZOO_TITLE);
    expect(a.story).toEqual({ id: zoo.id, title: expect.any(String) });
    expect(a.versions).toEqual([1]);
    expect(a.sentences.length).toBeGreaterThanOrEqual(5);
    expect(a.entities.map((x) => x.text)).toContain('Mira Okafor');
    expect(a.times.some((t) => t.text === 'Tuesday')).toBe(true);
    expect(a.attributions.some((x) => x.source?.text.includes('Union'))).toBe(true);
    expect(a.claims.length).toBeGreaterThan(2);
    for (const c of a.claims) expect(a.text.slice(c.start, c.end)).toBe(c.text);
    const layers = new Set(a.highlights.map((h) => h.layer));
    for (const layer of ['claim', 'entity', 'time', 'cue', 'content']) expect(layers).toContain(layer);
    const okafor = a.highlights.find((h) => h.layer === 'entity' && a.text.slice(h.start, h.end) === 'Mira Okafor');
    expect(okafor?.label).toMatch(/^person /);
    // The raw path (slash not encoded) names the same article.
    expect((await getJson<ArticleView>('/api/articles/harlow/zoo-strike-gazette')).body.id).toBe('harlow/zoo-strike-gazette');
  });

  it('explains why two articles share a story', async () => {
    const res = await getJson<{ story: { sameStory: boolean }; stories: { a: string; b: string }; lines: string[] }>('/api/why?a=cardell-post&b=river-echo');
    expect(res.status).toBe(200);
    expect(res.body.story.sameStory).toBe(true);
    expect(res.body.stories).toEqual({ a: flood.id, b: flood.id });
    expect((await getJson<Problem>('/api/why?a=cardell-post&b=nobody')).status).toBe(404);
  });

  it('checks a claim against a story, an article or the whole store', async () => {
    const res = await post<{ results: { article: string; verdict: string; evidence: { start: number; end: number; text: string }[] }[] }>('/api/check', { claim: 'Repairs to the Cardell water main will be finished on May 12', story: flood.id });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => r.article).sort()).toEqual(['cardell-post', 'river-echo', 'valley-wire']);
    for (const r of res.body.results) expect(r.verdict).not.toBe('unrelated');
    const whole = await post<{ results: { article: string }[] }>('/api/check', { claim: 'Harlow zoo keepers strike over pay' });
    expect(whole.body.results.map((r) => r.article)).toContain('harlow/zoo-strike-bulletin');
    expect(whole.body.results.map((r) => r.article)).not.toContain('cardell-post');

    expect((await post<Problem>('/api/check', { story: flood.id })).status).toBe(400);
    expect((await post<Problem>('/api/check', '{"claim": ')).body.ruleId).toBe('invalid-json');
    expect((await post<Problem>('/api/check', { claim: 'x' }, server.url, 'text/plain')).status).toBe(415);
    expect((await post<Problem>('/api/check', { claim: 'Pipes burst', story: 'nope' })).body).toEqual({ reason: 'no story "nope" in the store', ruleId: 'unknown-story', fatal: true });
  });

  it('refuses corrections unless started with allowWrite', async () => {
    const res = await post<Problem>('/api/corrections', { kind: 'split', story: flood.id, articles: ['valley-wire'] });
    expect(res.status).toBe(403);
    expect(res.body.ruleId).toBe('read-only');
    expect(await store.listCorrections()).toEqual([]);
    const method = await fetch(`${server.url}/api/stories`, { method: 'DELETE' });
    expect(method.status).toBe(405);
    expect(method.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('web UI', () => {
  it('lists stories with every title escaped', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/html/);
    expect(res.text).toContain('Harlow zoo keepers &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; walk out over pay');
    expect(res.text).not.toContain('<script>alert');
    expect(res.text).toContain(`href="/stories/${flood.id}"`);
    expect(res.text).toMatch(/<label>Text <input name="q"/);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'; script-src 'self'/);
    const filtered = await get('/?q=%3Cscript%3E');
    expect(filtered.text).toContain('value="&lt;script&gt;"');
  });

  it('shows the story report with navigation, article links and escaped text', async () => {
    const res = await get(`/stories/${flood.id}`);
    expect(res.status).toBe(200);
    for (const heading of ['Summary', 'Claim matrix', 'Origins', 'Timeline', 'Entities', 'Duplicates']) expect(res.text).toContain(`<h2>${heading}</h2>`);
    expect(res.text).toContain('<nav class="topnav"');
    expect(res.text).toContain('href="/articles/river-echo"');
    expect(res.text).toContain('&lt;script&gt;alert(&#39;flood&#39;)&lt;/script&gt;');
    expect(res.text).not.toContain("<script>alert('flood')");
    // The report's own inline script is allowed by its hash, nothing else inline.
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    const zooPage = await get(`/stories/${zoo.id}`);
    expect(zooPage.text).not.toContain('<script>alert("x")');
  });

  it('shows an article with its spans highlighted and listed', async () => {
    const res = await get(`/articles/${encodeURIComponent('harlow/zoo-strike-gazette')}`);
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/<span class="[^"]*l-entity[^"]*" title="[^"]*person mira-okafor[^"]*">Mira Okafor<\/span>/);
    expect(res.text).toMatch(/class="[^"]*l-time[^"]*"[^>]*>Tuesday</);
    expect(res.text).toContain('<h1>Harlow zoo keepers &lt;script&gt;');
    expect(res.text).not.toContain('<script>alert');
    expect(res.text).toContain(`href="/stories/${zoo.id}"`);
    expect(res.text).toContain('<input type="checkbox" checked data-layer="claim" aria-controls="text">');
  });

  it('runs searches and checks from forms, and answers unknown pages with a 404 page', async () => {
    expect((await get('/search?q=ninety')).text).toContain('href="/articles/cardell-post"');
    const check = await get(`/check?claim=${encodeURIComponent('Keepers at Harlow City Zoo went on strike')}&story=${zoo.id}`);
    expect(check.status).toBe(200);
    expect(check.text).toMatch(/class="verdict-(supports|discusses)"/);
    const missing = await get('/stories/not-a-story');
    expect(missing.status).toBe(404);
    expect(missing.type).toMatch(/^text\/html/);
    expect(missing.text).toContain('no story &quot;not-a-story&quot; in the store');
    expect((await get('/static/app.js')).type).toMatch(/^text\/javascript/);
  });
});

describe('serve command', () => {
  it('rejects a bad port as a usage error', async () => {
    expect((await cli('serve', '--port', 'eighty')).code).toBe(2);
    expect((await cli('serve', '--port', '70000')).code).toBe(2);
  });
});

describe('corrections with allowWrite', () => {
  it('splits, then merges back, and every later read sees it', async () => {
    const split = await post<{ done: string; correction: { newStory: string } }>('/api/corrections', { kind: 'split', story: flood.id, articles: ['valley-wire'] }, writer.url);
    expect(split.status).toBe(201);
    expect(split.body.done).toBe(`moved 1 article(s) from ${flood.id} to ${flood.id}-split`);
    const after = await getJson<{ items: StoryRow[] }>('/api/stories');
    expect(after.body.items.map((s) => s.articleCount).sort()).toEqual([1, 2, 2]);
    expect((await getJson<{ story: { id: string } }>('/api/articles/valley-wire')).body.story.id).toBe(`${flood.id}-split`);

    const stranger = await post<Problem>('/api/corrections', { kind: 'split', story: flood.id, articles: ['harlow/zoo-strike-bulletin'] }, writer.url);
    expect(stranger.status).toBe(400);
    const badKind = await post<Problem>('/api/corrections', { kind: 'delete', story: flood.id }, writer.url);
    expect(badKind.status).toBe(400);
    const foreign = await fetch(`${writer.url}/api/corrections`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://evil.example' }, body: JSON.stringify({ kind: 'merge', story: flood.id, other: zoo.id }) });
    expect(foreign.status).toBe(403);

    const merge = await post<{ done: string }>('/api/corrections', { kind: 'merge', story: flood.id, other: `${flood.id}-split` }, writer.url);
    expect(merge.status).toBe(201);
    expect((await getJson<StoryRow>(`/api/stories/${flood.id}`)).body.articleCount).toBe(3);
    expect((await getJson<unknown[]>('/api/corrections')).body).toHaveLength(2);
  });
});
