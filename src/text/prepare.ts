/**
 * The text stage: turns a {@link RawDocument} into an {@link Article}. Pure: the input text is
 * never rewritten; metadata lines, the headline, boilerplate and sentences are spans into it.
 */
import type { Article, IngestOverrides, Mark, Message, RawDocument, Span } from '../types.js';
import { markLineBoilerplate, markStructure } from './boilerplate.js';
import { normaliseDate } from './dates.js';
import { contentHash } from './hash.js';
import { findHeadline } from './headline.js';
import { detectLanguage, englishOnlyMessage, normaliseLanguage } from './language.js';
import { splitLines } from './lines.js';
import { readMetadata } from './metadata.js';
import { inferOutlet } from './outlet.js';
import { splitSentences } from './sentences.js';

const SOURCE = 'text:prepare';

/** First non-empty string among the values. */
function pick(...values: (string | null | undefined)[]): string | null {
  for (const v of values) {
    const t = v?.trim();
    if (t) return t;
  }
  return null;
}

/** The parts of `[0, length)` not covered by any span. */
function complement(length: number, spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let pos = 0;
  for (const s of sorted) {
    if (s.start > pos) out.push({ start: pos, end: s.start });
    pos = Math.max(pos, s.end);
  }
  if (pos < length) out.push({ start: pos, end: length });
  return out;
}

/** A date from the input or an override, normalised when it can be read, kept as given otherwise. */
function dateValue(value: string | null | undefined, messages: Message[], file: string, what: string): string | null {
  const v = value?.trim();
  if (!v) return null;
  const iso = normaliseDate(v);
  if (iso) return iso;
  messages.push({
    reason: `${what} date "${v}" is not a date this tool reads; kept as given`,
    ruleId: 'unreadable-date',
    source: SOURCE,
    file,
    fatal: false,
  });
  return v;
}

/** A sample of body sentences for language detection. */
function bodySample(text: string, sentences: Span[], max = 500): string {
  let out = '';
  for (const s of sentences) {
    out += `${text.slice(s.start, s.end)} `;
    if (out.length >= max) break;
  }
  return out;
}

/**
 * Prepares an article from a raw document: metadata lines, headline, boilerplate marks, body
 * sentences, language, outlet and content hash. Field precedence: `overrides` > the input's own
 * metadata (`raw`) > metadata lines in the text > inferences from the text. `version` is 1 (the
 * store assigns versions).
 */
export function prepareArticle(raw: RawDocument, overrides: IngestOverrides = {}): Article {
  const text = raw.text;
  const file = raw.source.input;
  const messages: Message[] = [...raw.messages];
  const lines = splitLines(text);

  const meta = readMetadata(lines);
  const marks: Mark[] = [...meta.marks];

  // Per-line boilerplate first, so a caption or promo line is never taken as the headline.
  marks.push(...markLineBoilerplate(lines, marks));

  const declaredTitle = pick(raw.title, meta.fields.title);
  const headline = findHeadline(lines, marks, declaredTitle);
  let titleSpan = headline.titleSpan;
  if (!titleSpan && meta.fields.titleSpan && headline.title === meta.fields.title) titleSpan = meta.fields.titleSpan;
  const taken: Span[] = titleSpan ? [...marks, titleSpan] : [...marks];
  marks.push(...markStructure(lines, taken));
  marks.sort((a, b) => a.start - b.start || a.end - b.end);

  const excluded: Span[] = titleSpan ? [...marks, titleSpan] : marks;
  const sentences: Span[] = [];
  for (const region of complement(text.length, excluded)) sentences.push(...splitSentences(text, region.start, region.end));

  // Language: declared, else detected on the body.
  const declaredLanguage = normaliseLanguage(raw.language) ?? normaliseLanguage(meta.fields.language);
  const language = declaredLanguage ?? detectLanguage(bodySample(text, sentences));
  let analysisLimited: boolean | undefined;
  if (language !== 'en' && language !== 'und') {
    analysisLimited = true;
    messages.push(englishOnlyMessage(language, file));
  }

  // Outlet: override, declared, metadata line, else inferred from the text.
  let outlet: string | null = null;
  let outletInferred = false;
  let outletSpan: Span | null = null;
  const declaredOutlet = pick(overrides.outlet, raw.outlet);
  if (declaredOutlet) outlet = declaredOutlet;
  else if (meta.fields.outlet) {
    outlet = meta.fields.outlet;
    outletSpan = meta.fields.outletSpan ?? null;
  } else {
    const inferred = inferOutlet(text, sentences, marks);
    if (inferred) {
      outlet = inferred.name;
      outletInferred = true;
      outletSpan = inferred.span;
    }
  }

  const published =
    dateValue(overrides.published, messages, file, 'override published') ??
    dateValue(raw.published, messages, file, 'published') ??
    meta.fields.published ??
    null;

  if (sentences.length === 0) {
    messages.push({
      reason: text.trim() ? 'no body sentences found in the text' : 'the text is empty',
      ruleId: text.trim() ? 'no-body-text' : 'empty-text',
      source: SOURCE,
      file,
      fatal: false,
    });
  }

  const article: Article = {
    id: raw.id,
    version: 1,
    text,
    title: headline.title,
    titleSpan,
    outlet,
    outletInferred,
    outletSpan,
    published,
    // An `Updated:` stamp is the only date some texts carry: an estimate, never the date itself.
    estimatedPublished: published ? null : (meta.fields.updated ?? null),
    language,
    url: pick(raw.url, meta.fields.url),
    author: pick(raw.author, meta.fields.author),
    categories: raw.categories ? [...raw.categories] : [],
    source: raw.source,
    marks,
    sentences,
    messages,
    contentHash: contentHash(text),
  };
  if (analysisLimited) article.analysisLimited = true;
  return article;
}
