import http from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInput, USER_AGENT } from './index.js';

const CYRILLIC_PAGE = `<!DOCTYPE html><html lang="ru"><head><title>Новости</title></head><body><article>
<h1>В городе открылся новый мост</h1>
<p>Новый пешеходный мост через реку открыли в субботу утром, сообщили в городской администрации.</p>
<p>Строительство заняло полтора года и обошлось дешевле, чем планировалось изначально.</p>
</article></body></html>`;

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Metro Desk</title>
<item><guid>m-1</guid><title>Night buses extended</title><link>/night-buses</link><description>Night buses will run until 3am on weekends from December.</description></item>
</channel></rss>`;

let server: http.Server;
let base = '';
const seenAgents: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seenAgents.push(String(req.headers['user-agent']));
    const url = req.url ?? '/';
    if (url === '/article') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=windows-1251' });
      res.end(iconv.encode(CYRILLIC_PAGE, 'windows-1251'));
    } else if (url === '/feed.xml') {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      res.end(FEED);
    } else if (url.startsWith('/hop/')) {
      const n = Number(url.slice(5));
      res.writeHead(302, { Location: n > 1 ? `/hop/${n - 1}` : '/article' });
      res.end();
    } else if (url === '/loop-a') {
      res.writeHead(301, { Location: '/loop-b' });
      res.end();
    } else if (url === '/loop-b') {
      res.writeHead(301, { Location: `${base}/loop-a` });
      res.end();
    } else if (url === '/slow') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('The first half of the story arrives');
      setTimeout(() => res.end(' and the rest much later.'), 2000).unref();
    } else if (url === '/huge') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = (): void => {
        while (sent < 40 && res.write(chunk)) sent++;
        if (sent >= 40) res.end();
        else res.once('drain', pump);
      };
      pump();
    } else if (url === '/declared-huge') {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': String(13 * 1024 * 1024) });
      res.end();
    } else if (url === '/empty') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end();
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const only = async (input: string, opts = {}) => {
  const results = await readInput(input, opts);
  expect(results).toHaveLength(1);
  return results[0];
};

describe('readInput: URLs', () => {
  it('reads a windows-1251 page declared in the Content-Type header, id = the URL, with our User-Agent', async () => {
    const r = await only(`${base}/article`);
    expect(r.failed).toBe(false);
    expect(r.documents[0]).toMatchObject({
      id: `${base}/article`, url: `${base}/article`, title: 'В городе открылся новый мост', language: 'ru',
      source: { kind: 'url', input: `${base}/article`, mediaType: 'text/html', encoding: 'windows-1251' },
    });
    expect(r.documents[0].text).toContain('Новый пешеходный мост через реку открыли в субботу утром, сообщили в городской администрации.');
    expect(seenAgents.at(-1)).toBe(USER_AGENT);
  });

  it('follows redirects up to the limit and uses the final URL', async () => {
    const r = await only(`${base}/hop/3`);
    expect(r.input).toBe(`${base}/hop/3`);
    expect(r.documents[0].id).toBe(`${base}/article`);
    const tooMany = await only(`${base}/hop/3`, { maxRedirects: 2 });
    expect(tooMany.messages[0]).toMatchObject({ ruleId: 'too-many-redirects', fatal: true, file: `${base}/hop/3` });
  });

  it('stops a redirect loop', async () => {
    const r = await only(`${base}/loop-a`);
    expect(r.messages[0]).toMatchObject({ ruleId: 'too-many-redirects', fatal: true });
    expect(r.messages[0].reason).toMatch(/loop/);
  });

  it('reports HTTP errors, timeouts, oversized bodies, empty bodies and unreachable hosts', async () => {
    const notFound = await only(`${base}/missing`);
    expect(notFound.messages[0]).toMatchObject({ ruleId: 'http-status', fatal: true });
    expect(notFound.messages[0].reason).toMatch(/HTTP 404/);

    const slow = await only(`${base}/slow`, { timeoutMs: 300 });
    expect(slow.messages[0]).toMatchObject({ ruleId: 'timeout', fatal: true, file: `${base}/slow` });

    const huge = await only(`${base}/huge`, { maxBytes: 1024 * 1024 });
    expect(huge.messages[0]).toMatchObject({ ruleId: 'too-large', fatal: true });
    const declared = await only(`${base}/declared-huge`);
    expect(declared.messages[0].reason).toContain('13 MB, over the 10 MB cap');

    expect((await only(`${base}/empty`)).messages[0].ruleId).toBe('empty-file');

    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await only(`http://127.0.0.1:${port}/`);
    expect(refused.messages[0]).toMatchObject({ ruleId: 'fetch-failed', fatal: true });
    expect(refused.messages[0].reason).toMatch(/ECONNREFUSED/);
  });

  it('reads a feed by its Content-Type, resolving relative item links against the feed URL', async () => {
    const r = await only(`${base}/feed.xml`);
    expect(r.documents[0]).toMatchObject({ id: `${base}/feed.xml#m-1`, url: `${base}/night-buses`, outlet: 'Metro Desk', source: { kind: 'rss', feed: `${base}/feed.xml` } });
  });

  it('uses an injected fetch', async () => {
    const fake: typeof fetch = async () => new Response('Injected body text about the tram strike.', { headers: { 'Content-Type': 'text/plain' } });
    const r = await only('https://offline.invalid/story', { fetch: fake });
    expect(r.documents[0]).toMatchObject({ id: 'https://offline.invalid/story', text: 'Injected body text about the tram strike.' });
  });
});
