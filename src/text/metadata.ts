/**
 * Leading metadata lines of a news text: `Date: 2025-11-22`, `Title: ...`, `Source: ...`, a
 * bare date line (`May 03, 2013`), a byline (`By Jane Doe`), a URL line, and a date prefix
 * before the first sentence on the same line (`date 2025-11-22 As early as ...`). Each becomes a
 * `metadata` mark; the values fill article fields the input did not declare.
 */
import type { Mark, Span } from '../types.js';
import { normaliseDate, parseDateAt } from './dates.js';
import { endsWithTerminal, isBlank, type Line } from './lines.js';

/** Values read from metadata lines (raw strings except `published`, which is ISO). */
export interface MetadataFields {
  title?: string;
  titleSpan?: Span;
  published?: string;
  /** An `Updated:` date (ISO): not the publication date, but close to it. */
  updated?: string;
  outlet?: string;
  outletSpan?: Span;
  url?: string;
  language?: string;
  author?: string;
}

/** Metadata marks and the values they carry. */
export interface MetadataResult {
  marks: Mark[];
  fields: MetadataFields;
}

/** How many non-blank lines at the top are examined. */
const LEAD_LINES = 8;

const KEYED =
  /^(date|dated|published(?: on| at)?|publication date|posted(?: on| at)?|updated|last updated|modified|title|headline|outlet|source|publisher|publication|url|link|language|lang|author|authors|by|byline|written by)\s*:\s*(.*)$/i;
const DATE_KEY = /^(?:date|dated|(?:originally |first )?published(?: on| at)?|publication date|posted(?: on| at)?|released?|updated|last updated|modified)\b\s*:?\s*/i;
const URL_LINE = /^(?:(?:url|link|source)\s*:\s*)?(https?:\/\/\S+|www\.\S+\.\S+)$/i;
const RELATIVE_STAMP = /^(?:updated|published|posted|last updated)\b[^.]{0,40}\bago$/i;
const NAME_TOKEN = /^[\p{Lu}][\p{L}'’.-]*,?$/u;
const BYLINE_JOINERS = new Set(['and', '&', 'de', 'van', 'von', 'der', 'da', 'del', 'bin', 'al', '|', ',', '-', '–', '—']);

interface LineHit {
  span: Span;
  rule: string;
  fields: MetadataFields;
}

function keyOf(k: string): string {
  return k.toLowerCase().replace(/\s+(?:on|at)$/, '');
}

/** A keyed line (`Key: value`). */
function readKeyed(line: Line): LineHit | null {
  const m = KEYED.exec(line.text);
  if (!m) return null;
  const key = keyOf(m[1]);
  const rawValue = m[2];
  const lead = rawValue.length - rawValue.trimStart().length;
  const value = rawValue.trim();
  const valueStart = line.contentStart + line.text.length - rawValue.length + lead;
  const valueSpan = { start: valueStart, end: valueStart + value.length };
  const fields: MetadataFields = {};
  const span = { start: line.contentStart, end: line.contentEnd };
  if (/^(?:date|dated|published|publication date|posted)$/.test(key)) {
    // A keyed date followed by body text on the same line is a prefix: handled by readPrefix.
    const iso = normaliseDate(value);
    if (!iso && parseDateAt(value, 0)) return null;
    if (iso) fields.published = iso;
    return { span, rule: 'metadata-date', fields };
  }
  if (/^(?:updated|last updated|modified)$/.test(key)) {
    const iso = normaliseDate(value);
    if (!iso && parseDateAt(value, 0)) return null;
    return { span, rule: 'metadata-updated', fields: iso ? { updated: iso } : {} };
  }
  if (!value) return { span, rule: `metadata-${key.replace(/\s+/g, '-')}`, fields };
  if (key === 'title' || key === 'headline') {
    fields.title = value;
    fields.titleSpan = valueSpan;
  } else if (key === 'outlet' || key === 'publisher' || key === 'publication' || key === 'source') {
    if (/^https?:\/\//i.test(value)) fields.url = value;
    else if (value.split(/\s+/).length <= 6) {
      const name = value.replace(/[.\s]+$/, '');
      fields.outlet = name;
      fields.outletSpan = { start: valueStart, end: valueStart + name.length };
    }
  } else if (key === 'url' || key === 'link') fields.url = value;
  else if (key === 'language' || key === 'lang') fields.language = value;
  else fields.author = value;
  return { span, rule: `metadata-${key.replace(/\s+/g, '-')}`, fields };
}

/**
 * A date key with a date, followed by body text on the same line: ` date 2025-11-22 As early
 * as ...`. Only the key and the date are marked.
 */
function readPrefix(line: Line): LineHit | null {
  const m = DATE_KEY.exec(line.text);
  if (!m) return null;
  const found = parseDateAt(line.text, m[0].length);
  if (!found) return null;
  const rest = line.text.slice(found.end);
  if (!/^\s+[\p{Lu}\p{N}"“‘«(]/u.test(rest) && rest.trim() !== '') return null;
  const key = keyOf(m[0].replace(/[:\s]+$/, ''));
  const fields: MetadataFields = /updated|modified/.test(key) ? { updated: found.iso } : { published: found.iso };
  return { span: { start: line.contentStart, end: line.contentStart + found.end }, rule: 'metadata-date-prefix', fields };
}

/**
 * A line made only of dates and short labels: `May 03, 2013`, `Friday, 3 May 2013 14:30`,
 * `Xinhua | Updated: 2017-09-15 17:52`.
 */
function readDateLine(line: Line): LineHit | null {
  const segments = line.text.split(/\s+[|·•]\s+|\s+[-–—]\s+(?=\S+\s*:)/);
  let published: string | undefined;
  let updated: string | undefined;
  for (const seg of segments) {
    const km = DATE_KEY.exec(seg);
    const body = km ? seg.slice(km[0].length) : seg.replace(/^(?:on|at)\s+/i, '');
    const iso = normaliseDate(body);
    if (iso) {
      if (km && /updated|modified/i.test(km[0])) updated ??= iso;
      else published ??= iso;
      continue;
    }
    // Other segments: short labels (an agency, an author, a section), no sentence.
    if (seg.split(/\s+/).length > 5 || /[.!?]$/.test(seg)) return null;
  }
  if (!published && !updated) return null;
  return {
    span: { start: line.contentStart, end: line.contentEnd },
    rule: 'metadata-date-line',
    fields: published ? { published } : updated ? { updated } : {},
  };
}

/** `By Jane Doe`, `By Jane Doe and John Roe, Staff Writers`. */
function readByline(line: Line): LineHit | null {
  const m = /^by\s+(.+)$/i.exec(line.text);
  if (!m || !/^By\b/.test(line.text) && !/^BY\b/.test(line.text)) return null;
  const tokens = m[1].split(/\s+/);
  if (tokens.length > 10 || /[.!?]$/.test(m[1]) && !/\b\p{Lu}\.$/u.test(m[1])) return null;
  for (const t of tokens) {
    if (!NAME_TOKEN.test(t) && !BYLINE_JOINERS.has(t.toLowerCase())) return null;
  }
  const author = m[1].split(/\s*[|,]\s*/)[0].trim();
  return { span: { start: line.contentStart, end: line.contentEnd }, rule: 'metadata-byline', fields: { author } };
}

function readUrlLine(line: Line): LineHit | null {
  const m = URL_LINE.exec(line.text);
  if (!m) return null;
  return { span: { start: line.contentStart, end: line.contentEnd }, rule: 'metadata-url', fields: { url: m[1] } };
}

function readStamp(line: Line): LineHit | null {
  if (!RELATIVE_STAMP.test(line.text)) return null;
  return { span: { start: line.contentStart, end: line.contentEnd }, rule: 'metadata-timestamp', fields: {} };
}

/** Reads one whole line as metadata, or returns null. */
export function readMetadataLine(line: Line): LineHit | null {
  return readUrlLine(line) ?? readKeyed(line) ?? readDateLine(line) ?? readByline(line) ?? readStamp(line);
}

function merge(into: MetadataFields, from: MetadataFields): void {
  for (const [k, v] of Object.entries(from) as [keyof MetadataFields, never][]) {
    if (into[k] === undefined) into[k] = v;
  }
}

/**
 * Finds the metadata lines at the top of a text (one headline line may stand among them) and
 * lone URL lines anywhere. Stops at the first body line; a date prefix on the first body line is
 * marked and ends the scan.
 */
export function readMetadata(lines: Line[]): MetadataResult {
  const marks: Mark[] = [];
  const fields: MetadataFields = {};
  let seen = 0;
  let skipped = 0;
  let scanning = true;
  for (const line of lines) {
    if (isBlank(line)) continue;
    if (scanning && seen < LEAD_LINES) {
      seen++;
      const hit = readMetadataLine(line);
      if (hit) {
        marks.push({ ...hit.span, kind: 'metadata', rule: hit.rule });
        merge(fields, hit.fields);
        continue;
      }
      const prefix = readPrefix(line);
      if (prefix) {
        marks.push({ ...prefix.span, kind: 'metadata', rule: prefix.rule });
        merge(fields, prefix.fields);
        scanning = false;
        continue;
      }
      // One non-metadata line (a headline) may stand among the metadata lines.
      // (only before any metadata, or when it reads like a headline rather than a sentence).
      if (skipped === 0 && line.text.split(/\s+/).length <= 30 && (marks.length === 0 || !endsWithTerminal(line.text))) {
        skipped++;
        continue;
      }
      scanning = false;
    }
    const url = readUrlLine(line);
    if (url) {
      marks.push({ ...url.span, kind: 'metadata', rule: url.rule });
      merge(fields, url.fields);
    }
  }
  return { marks, fields };
}
