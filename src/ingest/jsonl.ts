/** JSON lines: one article per line, `{"id", "text", "title"?, "published"?, "outlet"?, "url"?, "language"?}`. */
import type { Message, RawDocument } from '../types.js';
import type { DocContext } from './context.js';
import { toIsoDate } from './dates.js';
import { normaliseLanguage } from './htmlmeta.js';
import { fatal, warning } from './messages.js';

const SOURCE = 'ingest:jsonl';

/** What the JSON lines reader produced. */
export interface JsonlRead {
  documents: RawDocument[];
  messages: Message[];
}

const optionalString = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/**
 * Reads JSON lines. Each bad line (invalid JSON, not an object, no id, no text) is a fatal problem
 * for that line only, with `file: "<input>:<line>"`; the other lines go on. A repeated id is
 * reported and the later line skipped. Blank lines are fine; unknown fields are ignored. A file
 * holding one JSON array of such records is read too (`line` is then the record's position).
 */
export function readJsonl(text: string, ctx: DocContext): JsonlRead {
  const array = parseJsonArray(text);
  if (array) return readRecords(array.map((value, i) => ({ n: i + 1, value })), ctx, 'record');
  const records: Array<{ n: number; value?: unknown; error?: string }> = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    try {
      records.push({ n: i + 1, value: JSON.parse(raw) });
    } catch (err) {
      records.push({ n: i + 1, error: (err as Error).message });
    }
  });
  return readRecords(records, ctx, 'line');
}

/** A whole-file JSON array (a `.json` export instead of JSON lines), or null. */
function parseJsonArray(text: string): unknown[] | null {
  if (!text.trimStart().startsWith('[')) return null;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

/** One JSON lines record before validation: parsed, or the parser's error. */
export interface JsonRecord {
  /** 1-based line (or array position). */
  n: number;
  value?: unknown;
  error?: string;
}

/**
 * Turns parsed records (1-based line or array position `n`) into documents and messages.
 * `seen` (id -> first line) carries repeated-id detection across chunks of one streamed file.
 */
export function readRecords(records: JsonRecord[], ctx: DocContext, unit: 'line' | 'record', seen = new Map<string, number>()): JsonlRead {
  const documents: RawDocument[] = [];
  const messages: Message[] = [];
  for (const { n, value, error } of records) {
    const file = `${ctx.input}:${n}`;
    if (error !== undefined) {
      messages.push(fatal('invalid-json', `invalid JSON on ${unit} ${n}: ${error}`, file, SOURCE));
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      messages.push(fatal('not-an-object', `${unit} ${n} is not a JSON object`, file, SOURCE));
      continue;
    }
    const rec = value as Record<string, unknown>;
    const id = typeof rec.id === 'number' ? String(rec.id) : optionalString(rec.id)?.trim();
    if (!id) {
      messages.push(fatal('missing-id', `${unit} ${n} has no "id" (a non-empty string)`, file, SOURCE));
      continue;
    }
    if (typeof rec.text !== 'string' || !rec.text.trim()) {
      messages.push(fatal('missing-text', `${unit} ${n} (id ${id}) has no "text" (a non-empty string)`, file, SOURCE));
      continue;
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      messages.push(warning('repeated-id', `${unit} ${n} repeats the id ${id} of ${unit} ${earlier}: skipped`, file, SOURCE));
      continue;
    }
    seen.set(id, n);
    const docMessages: Message[] = [];
    let published: string | null = null;
    if (rec.published !== undefined && rec.published !== null) {
      published = toIsoDate(rec.published);
      if (published === null) docMessages.push(warning('invalid-date', `${unit} ${n} (id ${id}): "published" is not a date: ${JSON.stringify(rec.published)}`, file, SOURCE));
    }
    documents.push({
      id,
      text: rec.text,
      title: optionalString(rec.title),
      outlet: optionalString(rec.outlet),
      published,
      url: optionalString(rec.url),
      language: normaliseLanguage(optionalString(rec.language)),
      source: { kind: 'jsonl', input: ctx.input, line: n, mediaType: ctx.mediaType, encoding: ctx.encoding },
      messages: docMessages,
    });
  }
  return { documents, messages };
}
