/**
 * `triangulate serve`'s HTTP layer (node:http, no framework): routes the JSON API under `/api/`
 * and the web UI pages, parses bodies with a size cap, and answers every failure with a JSON
 * problem record (`{reason, ruleId, fatal}`) or an error page, never a stack trace.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/contract.js';
import { Api, type ApiOptions } from './api.js';
import { ApiError, badRequest, notFound, problemOf } from './errors.js';
import { APP_CSS, APP_JS } from './ui/assets.js';
import { articlePage, articlesPage, checkPage, errorPage, searchPage, storiesPage, storyPage, whyPage } from './ui/pages.js';

/** Options of {@link createApp} and {@link startServer}. */
export interface ServerOptions extends ApiOptions {
  /** Where unexpected errors are logged (default: stderr). */
  log?: (line: string) => void;
  /** Largest accepted request body in bytes (default 1 MiB). */
  maxBodyBytes?: number;
}

type Handler = (req: IncomingMessage, url: URL, rest: string) => Promise<Reply>;
type Reply = { status?: number; json: unknown } | { status?: number; html: string } | { status?: number; body: string; type: string };

/** One route: a method, a path (exact, or a prefix ending in `/` whose rest is an id) and a handler. */
interface Route {
  method: 'GET' | 'POST';
  path: string;
  prefix: boolean;
  handler: Handler;
}

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
};

/** The Content-Security-Policy of an HTML page: its own inline scripts by hash, nothing from elsewhere. */
export function contentSecurityPolicy(html: string): string {
  const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
  return `default-src 'none'; script-src 'self' ${hashes.join(' ')}; style-src 'self' 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;
}

/** The id in the rest of a path (`/api/articles/<id>`): percent-decoded; raw slashes are kept. */
function idOf(rest: string): string {
  let id: string;
  try {
    id = decodeURIComponent(rest);
  } catch {
    throw badRequest('the id in the path is not valid percent-encoding', 'bad-path');
  }
  if (!id) throw notFound('no id in the path');
  return id;
}

/** Reads a JSON object body (with a size cap); 400 for anything else, 413 when too big, 415 for another type. */
async function jsonBody(req: IncomingMessage, maxBytes: number): Promise<Record<string, unknown>> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') throw new ApiError(415, 'unsupported-media-type', 'send the body as JSON (Content-Type: application/json)');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new ApiError(413, 'too-large', `the body is over ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (err) {
    throw badRequest(`the body is not valid JSON: ${(err as Error).message}`, 'invalid-json');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badRequest('the body must be a JSON object', 'invalid-json');
  return value as Record<string, unknown>;
}

/**
 * A write from a browser must come from this server's own pages: a request with an `Origin`
 * header naming another host is refused (cross-site forms and scripts).
 */
function checkOrigin(req: IncomingMessage): void {
  const origin = req.headers.origin;
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    host = '';
  }
  if (host !== req.headers.host) throw new ApiError(403, 'cross-origin', 'cross-origin writes are refused');
}

/** The routes: the JSON API, the static assets and the UI pages. */
function routes(api: Api, maxBody: number): Route[] {
  const get = (path: string, handler: Handler): Route => ({ method: 'GET', path: path.replace(/\/$/, ''), prefix: path.endsWith('/') && path !== '/', handler });
  const post = (path: string, handler: Handler): Route => ({ method: 'POST', path, prefix: false, handler });
  return [
    get('/api/status', async () => ({ json: await api.status() })),
    get('/api/stories', async (_r, url) => ({ json: await api.stories(url.searchParams) })),
    get('/api/stories/', async (_r, _u, rest) => ({ json: await api.story(idOf(rest)) })),
    get('/api/articles', async (_r, url) => ({ json: await api.articles(url.searchParams) })),
    get('/api/articles/', async (_r, url, rest) => ({ json: await api.article(idOf(rest), url.searchParams) })),
    get('/api/search', async (_r, url) => ({ json: await api.searchHits(url.searchParams) })),
    get('/api/why', async (_r, url) => ({ json: await api.why(url.searchParams) })),
    post('/api/check', async (req) => ({ json: await api.check(await jsonBody(req, maxBody)) })),
    get('/api/corrections', async () => ({ json: await api.corrections() })),
    post('/api/corrections', async (req) => {
      checkOrigin(req);
      const body = await jsonBody(req, maxBody);
      return { status: 201, json: await api.addCorrection(body) };
    }),
    get('/static/app.css', async () => ({ body: APP_CSS, type: 'text/css; charset=utf-8' })),
    get('/static/app.js', async () => ({ body: APP_JS, type: 'text/javascript; charset=utf-8' })),
    get('/', async (_r, url) => ({ html: await storiesPage(api, url.searchParams) })),
    get('/stories/', async (_r, _u, rest) => ({ html: await storyPage(api, idOf(rest)) })),
    get('/articles', async (_r, url) => ({ html: await articlesPage(api, url.searchParams) })),
    get('/articles/', async (_r, url, rest) => ({ html: await articlePage(api, idOf(rest), url.searchParams) })),
    get('/search', async (_r, url) => ({ html: await searchPage(api, url.searchParams) })),
    get('/check', async (_r, url) => ({ html: await checkPage(api, url.searchParams) })),
    get('/why', async (_r, url) => ({ html: await whyPage(api, url.searchParams) })),
  ];
}

/** The route for a path, and the rest of the path after a prefix route. */
function match(all: readonly Route[], pathname: string): Array<{ route: Route; rest: string }> {
  const found: Array<{ route: Route; rest: string }> = [];
  for (const route of all) {
    if (route.prefix) {
      if (pathname.startsWith(`${route.path}/`) && pathname.length > route.path.length + 1) found.push({ route, rest: pathname.slice(route.path.length + 1) });
    } else if (pathname === (route.path || '/')) found.push({ route, rest: '' });
  }
  return found;
}

function send(res: ServerResponse, status: number, type: string, body: string, head: boolean, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', ...extra });
  res.end(head ? undefined : body);
}

/** The request handler of the server over one store (see {@link startServer}). */
export function createApp(store: Store, opts: ServerOptions = {}): (req: IncomingMessage, res: ServerResponse) => void {
  const api = new Api(store, opts);
  const log = opts.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const table = routes(api, opts.maxBodyBytes ?? 1 << 20);
  return (req, res) => {
    const head = req.method === 'HEAD';
    const method = head ? 'GET' : req.method ?? 'GET';
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      url = new URL('http://localhost/');
    }
    const isApi = url.pathname === '/api' || url.pathname.startsWith('/api/');
    const fail = (err: unknown, extra: Record<string, string> = {}) => {
      const { status, problem } = problemOf(err);
      if (status >= 500) log(`triangulate serve: ${req.method} ${url.pathname}: ${(err as Error)?.stack ?? String(err)}`);
      if (isApi) send(res, status, 'application/json; charset=utf-8', `${JSON.stringify(problem)}\n`, head, extra);
      else {
        const { html } = errorPage(err, api.allowWrite);
        send(res, status, 'text/html; charset=utf-8', html, head, { 'content-security-policy': contentSecurityPolicy(html), ...extra });
      }
    };
    const found = match(table, url.pathname);
    const route = found.find((f) => f.route.method === method);
    if (!route) {
      if (found.length === 0) return fail(notFound(`no such ${isApi ? 'endpoint' : 'page'}: ${url.pathname}`));
      const allow = [...new Set(found.map((f) => f.route.method))].flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m])).join(', ');
      return fail(new ApiError(405, 'method-not-allowed', `${req.method} is not allowed here (allowed: ${allow})`), { allow });
    }
    route.route.handler(req, url, route.rest).then(
      (reply) => {
        const status = reply.status ?? 200;
        if ('json' in reply) send(res, status, 'application/json; charset=utf-8', `${JSON.stringify(reply.json)}\n`, head);
        else if ('html' in reply) send(res, status, 'text/html; charset=utf-8', reply.html, head, { 'content-security-policy': contentSecurityPolicy(reply.html) });
        else send(res, status, reply.type, reply.body, head, { 'cache-control': 'max-age=300' });
      },
      (err) => {
        if (res.headersSent) return void res.destroy();
        // A body that was not read to its end (a 413, say) would otherwise be left on the socket.
        if (err instanceof ApiError && err.status === 413) res.setHeader('connection', 'close');
        fail(err);
      },
    );
  };
}

/** A running server: its address, and `close()` (which leaves the store open). */
export interface RunningServer {
  server: Server;
  /** `http://host:port` the server listens on. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the HTTP API and web UI over a store on `host:port` (port 0: any free port). */
export async function startServer(store: Store, listen: { port: number; host: string }, opts: ServerOptions = {}): Promise<RunningServer> {
  const server = createServer(createApp(store, opts));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = listen.host.includes(':') ? `[${listen.host}]` : listen.host;
  return {
    server,
    url: `http://${host}:${port}`,
    port,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeAllConnections();
    }),
  };
}
