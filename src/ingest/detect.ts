/**
 * Sniffing: which reader an input needs, decided from its content, its declared Content-Type and
 * its file extension (strong content signals first, then the declarations, then weak content).
 */
import { detectBom, sniffUtf16 } from './decode.js';

/** The formats the ingest readers understand (`xml` is XML of an unsupported kind). */
export type Format = 'html' | 'rss' | 'atom' | 'opml' | 'jsonl' | 'text' | 'xml';

/** A detected format and the media type reported for it. */
export interface Detection {
  format: Format;
  mediaType: string;
}

const MAGIC: Array<{ bytes: number[]; offset?: number; name: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], name: 'a ZIP archive' },
  { bytes: [0x1f, 0x8b], name: 'gzip-compressed data' },
  { bytes: [0x42, 0x5a, 0x68], name: 'bzip2-compressed data' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], name: 'xz-compressed data' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: 'a 7z archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], name: 'a RAR archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'an ELF executable' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an OLE (old Office) document' },
  { bytes: [0x52, 0x49, 0x46, 0x46], name: 'a RIFF media file' },
  { bytes: [0x49, 0x44, 0x33], name: 'an MP3 file' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, name: 'an MP4/QuickTime media file' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20], name: 'an SQLite database' },
  { bytes: [0x77, 0x4f, 0x46, 0x46], name: 'a WOFF font' },
];

/**
 * Explains why the bytes are binary (a known magic number, NUL bytes, many control characters),
 * or returns null when they look like text. UTF-16 text (with or without BOM) is text.
 */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const m of MAGIC) {
    const off = m.offset ?? 0;
    if (bytes.length >= off + m.bytes.length && m.bytes.every((b, i) => bytes[off + i] === b)) return m.name;
  }
  const bom = detectBom(bytes);
  if ((bom && bom.encoding.startsWith('utf-16')) || sniffUtf16(bytes)) return null;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return 'it contains NUL bytes';
    // Tab, LF, VT, FF, CR and ESC occur in text; other C0 controls do not.
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  if (n > 0 && control / n > 0.05) return `${control} of its first ${n} bytes are control characters`;
  return null;
}

/** The name of the root element of an XML or HTML text, lower-cased, or null when it has none. */
export function rootElement(text: string): string | null {
  let s = text.replace(/^\ufeff/, '');
  // Skip the XML declaration, processing instructions, comments and the doctype.
  for (;;) {
    s = s.trimStart();
    if (s.startsWith('<?')) s = s.slice(s.indexOf('?>') + 2 || s.length);
    else if (s.startsWith('<!--')) {
      const end = s.indexOf('-->');
      s = end < 0 ? '' : s.slice(end + 3);
    } else if (/^<!doctype\s+html/i.test(s)) return 'html';
    else if (s.startsWith('<!')) s = s.slice(s.indexOf('>') + 1 || s.length);
    else break;
  }
  const m = /^<([A-Za-z_][\w.:-]*)/.exec(s);
  return m ? m[1].toLowerCase() : null;
}

const MEDIA: Record<Format, string> = {
  html: 'text/html',
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  opml: 'text/x-opml',
  jsonl: 'application/x-ndjson',
  text: 'text/plain',
  xml: 'application/xml',
};

function fromRoot(root: string | null): Format | null {
  if (root === null) return null;
  if (root === 'rss' || root === 'rdf:rdf') return 'rss';
  if (root === 'feed' || root.endsWith(':feed')) return 'atom';
  if (root === 'opml') return 'opml';
  if (root === 'html') return 'html';
  return null;
}

function fromContentType(contentType: string | undefined): Format | 'xml-any' | null {
  const type = contentType?.split(';')[0].trim().toLowerCase();
  if (!type) return null;
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/rss+xml' || type === 'application/rdf+xml') return 'rss';
  if (type === 'application/atom+xml') return 'atom';
  if (type === 'text/x-opml' || type === 'application/x-opml' || type === 'text/x-opml+xml') return 'opml';
  if (/^application\/(x-)?(nd)?json(l|-seq|lines)?$/.test(type) || type === 'application/jsonl') return 'jsonl';
  if (type === 'application/xml' || type === 'text/xml') return 'xml-any';
  if (type.startsWith('text/')) return 'text';
  return null;
}

function fromExtension(fileName: string | undefined): Format | 'xml-any' | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName ?? '')?.[1].toLowerCase();
  if (!ext) return null;
  if (['html', 'htm', 'xhtml', 'shtml'].includes(ext)) return 'html';
  if (ext === 'rss') return 'rss';
  if (ext === 'atom') return 'atom';
  if (ext === 'opml') return 'opml';
  if (['jsonl', 'ndjson', 'json'].includes(ext)) return 'jsonl';
  if (ext === 'xml') return 'xml-any';
  if (['txt', 'text', 'md', 'markdown'].includes(ext)) return 'text';
  return null;
}

function looksLikeJsonLines(text: string): boolean {
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '');
  return first !== undefined && first.trimStart().startsWith('{');
}

function looksLikeHtml(text: string): boolean {
  const head = text.trimStart().slice(0, 2000);
  return head.startsWith('<') && /<(p|div|body|head|article|meta|title|section|span|h[1-6]|main|header)\b/i.test(head);
}

function isMarkdown(fileName: string | undefined, contentType: string | undefined): boolean {
  return /\.(md|markdown)$/i.test(fileName ?? '') || /^text\/markdown/i.test(contentType ?? '');
}

/**
 * Decides the format of decoded text. Strong content signals (an RSS/Atom/OPML/HTML root element
 * or doctype) win; then the Content-Type, then the file extension; then weak content signals.
 */
export function detectFormat(text: string, hints: { contentType?: string; fileName?: string } = {}): Detection {
  const root = rootElement(text);
  const strong = fromRoot(root);
  if (strong) return { format: strong, mediaType: MEDIA[strong] };
  const startsXml = /^\s*<\?xml/i.test(text.replace(/^\ufeff/, ''));
  const declared = fromContentType(hints.contentType) ?? fromExtension(hints.fileName);
  if (declared === 'xml-any' || (startsXml && root !== null)) return { format: 'xml', mediaType: MEDIA.xml };
  if (declared === 'jsonl' && !looksLikeJsonLines(text) && looksLikeHtml(text)) return { format: 'html', mediaType: MEDIA.html };
  if (declared) {
    const mediaType = declared === 'text' && isMarkdown(hints.fileName, hints.contentType) ? 'text/markdown' : MEDIA[declared];
    return { format: declared, mediaType };
  }
  if (looksLikeJsonLines(text)) return { format: 'jsonl', mediaType: MEDIA.jsonl };
  if (looksLikeHtml(text)) return { format: 'html', mediaType: MEDIA.html };
  return { format: 'text', mediaType: MEDIA.text };
}
