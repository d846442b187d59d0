import { describe, expect, it } from 'vitest';
import { WorkerPool, workerEntry } from './pool.js';
import { unpackResult, type PrepareResult, type PrepareTask } from './prepare-task.js';

const line = (id: string, text: string) => new TextEncoder().encode(`${JSON.stringify({ id, text, published: '2025-06-02' })}\n`);

describe('WorkerPool (ingest workers)', () => {
  it('starts the TypeScript worker through tsx when running from the sources', () => {
    const entry = workerEntry();
    expect(entry.eval).toBe(true);
    expect(String(entry.code)).toContain('worker.ts');
  });

  it('prepares tasks in worker threads, answers each call with its own result, and survives a failing task', async () => {
    const pool = new WorkerPool<PrepareTask, PrepareResult>(2, { maxBytes: 1 << 20, stories: false });
    try {
      const texts = [
        'The ferry operator cancelled all crossings to the islands on Monday because of a storm warning.',
        'A new library opened in the old station building on Saturday after three years of works.',
        'Farmers in the valley said the late frost had destroyed most of the apricot blossom.',
      ];
      // Results come packed for the crossing (`packResult`): the receiver unpacks them, as ingest does.
      const results = (await Promise.all(texts.map((t, i) => pool.run({ kind: 'lines', input: 'in.jsonl', firstLine: i + 1, bytes: line(`n${i}`, t) })))).map(unpackResult);
      expect(results.map((r) => r.docs.map((d) => [d.article.id, d.article.source.line]))).toEqual([[['n0', 1]], [['n1', 2]], [['n2', 3]]]);
      expect(results[1].docs[0].article.sentences.length).toBeGreaterThan(0);
      // A document that is not one makes the text stage throw: that call rejects, the pool goes on.
      const bad = { kind: 'docs', input: 'x', documents: [null], messages: [], failed: false } as unknown as PrepareTask;
      await expect(pool.run(bad)).rejects.toThrow();
      const after = await pool.run({ kind: 'lines', input: 'in.jsonl', firstLine: 9, bytes: line('late', texts[0]) });
      expect(after.docs[0].article.id).toBe('late');
      expect(pool.inFlight).toBe(0);
    } finally {
      await pool.close();
    }
    await expect(pool.run({ kind: 'lines', input: 'x', firstLine: 1, bytes: line('z', 'Closed.') })).rejects.toThrow(/closed/);
  }, 60_000);
});
