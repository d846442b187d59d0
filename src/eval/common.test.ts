import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEvalArticles } from './common.js';

describe('readEvalArticles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-eval-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads JSON lines as the product does, keeping the first copy of a repeated id', async () => {
    const file = join(dir, 'a.jsonl');
    const rec = (id: string, text: string) => JSON.stringify({ id, text, published: '2026-03-02' });
    writeFileSync(file, [
      rec('x1', 'Harbour Ledger\nThe ferry operator cancelled all crossings on Monday after the storm damaged the pier.'),
      rec('x2', 'Two more ferries were moved to the northern port, the operator said.'),
      rec('x1', 'A different text under a repeated id.'),
    ].join('\n') + '\n');
    const articles = await readEvalArticles(file);
    expect([...articles.keys()]).toEqual(['x1', 'x2']);
    expect(articles.get('x1')!.text).toContain('ferry operator cancelled');
    expect(articles.get('x1')!.published).toBe('2026-03-02');
  });

  it('stops with the file name when the file cannot be read at all', async () => {
    const missing = join(dir, 'missing.jsonl');
    await expect(readEvalArticles(missing)).rejects.toThrow(/missing\.jsonl/);
  });
});
