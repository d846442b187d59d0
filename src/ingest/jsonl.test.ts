import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocContext } from './context.js';
import { readJsonl } from './jsonl.js';
import { fixture } from './testutil.js';

const ctx: DocContext = { input: 'data/wire.jsonl', origin: 'file', mediaType: 'application/x-ndjson', encoding: 'utf-8', messages: [] };

describe('readJsonl', () => {
  const { documents, messages } = readJsonl(readFileSync(fixture('articles.jsonl'), 'utf8'), ctx);

  it('reads the good lines with their fields and line numbers, text verbatim', () => {
    expect(documents.map((d) => [d.id, d.source.line])).toEqual([['wire-001', 1], ['wire-002', 2], ['wire-005', 7]]);
    expect(documents[0]).toMatchObject({
      text: 'Rail workers in the northern region will strike on 3 December, their union announced on Friday.',
      title: 'Rail strike called for December', published: '2025-11-21', outlet: 'Regional Wire Service',
      url: 'https://wire.example/rail-strike', language: 'en', source: { kind: 'jsonl', input: 'data/wire.jsonl' },
    });
    expect(documents[1].published).toBeNull();
    expect(documents[0]).not.toHaveProperty('extra');
  });

  it('reports a bad line per line, with <path>:<line>, and skips a repeated id', () => {
    expect(messages.map((m) => [m.ruleId, m.file, m.fatal])).toEqual([
      ['invalid-json', 'data/wire.jsonl:4', true],
      ['repeated-id', 'data/wire.jsonl:5', false],
      ['missing-text', 'data/wire.jsonl:6', true],
    ]);
    expect(messages[0].reason).toMatch(/^invalid JSON on line 4: \S/);
  });

  it('rejects lines without an id and lines that are not objects; CRLF is fine', () => {
    const r = readJsonl('{"text":"Orphan text"}\r\n[1,2]\r\n{"id":7,"text":"Numeric id is kept as a string."}\r\n', ctx);
    expect(r.messages.map((m) => m.ruleId)).toEqual(['missing-id', 'not-an-object']);
    expect(r.documents.map((d) => d.id)).toEqual(['7']);
  });

  it('also reads a JSON array of records, numbering them by position', () => {
    const r = readJsonl('[\n  {"id": "a", "text": "Ferry fares rise."},\n  {"id": "b", "text": ""}\n]\n', ctx);
    expect(r.documents.map((d) => [d.id, d.source.line])).toEqual([['a', 1]]);
    expect(r.messages).toEqual([expect.objectContaining({ ruleId: 'missing-text', file: 'data/wire.jsonl:2', reason: 'record 2 (id b) has no "text" (a non-empty string)' })]);
  });
});
