import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/output.js';

/** Runs the CLI in-process, capturing stdout and stderr. */
async function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTTY: false, env };
  const code = await main(args, io);
  return { code, out, err };
}

const ferry = `date 2026-02-03 The harbour authority of Port Selden suspended all ferry crossings on Tuesday after a crane collapsed onto the main pier, reports Coastline Daily.

Two dock workers were taken to hospital with minor injuries, according to the authority's spokeswoman, Mira Okafor.

"We will not reopen the pier until engineers have inspected every crane," Okafor told reporters. The inspection is expected to take until Friday.
`;

const jsonl = [
  { id: 'wire-1', title: 'Crane collapse halts Port Selden ferries', published: '2026-02-03', outlet: 'Northgate Wire',
    text: 'PORT SELDEN -- Ferry services at Port Selden were halted on Tuesday when a crane fell onto the main pier.\nTwo workers were slightly hurt, the harbour authority said.' },
  { id: 'wire-2', title: 'Rail strike called off', published: '2026-02-04', outlet: 'Northgate Wire',
    text: 'Rail unions in the capital called off a planned strike on Wednesday after the transport ministry offered a 4.5% pay rise.' },
].map((r) => JSON.stringify(r)).join('\n');

let dir: string;
let db: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'triangulate-cli-'));
  db = join(dir, 'test.db');
  writeFileSync(join(dir, 'ferry.txt'), ferry);
  writeFileSync(join(dir, 'wire.jsonl'), `${jsonl}\n`);
  writeFileSync(join(dir, 'empty.txt'), '');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('triangulate CLI', () => {
  it('prints help with exit code 0 and a usage error with exit code 2', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('ingest');
    expect(help.out).toContain('analyze');
    expect((await run([])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    const bad = await run(['--db', db, 'ingest', '--published', 'last tuesday', join(dir, 'ferry.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--published');
  });

  it('ingests files, reports a summary, and is idempotent', async () => {
    const first = await run(['--db', db, 'ingest', join(dir, 'ferry.txt'), join(dir, 'wire.jsonl')]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^3 added, 0 updated, 0 skipped, 0 failed/);
    const again = await run(['--db', db, 'ingest', join(dir, 'ferry.txt'), join(dir, 'wire.jsonl')]);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/^0 added, 0 updated, 3 skipped, 0 failed/);
  });

  it('stores changed text as a new version and keeps the old one', async () => {
    writeFileSync(join(dir, 'ferry.txt'), ferry.replace('Two dock workers', 'Three dock workers'));
    try {
      const res = await run(['--db', db, 'ingest', join(dir, 'ferry.txt')]);
      expect(res.out).toMatch(/0 added, 1 updated \(1 as new versions\)/);
      const shown = await run(['--db', db, 'show', join(dir, 'ferry.txt'), '--format', 'json']);
      const article = JSON.parse(shown.out);
      expect(article.version).toBe(2);
      expect(article.versions).toEqual([1, 2]);
      expect(article.text).toContain('Three dock workers');
      const old = JSON.parse((await run(['--db', db, 'show', join(dir, 'ferry.txt'), '--rev', '1', '--format', 'json'])).out);
      expect(old.text).toContain('Two dock workers');
    } finally {
      writeFileSync(join(dir, 'ferry.txt'), ferry);
    }
  });

  it('reports a bad input by name, stores the rest, and exits 1', async () => {
    const res = await run(['--db', join(dir, 'other.db'), 'ingest', join(dir, 'empty.txt'), join(dir, 'wire.jsonl')]);
    expect(res.code).toBe(1);
    expect(res.err).toContain('empty.txt');
    expect(res.err).toMatch(/error/);
    expect(res.out).toMatch(/^2 added, .* 1 failed/);
  });

  it('lists, filters and searches what was stored', async () => {
    const list = JSON.parse((await run(['--db', db, 'articles', '--format', 'json'])).out);
    expect(list.map((a: { id: string }) => a.id).sort()).toEqual([join(dir, 'ferry.txt'), 'wire-1', 'wire-2'].sort());
    const ferryRow = list.find((a: { id: string }) => a.id.endsWith('ferry.txt'));
    expect(ferryRow.outlet).toBe('Coastline Daily');
    expect(ferryRow.outletInferred).toBe(true);
    expect(ferryRow.published).toBe('2026-02-03');
    const byOutlet = JSON.parse((await run(['--db', db, 'articles', '--outlet', 'northgate wire', '--format', 'json'])).out);
    expect(byOutlet).toHaveLength(2);
    const text = await run(['--db', db, 'articles']);
    expect(text.out).toContain('Coastline Daily*');
    const hits = JSON.parse((await run(['--db', db, 'search', 'crane', '--format', 'json'])).out);
    expect(hits.map((h: { id: string }) => h.id)).toContain('wire-1');
    expect(hits.map((h: { id: string }) => h.id)).not.toContain('wire-2');
    const odd = await run(['--db', db, 'search', '"unbalanced (query* AND']);
    expect(odd.code).toBe(0);
    const missing = await run(['--db', db, 'show', 'no-such-article']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no-such-article');
  });

  it('analyze prints the JSON contract with offsets into the text', async () => {
    const res = await run(['analyze', '--format', 'json', join(dir, 'ferry.txt'), join(dir, 'wire.jsonl')]);
    expect(res.code).toBe(0);
    const doc = JSON.parse(res.out);
    expect(doc.articles).toHaveLength(3);
    const ids = doc.stories.flatMap((s: { articles: string[] }) => s.articles).sort();
    expect(ids).toEqual(doc.articles.map((a: { id: string }) => a.id).sort());
    for (const a of doc.articles) {
      expect(typeof a.text).toBe('string');
      for (const s of a.sentences) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(a.text.length);
        expect(a.text.slice(s.start, s.end).trim().length).toBeGreaterThan(0);
      }
    }
    const ferryDoc = doc.articles.find((a: { id: string }) => a.id.endsWith('ferry.txt'));
    expect(ferryDoc.text).toBe(ferry);
    expect(ferryDoc.marks.some((m: { kind: string }) => m.kind === 'metadata')).toBe(true);
    expect(ferryDoc.text.slice(ferryDoc.sentences[0].start, ferryDoc.sentences[0].end)).toMatch(/^The harbour authority/);
  });

  it('analyze --format md prints a readable report', async () => {
    const res = await run(['analyze', '--format', 'md', join(dir, 'wire.jsonl')]);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/^# \d+ story\(ies\) in \d+ article\(s\)/);
    expect(res.out).toContain('Northgate Wire');
  });
});
