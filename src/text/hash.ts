/**
 * Content hash of an article text: equal hashes mean exact duplicates, even when one copy was
 * re-encoded (curly vs straight quotes, dashes, case, spacing, compatibility characters).
 */
import * as crypto from 'node:crypto';

/**
 * Normalises a text for hashing: NFKC, lower case, typographic quotes and dashes to ASCII,
 * invisible characters removed, whitespace collapsed and trimmed.
 */
export function normaliseForHash(text: string): string {
  let t: string;
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) {
    // ASCII is already NFKC, and the backtick is the only typographic character in it.
    t = text.includes('`') ? text.replace(/`/g, "'") : text;
  } else {
    t = text.replace(TYPOGRAPHIC, typographicReplacement);
    // The replacements are ASCII: text still beyond it pays for normalisation.
    // eslint-disable-next-line no-control-regex
    if (/[^\x00-\x7f]/.test(t)) t = t.normalize('NFKC').replace(TYPOGRAPHIC, typographicReplacement);
  }
  return t.toLowerCase().replace(WHITESPACE_RUN, ' ').trim();
}

/** The ASCII form of a typographic character ({@link TYPOGRAPHIC}); invisible ones are dropped. */
function typographicReplacement(c: string): string {
  return REPLACEMENT[c] ?? '';
}

/**
 * Whitespace runs other than a lone space (a lone space is already its own replacement, and
 * most gaps between words are one): replacing these gives the same text as `/\s+/g`, with far
 * fewer matches. The second class is `\s` without the plain space.
 */
const WHITESPACE_RUN = / \s+|[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]\s*/g;

const TYPOGRAPHIC = /[‘’‚‛′`´“”„‟″«»‐‑‒–—―−…\u200b-\u200d\u2060\ufeff\u00ad]/g;
const REPLACEMENT: Record<string, string> = {};
for (const c of '‘’‚‛′`´') REPLACEMENT[c] = "'";
for (const c of '“”„‟″«»') REPLACEMENT[c] = '"';
for (const c of '‐‑‒–—―−') REPLACEMENT[c] = '-';
REPLACEMENT['…'] = '...';

/** SHA-256 (hex) of the normalised text. */
export function contentHash(text: string): string {
  const norm = normaliseForHash(text);
  return oneShotHash ? oneShotHash('sha256', norm, 'hex') : crypto.createHash('sha256').update(norm, 'utf8').digest('hex');
}

/** `crypto.hash` (Node 20.12+): a one-shot digest without a `Hash` object per call. */
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
