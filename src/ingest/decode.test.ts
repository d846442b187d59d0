import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, charsetFromDocument, decodeBytes, guessLegacyEncoding, sniffUtf16 } from './decode.js';

const UKRAINIAN =
  'Міська рада в четвер ухвалила рішення про ремонт трьох мостів через річку. Роботи розпочнуться навесні, а завершити їх планують до кінця осені, повідомив заступник мера.';
const RUSSIAN =
  'Городская администрация сообщила, что новая линия трамвая откроется в декабре. По словам чиновников, строительство обошлось дешевле, чем планировалось.';
const FRENCH_GERMAN = 'Le conseil municipal a approuvé le budget à l’unanimité. Die Bürger äußerten Bedenken über höhere Gebühren für Müll.';

const enc = (s: string, e: string): Uint8Array => new Uint8Array(iconv.encode(s, e));

describe('decodeBytes', () => {
  it('removes a UTF-8 BOM and reports utf-8', () => {
    const r = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Hello, world')]), 'a.txt');
    expect(r.ok && r.text).toBe('Hello, world');
    expect(r.ok && r.encoding).toBe('utf-8');
  });

  it('decodes UTF-16LE and UTF-16BE with a BOM, and UTF-16LE without one', () => {
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode(RUSSIAN, 'utf-16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode(UKRAINIAN, 'utf-16be')]);
    const leNoBom = enc('Council approves the new budget for the harbour.', 'utf-16le');
    expect(decodeBytes(le, 'x')).toMatchObject({ ok: true, text: RUSSIAN, encoding: 'utf-16le' });
    expect(decodeBytes(be, 'x')).toMatchObject({ ok: true, text: UKRAINIAN, encoding: 'utf-16be' });
    expect(sniffUtf16(leNoBom)).toBe('utf-16le');
    expect(decodeBytes(leNoBom, 'x')).toMatchObject({ ok: true, text: 'Council approves the new budget for the harbour.' });
  });

  it('uses the charset of the Content-Type header', () => {
    const r = decodeBytes(enc(RUSSIAN, 'windows-1251'), 'https://x.example/', 'text/html; charset=windows-1251');
    expect(r).toMatchObject({ ok: true, text: RUSSIAN, encoding: 'windows-1251', origin: 'header' });
  });

  it('uses <meta charset>, http-equiv and the XML declaration', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-u"></head><body>${UKRAINIAN}</body></html>`;
    const r = decodeBytes(enc(html, 'koi8-u'), 'page.html');
    expect(r.ok && r.text).toContain(UKRAINIAN);
    expect(r.ok && r.encoding).toBe('koi8-u');
    expect(charsetFromDocument(Buffer.from('<meta charset="windows-1251">'))).toBe('windows-1251');
    expect(charsetFromDocument(Buffer.from('<?xml version="1.0" encoding="KOI8-R"?><rss/>'))).toBe('koi8-r');
    expect(charsetFromContentType('text/plain; Charset="UTF-8"')).toBe('utf-8');
  });

  it('guesses windows-1251, koi8-u and koi8-r from Cyrillic letter statistics', () => {
    expect(guessLegacyEncoding(enc(RUSSIAN, 'windows-1251'))).toBe('windows-1251');
    expect(guessLegacyEncoding(enc(UKRAINIAN, 'windows-1251'))).toBe('windows-1251');
    expect(guessLegacyEncoding(enc(UKRAINIAN, 'koi8-u'))).toBe('koi8-u');
    expect(guessLegacyEncoding(enc(RUSSIAN, 'koi8-r'))).toBe('koi8-r');
    const r = decodeBytes(enc(UKRAINIAN, 'koi8-u'), 'ua.txt');
    expect(r).toMatchObject({ ok: true, text: UKRAINIAN, encoding: 'koi8-u', origin: 'guessed' });
  });

  it('falls back to windows-1252 for Western European legacy text', () => {
    const r = decodeBytes(enc(FRENCH_GERMAN, 'windows-1252'), 'fr.txt');
    expect(r).toMatchObject({ ok: true, text: FRENCH_GERMAN, encoding: 'windows-1252' });
  });

  it('is fatal on an unknown declared encoding, naming it and the input', () => {
    const r = decodeBytes(Buffer.from('<html><head><meta charset="x-klingon-8"></head><body>Hi</body></html>'), 'odd.html');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatchObject({ ruleId: 'unknown-encoding', fatal: true, file: 'odd.html' });
      expect(r.message.reason).toContain('x-klingon-8');
    }
  });

  it('warns and guesses when bytes declared UTF-8 are not UTF-8', () => {
    const r = decodeBytes(enc(RUSSIAN, 'windows-1251'), 'u', 'text/plain; charset=utf-8');
    expect(r).toMatchObject({ ok: true, text: RUSSIAN, encoding: 'windows-1251' });
    expect(r.ok && r.messages[0].ruleId).toBe('encoding-mismatch');
  });
});
