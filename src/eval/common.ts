/**
 * Helpers every evaluation shares: precision / recall / F1 from counts, and the conversion of
 * gold offsets (Unicode code points) to JavaScript string indices.
 */
import { readInputStream } from '../ingest/index.js';
import { prepareArticle } from '../text/prepare.js';
import type { Article, Span } from '../types.js';

/** Precision, recall and F1 from counts (0 where a denominator is 0). */
export function prf(correct: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const p = predicted ? correct / predicted : 0;
  const r = gold ? correct / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/**
 * Maps code-point offsets to UTF-16 string indices for `text` (the identity when the text has
 * no character outside the Basic Multilingual Plane). Offsets past the end map to its length.
 */
export function codePointToIndex(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => Math.min(cp, text.length);
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    map.push(i);
    i += ch.length;
  }
  map.push(i);
  return (cp) => map[Math.min(cp, map.length - 1)];
}

/**
 * The articles of an evaluation file as the product reads them: streamed with the ingest
 * reader (JSON lines of any size), each prepared by the text stage, the first copy of a repeated
 * id kept. A fatal problem of the file (unreadable, not JSON lines, ...) throws an error that
 * names it, so an evaluation never scores an empty or partial read in silence; problems with
 * single records are written to stderr.
 */
export async function readEvalArticles(path: string): Promise<Map<string, Article>> {
  const articles = new Map<string, Article>();
  for await (const r of readInputStream(path)) {
    for (const m of r.messages) {
      const line = `${m.file ?? path}: ${m.reason}${m.ruleId ? ` (${m.ruleId})` : ''}`;
      if (m.fatal && r.documents.length === 0) throw new Error(line);
      process.stderr.write(`${line}\n`);
    }
    for (const raw of r.documents) if (!articles.has(raw.id)) articles.set(raw.id, prepareArticle(raw));
  }
  return articles;
}

/** The character offsets the spans cover. */
export function coverage(spans: readonly Span[]): Set<number> {
  const s = new Set<number>();
  for (const sp of spans) for (let k = sp.start; k < sp.end; k++) s.add(k);
  return s;
}
