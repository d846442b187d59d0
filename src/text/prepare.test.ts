import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article, RawDocument } from '../types.js';
import { prepareArticle } from './prepare.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/text');

function raw(name: string, extra: Partial<RawDocument> = {}): RawDocument {
  const path = join(FIXTURES, name);
  return { id: path, text: readFileSync(path, 'utf8'), source: { kind: 'text', input: path }, messages: [], ...extra };
}

const slice = (a: Article, s: { start: number; end: number } | null) => (s ? a.text.slice(s.start, s.end) : null);
const markTexts = (a: Article, kind: string) => a.marks.filter((m) => m.kind === kind).map((m) => slice(a, m));

/** Properties every prepared article must have. */
export function expectWellFormed(a: Article, input: string): void {
  expect(a.text).toBe(input);
  expect(a.version).toBe(1);
  const excluded = a.titleSpan ? [...a.marks, a.titleSpan] : a.marks;
  let prevEnd = -1;
  for (const s of a.sentences) {
    expect(s.start).toBeGreaterThanOrEqual(prevEnd);
    expect(s.end).toBeGreaterThan(s.start);
    const t = a.text.slice(s.start, s.end);
    expect(t).toBe(t.trim());
    for (const m of excluded) expect(s.end <= m.start || s.start >= m.end).toBe(true);
    prevEnd = s.end;
  }
  for (const m of a.marks) {
    expect(m.rule).toBeTruthy();
    expect(m.end).toBeGreaterThan(m.start);
  }
}

describe('prepareArticle', () => {
  it('reads a wire story: headline, byline, dateline agency, credits, related headline', () => {
    const r = raw('wire-dateline.txt');
    const a = prepareArticle(r);
    expectWellFormed(a, r.text);
    expect(a.title).toBe("Portugal's ferry operators strike over pension cuts");
    expect(slice(a, a.titleSpan)).toBe(a.title);
    expect(a.author).toBe('Marta Quintela');
    expect(markTexts(a, 'dateline')).toEqual(['LISBON (Reuters) -']);
    expect(markTexts(a, 'other')).toEqual(['(Reporting by Marta Quintela; Editing by Jon Ashdale)']);
    expect(markTexts(a, 'related-headline')).toEqual(['Lisbon metro warns of delays as second strike looms']);
    expect(a.outlet).toBe('Reuters');
    expect(a.outletInferred).toBe(true);
    expect(slice(a, a.outletSpan)).toBe('Reuters');
    expect(a.language).toBe('en');
    expect(a.analysisLimited).toBeUndefined();
    const sentences = a.sentences.map((s) => slice(a, s));
    expect(sentences[0]).toMatch(/^Ferry crews in Lisbon walked off/);
    expect(sentences).toContain('"We have no choice," said union leader Rui M. Fontes.');
    expect(sentences).toContain('"Is anyone surprised?" she asked.');
    expect(sentences).toHaveLength(7);
  });

  it('reads a caption, a label and a promo line that names the outlet', () => {
    const r = raw('promo-caption.txt');
    const a = prepareArticle(r);
    expectWellFormed(a, r.text);
    expect(a.title).toMatch(/^EU ministers may approve new grain corridor/);
    expect(markTexts(a, 'caption')).toEqual(['Grain silos near the port of Izmail (photo: Getty Images)']);
    expect(markTexts(a, 'label')).toEqual(['Background']);
    expect(markTexts(a, 'promo')).toHaveLength(1);
    expect(a.outlet).toBe('Kyiv Ledger');
    expect(a.outletInferred).toBe(true);
    expect(a.published).toBeNull();
    expect(a.sentences).toHaveLength(5);
  });

  it('reads a date prefix on the first line and a trailing self-attribution', () => {
    const r = raw('metadata-prefix.txt');
    const a = prepareArticle(r);
    expectWellFormed(a, r.text);
    expect(markTexts(a, 'metadata')).toEqual(['date 2024-03-14']);
    expect(a.published).toBe('2024-03-14');
    expect(a.title).toBeNull();
    expect(slice(a, a.sentences[0])).toMatch(/^Flood waters in the Sava valley/);
    expect(a.outlet).toBe('HNA');
    expect(markTexts(a, 'label')).toEqual(['Relief efforts']);
    expect(markTexts(a, 'related-headline')).toEqual(['Government promises compensation for flooded farms']);
  });

  it('joins hard-wrapped lines into sentences', () => {
    const r = raw('hard-wrapped.txt');
    const a = prepareArticle(r);
    expectWellFormed(a, r.text);
    expect(a.marks).toEqual([]);
    expect(a.sentences).toHaveLength(4);
    expect(slice(a, a.sentences[1])).toMatch(/^Councillor Ann Whitlow said the building no\nlonger met/);
  });

  it('limits analysis of a non-English article with an informational message', () => {
    const a = prepareArticle(raw('german.txt'));
    expect(a.language).toBe('de');
    expect(a.analysisLimited).toBe(true);
    const msg = a.messages.find((m) => m.ruleId === 'analysis-english-only');
    expect(msg).toBeDefined();
    expect(msg!.fatal).toBeUndefined();
  });

  it('lets declared metadata win over the text, and overrides win over everything', () => {
    const r = raw('metadata-prefix.txt', { outlet: 'Hydro News Agency', published: '2024-03-15T08:00:00Z', language: 'en-GB' });
    const a = prepareArticle(r);
    expect(a.outlet).toBe('Hydro News Agency');
    expect(a.outletInferred).toBe(false);
    expect(a.outletSpan).toBeNull();
    expect(a.published).toBe('2024-03-15T08:00:00Z');
    const o = prepareArticle(r, { outlet: 'Valley Radio', published: 'March 16, 2024' });
    expect(o.outlet).toBe('Valley Radio');
    expect(o.published).toBe('2024-03-16');
  });

  it('locates a declared title in the first line and keeps it out of the sentences', () => {
    const text = 'Harbour cranes idle as dockers strike.\n\nDockers in Valmont stopped work on Thursday. Ships queued outside.';
    const a = prepareArticle({ id: 'x', text, title: 'Harbour cranes idle as dockers strike', source: { kind: 'jsonl', input: 'x' }, messages: [] });
    expectWellFormed(a, text);
    expect(a.title).toBe('Harbour cranes idle as dockers strike');
    expect(slice(a, a.titleSpan)).toBe('Harbour cranes idle as dockers strike.');
    expect(a.sentences.map((s) => slice(a, s))).toEqual(['Dockers in Valmont stopped work on Thursday.', 'Ships queued outside.']);
  });

  it('fills fields from metadata lines', () => {
    const text = 'Title: Dockers strike in Valmont\nOutlet: The Coastal Herald\nDate: 14 March 2024\nURL: https://herald.example/dockers\n\nDockers stopped work on Thursday, union officials said.';
    const a = prepareArticle({ id: 'y', text, source: { kind: 'text', input: 'y' }, messages: [] });
    expectWellFormed(a, text);
    expect(a.title).toBe('Dockers strike in Valmont');
    expect(a.outlet).toBe('The Coastal Herald');
    expect(a.outletInferred).toBe(false);
    expect(a.published).toBe('2024-03-14');
    expect(a.url).toBe('https://herald.example/dockers');
    expect(a.sentences).toHaveLength(1);
  });

  it('keeps input messages, reports an empty text and an unreadable date as data', () => {
    const given = { reason: 'decoded as latin1', ruleId: 'encoding-guess', source: 'ingest:text', fatal: false };
    const a = prepareArticle({ id: 'e', text: '  \n', published: 'sometime in spring', source: { kind: 'text', input: 'e' }, messages: [given] });
    expect(a.messages[0]).toEqual(given);
    expect(a.messages.some((m) => m.ruleId === 'empty-text')).toBe(true);
    expect(a.messages.some((m) => m.ruleId === 'unreadable-date' && m.fatal === false)).toBe(true);
    expect(a.published).toBe('sometime in spring');
    expect(a.language).toBe('und');
    expect(a.sentences).toEqual([]);
  });

  it('gives re-encoded copies the same content hash', () => {
    const a = prepareArticle({ id: 'a', text: 'Dockers’ strike — day two.', source: { kind: 'text', input: 'a' }, messages: [] });
    const b = prepareArticle({ id: 'b', text: "Dockers' strike - day two. ", source: { kind: 'text', input: 'b' }, messages: [] });
    expect(a.contentHash).toBe(b.contentHash);
  });
});
