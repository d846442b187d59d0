/**
 * Local inputs: a path (file or directory, walked recursively in sorted order, hidden entries
 * skipped) and standard input, each read under the size cap. Problems are messages.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Message } from '../types.js';
import { fatal, formatMegabytes, note } from './messages.js';

const SOURCE = 'ingest:files';

/** Extensions that are never articles: skipped (with a note) when met inside a directory. */
const NON_TEXT_EXTENSIONS = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'ico', 'tif', 'tiff', 'svg', 'pdf', 'zip', 'gz', 'tgz', 'bz2', 'xz',
  '7z', 'rar', 'tar', 'mp3', 'mp4', 'wav', 'ogg', 'webm', 'mov', 'avi', 'woff', 'woff2', 'ttf', 'otf', 'exe',
  'dll', 'so', 'dylib', 'bin', 'db', 'sqlite', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'class', 'jar',
  'wasm', 'pyc', 'o', 'a', 'DS_Store',
]);

/** The files one path stands for. */
export interface Listing {
  /** Files to read: the path itself, or for a directory its files joined to the path as given. */
  files: string[];
  /** Notes about files skipped inside a directory, and a fatal message when nothing can be read. */
  messages: Message[];
}

/** Lists a path: a file as itself, a directory as its files (recursive, sorted, hidden skipped). */
export async function listPath(input: string): Promise<Listing> {
  let stat;
  try {
    stat = await fs.stat(input);
  } catch (err) {
    return { files: [], messages: [fatal('not-found', `cannot read ${input}: ${describe(err)}`, input, SOURCE)] };
  }
  if (!stat.isDirectory()) return { files: [input], messages: [] };
  const files: string[] = [];
  const messages: Message[] = [];
  const visited = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    const real = await fs.realpath(dir).catch(() => dir);
    if (visited.has(real)) return;
    visited.add(real);
    let entries: string[];
    try {
      entries = (await fs.readdir(dir)).filter((name) => !name.startsWith('.'));
    } catch (err) {
      messages.push(fatal('not-found', `cannot read the directory ${dir}: ${describe(err)}`, dir, SOURCE));
      return;
    }
    entries.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of entries) {
      const full = path.join(dir, name);
      const st = await fs.stat(full).catch(() => null);
      if (st?.isDirectory()) await walk(full);
      else if (NON_TEXT_EXTENSIONS.has(path.extname(name).slice(1).toLowerCase())) {
        messages.push(note('skipped-file', `skipped ${full}: not a text format`, full, SOURCE));
      } else files.push(full);
    }
  };
  await walk(input);
  if (files.length === 0) messages.push(fatal('empty-directory', `the directory ${input} has no files to read`, input, SOURCE));
  return { files, messages };
}

/** Describes a file system error: its code and message. */
function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file or directory';
  if (e.code === 'EACCES') return 'permission denied';
  return e.code ? `${e.code}: ${e.message}` : String(err);
}

/** A loaded input, or the fatal reason it could not be loaded. */
export type Loaded = { ok: true; bytes: Uint8Array } | { ok: false; message: Message };

/** The fatal `too-large` message, e.g. "12.4 MB, over the 10 MB cap". */
export function tooLarge(input: string, size: number | null, maxBytes: number): Message {
  const cap = formatMegabytes(maxBytes);
  const what = size === null ? `more than ${cap}` : formatMegabytes(size);
  return fatal('too-large', `${input} is too large: ${what}, over the ${cap} cap`, input, SOURCE);
}

/** Reads one file, refusing it (without reading) when it is over the cap. */
export async function readFileCapped(file: string, maxBytes: number): Promise<Loaded> {
  try {
    const st = await fs.stat(file);
    if (st.size > maxBytes) return { ok: false, message: tooLarge(file, st.size, maxBytes) };
    return { ok: true, bytes: new Uint8Array(await fs.readFile(file)) };
  } catch (err) {
    return { ok: false, message: fatal('not-found', `cannot read ${file}: ${describe(err)}`, file, SOURCE) };
  }
}

/** Reads a whole stream (standard input), stopping once it passes the cap. */
export async function readStreamCapped(stream: NodeJS.ReadableStream, maxBytes: number, input = '-'): Promise<Loaded> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
      total += buf.length;
      if (total > maxBytes) return { ok: false, message: tooLarge(input, null, maxBytes) };
      chunks.push(buf);
    }
  } catch (err) {
    return { ok: false, message: fatal('not-found', `cannot read standard input: ${(err as Error).message}`, input, SOURCE) };
  }
  return { ok: true, bytes: new Uint8Array(Buffer.concat(chunks)) };
}
