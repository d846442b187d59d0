/**
 * Bytes to string: BOM, declared charset (HTTP Content-Type, `<meta charset>`, XML declaration),
 * valid UTF-8, else a guess between the legacy Cyrillic code pages and windows-1252.
 */
import iconv from 'iconv-lite';
import type { Message } from '../types.js';
import { fatal, warning } from './messages.js';

const SOURCE = 'ingest:decode';

/** Where a charset was declared, for messages. */
export type CharsetOrigin = 'bom' | 'header' | 'document' | 'detected' | 'guessed';

/** A successful decoding. */
export interface Decoded {
  ok: true;
  /** The decoded text, a leading BOM removed. */
  text: string;
  /** Canonical lower-case name of the encoding used, e.g. `utf-8`, `windows-1251`. */
  encoding: string;
  origin: CharsetOrigin;
  messages: Message[];
}

/** A failed decoding (an unknown declared encoding). */
export interface DecodeFailure {
  ok: false;
  message: Message;
}

/** Reads the `charset` parameter of a Content-Type value, lower-cased, or null. */
export function charsetFromContentType(contentType: string | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType);
  return m ? m[1].toLowerCase() : null;
}

/** Finds a charset declared inside the document (`<meta charset>`, `http-equiv`, `<?xml encoding>`). */
export function charsetFromDocument(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1].toLowerCase();
  const meta = /<meta[^>]+charset\s*=\s*["']?([^"'\s/>;]+)/i.exec(head);
  if (meta) return meta[1].toLowerCase();
  return null;
}

/** Detects a byte-order mark: the encoding and the BOM's length, or null. */
export function detectBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * Recognises UTF-16 without a BOM: in mostly-ASCII UTF-16 text, one byte of every pair is NUL.
 * Returns `utf-16le`, `utf-16be` or null.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** True when the bytes are well-formed UTF-8. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const COMMON_CYRILLIC = new Set('оеаинтсрвлкмдпуяызьгбчйхжшюцщэфёъіїєґ');
const KOI8U_ONLY_BYTES = new Set([0xa4, 0xa6, 0xa7, 0xad, 0xb4, 0xb6, 0xb7, 0xbd]);

/** Counts common lower-case Cyrillic letters inside words written wholly in Cyrillic. */
export function cyrillicScore(text: string): number {
  let score = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const word = m[0];
    if (word.length < 2 || !/^[\u0400-\u04ff]+$/.test(word)) continue;
    for (const ch of word) if (COMMON_CYRILLIC.has(ch)) score++;
  }
  return score;
}

/**
 * Guesses the encoding of non-UTF-8 bytes: windows-1251 or koi8-u/koi8-r when one of them yields
 * mostly common lower-case Cyrillic letters, else windows-1252.
 */
export function guessLegacyEncoding(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes);
  let high = 0;
  let koi8uOnly = false;
  for (const b of bytes) {
    if (b >= 0x80) high++;
    if (KOI8U_ONLY_BYTES.has(b)) koi8uOnly = true;
  }
  if (high === 0) return 'windows-1252';
  const koi8 = koi8uOnly ? 'koi8-u' : 'koi8-r';
  const scores = [
    { enc: 'windows-1251', score: cyrillicScore(iconv.decode(buf, 'windows-1251')) },
    { enc: koi8, score: cyrillicScore(iconv.decode(buf, koi8)) },
  ].sort((a, b) => b.score - a.score);
  return scores[0].score >= high * 0.3 ? scores[0].enc : 'windows-1252';
}

/** Canonical name for a declared label; the labels HTML treats as windows-1252 map to it. */
function canonicalLabel(label: string): string {
  const l = label.trim().toLowerCase().replace(/^x-/, '');
  if (['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'us-ascii', 'ascii', 'l1'].includes(l)) return 'windows-1252';
  if (l === 'utf8') return 'utf-8';
  if (l === 'cp1251' || l === 'win-1251') return 'windows-1251';
  if (l === 'cp1252') return 'windows-1252';
  return l;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  const text = encoding === 'utf-8' ? new TextDecoder('utf-8').decode(bytes) : iconv.decode(Buffer.from(bytes), encoding);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Decodes the bytes of one input. `contentType` is the HTTP Content-Type when there is one.
 * An unknown declared encoding is a fatal `unknown-encoding` problem.
 */
export function decodeBytes(bytes: Uint8Array, file: string, contentType?: string): Decoded | DecodeFailure {
  const messages: Message[] = [];
  const bom = detectBom(bytes);
  if (bom) {
    return { ok: true, text: decodeWith(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding, origin: 'bom', messages };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { ok: true, text: decodeWith(bytes, utf16), encoding: utf16, origin: 'detected', messages };

  const fromHeader = charsetFromContentType(contentType);
  const fromDoc = fromHeader ? null : charsetFromDocument(bytes);
  const declared = fromHeader ?? fromDoc;
  if (declared) {
    let label = canonicalLabel(declared);
    // A document cannot declare itself UTF-16 in ASCII-compatible bytes: HTML reads it as UTF-8.
    if (fromDoc && label.startsWith('utf-16')) label = 'utf-8';
    if (!iconv.encodingExists(label)) {
      const where = fromHeader ? 'in the Content-Type header' : 'in the document';
      return { ok: false, message: fatal('unknown-encoding', `unknown character encoding "${declared}" declared ${where} of ${file}`, file, SOURCE) };
    }
    if (label === 'utf-8' && !isValidUtf8(bytes)) {
      const guessed = guessLegacyEncoding(bytes);
      messages.push(warning('encoding-mismatch', `${file} declares UTF-8 but is not valid UTF-8; decoded as ${guessed}`, file, SOURCE));
      return { ok: true, text: decodeWith(bytes, guessed), encoding: guessed, origin: 'guessed', messages };
    }
    return { ok: true, text: decodeWith(bytes, label), encoding: label, origin: fromHeader ? 'header' : 'document', messages };
  }
  if (isValidUtf8(bytes)) return { ok: true, text: decodeWith(bytes, 'utf-8'), encoding: 'utf-8', origin: 'detected', messages };
  const guessed = guessLegacyEncoding(bytes);
  return { ok: true, text: decodeWith(bytes, guessed), encoding: guessed, origin: 'guessed', messages };
}
