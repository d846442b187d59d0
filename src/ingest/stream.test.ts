import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputStream, STREAM_CHUNK_LINES } from './stream.js';
import type { ReadResult } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(input: string, maxBytes?: number): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputStream(input, { maxBytes })) out.push(r);
  return out;
}

const line = (i: number) => JSON.stringify({ id: `tide-${i}`, published: '2026-01-05', text: `Harbour report ${i}: the evening tide reached 4.${i % 10} metres at the north quay, the port office said.` });

describe('streamed JSON lines', () => {
  it('yields a large file in chunks with correct line numbers and ids across chunks', async () => {
    const n = STREAM_CHUNK_LINES * 2 + 17;
    const lines = Array.from({ length: n }, (_, i) => line(i));
    lines[STREAM_CHUNK_LINES + 3] = '{"id": "broken", "text": ';
    lines[n - 1] = line(5); // repeats the id of line 6, in another chunk
    const file = join(dir, 'big.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const results = await collect(file);
    expect(results.length).toBe(3);
    const docs = results.flatMap((r) => r.documents);
    expect(docs.length).toBe(n - 2);
    expect(docs[0].source).toMatchObject({ kind: 'jsonl', line: 1 });
    const messages = results.flatMap((r) => r.messages);
    const invalid = messages.find((m) => m.ruleId === 'invalid-json')!;
    expect(invalid.file).toBe(`${file}:${STREAM_CHUNK_LINES + 4}`);
    expect(invalid.fatal).toBe(true);
    const repeated = messages.find((m) => m.ruleId === 'repeated-id')!;
    expect(repeated.reason).toContain('line 6');
    expect(results.some((r) => r.failed)).toBe(true);
  });

  it('applies the size cap to each line, not to the file', async () => {
    const file = join(dir, 'capped.jsonl');
    const huge = JSON.stringify({ id: 'huge', text: 'word '.repeat(400) });
    writeFileSync(file, [line(1), huge, line(2)].join('\n'));
    const results = await collect(file, 1000);
    expect(results.flatMap((r) => r.documents).map((d) => d.id)).toEqual(['tide-1', 'tide-2']);
    const m = results.flatMap((r) => r.messages).find((x) => x.fatal)!;
    expect(m.file).toBe(`${file}:2`);
    expect(m.reason).toMatch(/over the 1000-byte cap/);
  });

  it('reports an empty JSON lines file', async () => {
    const file = join(dir, 'empty.jsonl');
    writeFileSync(file, '\n\n');
    const [r] = await collect(file);
    expect(r.failed).toBe(true);
    expect(r.messages[0].ruleId).toBe('empty-file');
  });
});
