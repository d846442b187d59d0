import { describe, expect, it } from 'vitest';
import { detectFormat, rootElement, sniffBinary } from './detect.js';

describe('sniffBinary', () => {
  it('recognises known magic numbers', () => {
    expect(sniffBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toMatch(/PNG/);
    expect(sniffBinary(Buffer.from('%PDF-1.7\n%\xe2\xe3'))).toMatch(/PDF/);
    expect(sniffBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0]))).toMatch(/ZIP/);
  });

  it('flags NUL bytes and control characters, not text', () => {
    expect(sniffBinary(Buffer.from('abc\u0000def'))).toMatch(/NUL/);
    const noisy = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 2 : 65));
    expect(sniffBinary(noisy)).toMatch(/control characters/);
    expect(sniffBinary(Buffer.from('Plain news text.\r\n\tIndented line.'))).toBeNull();
    expect(sniffBinary(Buffer.from('Київ оголосив тендер', 'utf8'))).toBeNull();
  });

  it('does not call UTF-16 text binary', () => {
    expect(sniffBinary(new Uint8Array([0xff, 0xfe, ...Buffer.from('The vote passed.', 'utf16le')]))).toBeNull();
    expect(sniffBinary(new Uint8Array(Buffer.from('The vote passed narrowly on Tuesday.', 'utf16le')))).toBeNull();
  });
});

describe('detectFormat', () => {
  it('knows feeds, OPML and HTML by their root element whatever the extension', () => {
    expect(detectFormat('<?xml version="1.0"?>\n<!-- feed -->\n<rss version="2.0"><channel/></rss>', { fileName: 'x.txt' }).format).toBe('rss');
    expect(detectFormat('<feed xmlns="http://www.w3.org/2005/Atom"></feed>').format).toBe('atom');
    expect(detectFormat('<rdf:RDF xmlns:rdf="x"></rdf:RDF>').format).toBe('rss');
    expect(detectFormat('<?xml version="1.0"?><opml version="2.0"></opml>', { fileName: 'subs.xml' }).format).toBe('opml');
    expect(detectFormat('<!DOCTYPE html><html><body><p>x</p></body></html>', { fileName: 'a.txt' }).format).toBe('html');
    expect(rootElement('\ufeff<?xml version="1.0"?><!DOCTYPE rss><rss/>')).toBe('rss');
  });

  it('uses the Content-Type and the extension when the content is not decisive', () => {
    expect(detectFormat('{"id":"a","text":"b"}', { fileName: 'x.jsonl' })).toEqual({ format: 'jsonl', mediaType: 'application/x-ndjson' });
    expect(detectFormat('<p>Fragment of a page</p>', { contentType: 'text/html; charset=utf-8' }).format).toBe('html');
    expect(detectFormat('# Heading\n\nBody', { fileName: 'story.md' })).toEqual({ format: 'text', mediaType: 'text/markdown' });
    expect(detectFormat('{"id": 1}', { fileName: 'story.txt' }).format).toBe('text');
    expect(detectFormat('<catalog><book/></catalog>', { fileName: 'books.xml' }).format).toBe('xml');
  });

  it('falls back to content: JSON lines, HTML fragments, else plain text', () => {
    expect(detectFormat('\n{"id":"a","text":"The mayor resigned."}\n').format).toBe('jsonl');
    expect(detectFormat('<div class="story"><p>The mayor resigned.</p></div>').format).toBe('html');
    expect(detectFormat('The mayor resigned on Tuesday <after> a long row.').format).toBe('text');
  });
});
