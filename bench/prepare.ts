/**
 * Micro-benchmark of the text stage: `node --import tsx bench/prepare.ts [FILE...]`.
 * FILEs are text files or JSON-lines article files (`{"id","text",...}` per line); without
 * arguments it runs on `fixtures/text`. Prints the mean time per article and per 4 kB of text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawDocument } from '../src/types.js';
import { prepareArticle } from '../src/text/prepare.js';

function load(path: string): RawDocument[] {
  const content = readFileSync(path, 'utf8');
  if (!path.endsWith('.jsonl')) return [{ id: path, text: content, source: { kind: 'text', input: path }, messages: [] }];
  return content
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const o = JSON.parse(l) as { id?: string; text?: string; title?: string | null };
      return { id: o.id ?? `${path}:${i + 1}`, text: o.text ?? '', title: o.title ?? null, source: { kind: 'jsonl', input: path, line: i + 1 }, messages: [] };
    });
}

const args = process.argv.slice(2);
const paths = args.length ? args : readdirSync('fixtures/text').map((f) => join('fixtures/text', f));
const docs = paths.flatMap(load);
const chars = docs.reduce((n, d) => n + d.text.length, 0);
for (const d of docs) prepareArticle(d); // warm-up
let best = Infinity;
for (let round = 0; round < 5; round++) {
  const t0 = performance.now();
  for (const d of docs) prepareArticle(d);
  best = Math.min(best, performance.now() - t0);
}
console.log(
  `prepareArticle: ${docs.length} articles, ${(chars / docs.length).toFixed(0)} chars mean; ` +
    `${((best / docs.length) * 1000).toFixed(0)} us/article, ${((best / chars) * 4096 * 1000).toFixed(0)} us per 4 kB (best of 5 rounds)`,
);
