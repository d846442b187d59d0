import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputStream } from '../ingest/stream.js';
import { countLineBreaks, isLocalJsonl, readLineChunks } from './jsonl-chunks.js';
import { runTask } from './prepare-task.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'triangulate-chunks-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const record = (i: number): string =>
  JSON.stringify({ id: `r${i}`, title: `Council vote ${i}`, published: '2025-03-0' + (1 + (i % 9)), text: `The district council voted ${i} to 3 on Monday to widen the river path, the clerk said.` });

/** A file with mixed line breaks, a BOM, blank lines, a broken line and a repeated id. */
function messyFile(): string {
  const lines: string[] = [];
  for (let i = 0; i < 60; i++) lines.push(record(i));
  lines[7] = '{"id": "broken", "text": ';
  lines[20] = '';
  lines[33] = record(2); // repeats r2
  lines[41] = '   ';
  let out = '\ufeff';
  lines.forEach((l, i) => {
    out += l + (i % 5 === 0 ? '\r\n' : i % 7 === 0 ? '\r' : '\n');
  });
  return out;
}

describe('readLineChunks', () => {
  it('cuts only at line breaks and numbers lines as readline does', async () => {
    const file = join(dir, 'messy.jsonl');
    const text = messyFile();
    writeFileSync(file, text);
    const chunks = [];
    for await (const c of readLineChunks(file, 300)) chunks.push(c);
    expect(chunks.length).toBeGreaterThan(5);
    expect(Buffer.concat(chunks.map((c) => c.bytes)).toString('utf8')).toBe(text);
    for (let i = 0; i + 1 < chunks.length; i++) {
      expect(chunks[i].bytes[chunks[i].bytes.length - 1]).toBe(0x0a);
      expect(chunks[i + 1].firstLine).toBe(chunks[i].firstLine + countLineBreaks(chunks[i].bytes));
    }
  });

  it('gives the documents and problems of the streaming reader, line numbers included', async () => {
    const file = join(dir, 'same.jsonl');
    writeFileSync(file, messyFile());
    const expected = { docs: [] as Array<[string, number | undefined]>, messages: [] as string[] };
    for await (const r of readInputStream(file)) {
      for (const d of r.documents) expected.docs.push([d.id, d.source.line]);
      for (const m of r.messages) expected.messages.push(`${m.ruleId} ${m.file}`);
    }
    // One chunk: repeated ids are found inside the chunk, as the streaming reader does.
    const got = { docs: [] as Array<[string, number | undefined]>, messages: [] as string[] };
    for await (const c of readLineChunks(file, 1 << 20)) {
      const r = runTask({ kind: 'lines', input: file, ...c }, { maxBytes: 1 << 20, stories: false }, null);
      for (const d of r.docs) got.docs.push([d.article.id, d.article.source.line]);
      for (const m of r.messages) got.messages.push(`${m.ruleId} ${m.file}`);
    }
    expect(got).toEqual(expected);
    expect(expected.messages).toEqual([`invalid-json ${file}:8`, `repeated-id ${file}:34`]);
  });

  it('knows a JSON lines path by its extension', async () => {
    const file = join(dir, 'x.ndjson');
    writeFileSync(file, `${record(1)}\n`);
    expect(await isLocalJsonl(file)).toBe(true);
    expect(await isLocalJsonl(join(dir, 'missing.jsonl'))).toBe(false);
    expect(await isLocalJsonl('https://example.org/feed.jsonl')).toBe(false);
  });
});
