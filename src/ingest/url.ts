/**
 * Fetching a URL: redirects followed by hand (up to a limit, loops caught), one timeout for the
 * whole exchange, the body streamed and cut off past the size cap. Every failure is a message.
 */
import type { Message } from '../types.js';
import { fatal, formatMegabytes } from './messages.js';
import { ACCEPT, type ResolvedOptions } from './options.js';

const SOURCE = 'ingest:url';

/** A fetched body. */
export interface Fetched {
  ok: true;
  bytes: Uint8Array;
  /** The URL the body came from, after redirects. */
  finalUrl: string;
  contentType?: string;
}

/** A failed fetch: one fatal message (`fetch-failed`, `http-status`, `too-many-redirects`, `timeout`, `too-large`). */
export interface FetchFailed {
  ok: false;
  message: Message;
}

/** True for an http(s) URL. */
export function isHttpUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** Describes why fetch threw: the underlying system error code and message when there is one. */
function causeOf(err: unknown): string {
  const e = err as { message?: string; cause?: { code?: string; message?: string } };
  const cause = e.cause;
  if (cause?.code || cause?.message) return [cause.code, cause.message].filter(Boolean).join(': ');
  return e.message ?? String(err);
}

/** Reads a body stream, stopping as soon as it passes `maxBytes` (then returns null). */
async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.byteLength;
  }
  return out;
}

/** Fetches one http(s) URL under the limits of `opts`. Never throws. */
export async function fetchUrl(url: string, opts: ResolvedOptions): Promise<Fetched | FetchFailed> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, opts.timeoutMs);
  const fail = (ruleId: string, reason: string): FetchFailed => ({ ok: false, message: fatal(ruleId, reason, url, SOURCE) });
  const cap = formatMegabytes(opts.maxBytes);
  try {
    const chain = [url];
    let current = url;
    for (;;) {
      const res = await opts.fetch(current, {
        redirect: 'manual',
        signal: controller.signal,
        headers: { 'User-Agent': opts.userAgent, Accept: ACCEPT },
      });
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        const location = res.headers.get('location');
        await res.body?.cancel().catch(() => undefined);
        if (!location) return fail('http-status', `HTTP ${res.status} redirect without a Location header from ${current}`);
        let next: string;
        try {
          next = new URL(location, current).href;
        } catch {
          return fail('fetch-failed', `could not fetch ${url}: invalid redirect location "${location}"`);
        }
        if (!isHttpUrl(next)) return fail('fetch-failed', `could not fetch ${url}: redirected to a non-http(s) URL ${next}`);
        if (chain.includes(next)) return fail('too-many-redirects', `redirect loop fetching ${url}: ${[...chain, next].join(' -> ')}`);
        if (chain.length > opts.maxRedirects) return fail('too-many-redirects', `too many redirects fetching ${url}: more than ${opts.maxRedirects}`);
        chain.push(next);
        current = next;
        continue;
      }
      if (res.status < 200 || res.status >= 300) {
        await res.body?.cancel().catch(() => undefined);
        return fail('http-status', `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''} for ${current}`);
      }
      const length = Number(res.headers.get('content-length'));
      if (Number.isFinite(length) && length > opts.maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        return fail('too-large', `${url} is too large: ${formatMegabytes(length)}, over the ${cap} cap`);
      }
      const bytes = res.body ? await readCapped(res.body, opts.maxBytes) : new Uint8Array(0);
      if (bytes === null) return fail('too-large', `${url} is too large: more than ${cap}, over the ${cap} cap (stopped reading)`);
      return { ok: true, bytes, finalUrl: current, contentType: res.headers.get('content-type') ?? undefined };
    }
  } catch (err) {
    if (timedOut) return fail('timeout', `timed out fetching ${url}: no complete response within ${opts.timeoutMs / 1000} s`);
    return fail('fetch-failed', `could not fetch ${url}: ${causeOf(err)}`);
  } finally {
    clearTimeout(timer);
  }
}
