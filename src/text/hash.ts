/**
 * Content hash of an article text: equal hashes mean exact duplicates, even when one copy was
 * re-encoded (curly vs straight quotes, dashes, case, spacing, compatibility characters).
 */
import { createHash } from 'node:crypto';

/**
 * Normalises a text for hashing: NFKC, lower case, typographic quotes and dashes to ASCII,
 * invisible characters removed, whitespace collapsed and trimmed.
 */
export function normaliseForHash(text: string): string {
  let t = text.replace(TYPOGRAPHIC, (c) => REPLACEMENT[c] ?? '');
  // ASCII is already NFKC; only other text pays for normalisation.
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(t)) t = t.normalize('NFKC').replace(TYPOGRAPHIC, (c) => REPLACEMENT[c] ?? '');
  return t.toLowerCase().replace(/\s+/g, ' ').trim();
}

const TYPOGRAPHIC = /[‘’‚‛′`´“”„‟″«»‐‑‒–—―−…\u200b-\u200d\u2060\ufeff\u00ad]/g;
const REPLACEMENT: Record<string, string> = {};
for (const c of '‘’‚‛′`´') REPLACEMENT[c] = "'";
for (const c of '“”„‟″«»') REPLACEMENT[c] = '"';
for (const c of '‐‑‒–—―−') REPLACEMENT[c] = '-';
REPLACEMENT['…'] = '...';

/** SHA-256 (hex) of the normalised text. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseForHash(text), 'utf8').digest('hex');
}
