import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateStream } from '../../bench/generate.js';
import { SqliteStore } from '../store/sqlite.js';
import { ingest, takeHere, type IngestSummary } from './ingest.js';

let dir: string;
let stream: string;
const N = 240;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'triangulate-ingest-'));
  stream = join(dir, 'stream.jsonl');
  const lines = [...generateStream({ n: N, seed: 5 })].map(({ event: _e, copyOf: _c, copyKind: _k, ...a }) => JSON.stringify(a));
  writeFileSync(stream, `${lines.join('\n')}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Everything the story stage decided, in a comparable form. */
async function decisions(store: SqliteStore): Promise<{ members: string[]; links: string[] }> {
  const members = (await store.getStoryMembers()).map((m) => `${m.article}>${m.story}${m.created ? '*' : ''}`);
  const links: string[] = [];
  for (const m of await store.getStoryMembers()) {
    for (const l of await store.getDuplicates(m.article)) if (l.article === m.article) links.push(`${l.article}>${l.of}:${l.kind}`);
  }
  return { members, links: links.sort() };
}

async function run(file: string, opts: Parameters<typeof ingest>[2]): Promise<{ summary: IngestSummary; store: SqliteStore }> {
  const store = new SqliteStore(':memory:');
  return { summary: await ingest(store, [file], { keepArticles: false, ...opts }), store };
}

describe('ingest with a worker pool', () => {
  it('prepares a task in this thread only while every worker has one waiting', () => {
    expect(takeHere({ size: 1, inFlight: 1 })).toBe(false);
    expect(takeHere({ size: 1, inFlight: 2 })).toBe(true);
    expect(takeHere({ size: 2, inFlight: 3 })).toBe(false);
    expect(takeHere({ size: 2, inFlight: 4 })).toBe(true);
  });

  it('stores and assigns exactly what the in-thread path does', async () => {
    const here = await run(stream, { workers: 0, chunkBytes: 64 << 10 });
    const pooled = await run(stream, { workers: 2, chunkBytes: 64 << 10 });
    expect(here.summary.added).toBe(N);
    expect(pooled.summary.added).toBe(N);
    expect(pooled.summary.stories).toEqual(here.summary.stories);
    expect(here.summary.stories?.assigned).toBe(N);
    expect(here.summary.stories?.links).toBeGreaterThan(10);
    const a = await decisions(here.store);
    expect(await decisions(pooled.store)).toEqual(a);
    expect(a.members).toHaveLength(N);
    // Assigned while storing: nothing is left for a later story run.
    expect(await pooled.store.unassignedArticleIds()).toEqual([]);
    await here.store.close();
    await pooled.store.close();
  }, 60_000);

  it('reports bad lines and ids repeated across chunks as the streaming reader does', async () => {
    const file = join(dir, 'bad.jsonl');
    const rec = (id: string, i: number) => JSON.stringify({ id, text: `Volunteers planted ${i} oak saplings along the canal towpath on Sunday, the trust said.` });
    const lines = Array.from({ length: 40 }, (_, i) => rec(`t${i}`, i));
    lines[12] = '{"id": 12';
    lines[30] = rec('t3', 30);
    writeFileSync(file, `${lines.join('\n')}\n`);
    for (const workers of [0, 1]) {
      const { summary, store } = await run(file, { workers, chunkBytes: 512, stories: false });
      expect(summary.added).toBe(38);
      expect(summary.failed).toBe(1);
      const problems = summary.messages.map((m) => `${m.ruleId} ${m.file} ${m.fatal}`);
      expect(problems).toEqual([`invalid-json ${file}:13 true`, `repeated-id ${file}:31 false`]);
      expect(summary.messages[1].reason).toBe('line 31 repeats the id t3 of line 4: skipped');
      await store.close();
    }
  }, 60_000);

  it('fails an empty JSON lines file and skips ids given by an earlier input', async () => {
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '\n  \n');
    const { summary, store } = await run(empty, { workers: 0 });
    expect(summary.failed).toBe(1);
    expect(summary.messages.map((m) => m.ruleId)).toEqual(['empty-file']);
    const again = await ingest(store, [stream, stream], { keepArticles: false, stories: false });
    expect(again.added).toBe(N);
    expect(again.skipped).toBe(N);
    await store.close();
  }, 60_000);

  it('continues the stories of an earlier run without assigning anything twice', async () => {
    const first = join(dir, 'first.jsonl');
    const second = join(dir, 'second.jsonl');
    const all = [...generateStream({ n: 120, seed: 9 })].map(({ event: _e, copyOf: _c, copyKind: _k, ...a }) => JSON.stringify(a));
    writeFileSync(first, `${all.slice(0, 70).join('\n')}\n`);
    writeFileSync(second, `${all.slice(70).join('\n')}\n`);
    const store = new SqliteStore(':memory:');
    const a = await ingest(store, [first], { keepArticles: false });
    const b = await ingest(store, [second, first], { keepArticles: false });
    expect(a.stories?.assigned).toBe(70);
    expect(b.stories?.assigned).toBe(50);
    expect(b.unchanged).toBe(70);
    expect((await store.getStoryMembers()).length).toBe(120);
    await store.close();
  }, 60_000);
});
