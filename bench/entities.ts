/**
 * Quick speed check of entity extraction (not a test): `npx tsx bench/entities.ts
 * ARTICLES.jsonl [LIMIT]` reads JSON lines with a `text` field and prints wall and CPU ms per
 * article and per 4 kB (CPU time is the fair figure on a shared machine), plus the most frequent entities by type for a precision look.
 */
import { readFileSync } from 'node:fs';
import type { EntityMention } from '../src/types.js';
import { extractEntities, mergeEntities } from '../src/extract/entities/index.js';

/** Runs the benchmark on the given file; returns the printed report lines. */
export function bench(path: string, limit = Infinity): string[] {
  const texts = readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, limit)
    .map((l) => String((JSON.parse(l) as { text?: unknown }).text ?? ''));
  for (const t of texts) extractEntities(t); // warm-up: one full pass
  const bytes = texts.reduce((n, t) => n + t.length, 0);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const per: EntityMention[][] = [];
  for (const t of texts) per.push(extractEntities(t));
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const t1 = performance.now();
  const merged = mergeEntities(per);
  const mergeMs = performance.now() - t1;
  const lines = [
    `${texts.length} articles, ${(bytes / texts.length / 1024).toFixed(1)} kB avg: wall ${(ms / texts.length).toFixed(3)} ms/article, ` +
      `CPU ${(cpuMs / texts.length).toFixed(3)} ms/article = ${((cpuMs / bytes) * 4096).toFixed(3)} ms per 4 kB; ` +
      `mergeEntities over all: ${mergeMs.toFixed(1)} ms`,
  ];
  const counts = new Map<string, number>();
  for (const m of merged.flat()) counts.set(`${m.type} ${m.entity}`, (counts.get(`${m.type} ${m.entity}`) ?? 0) + 1);
  for (const type of ['PERSON', 'ORG', 'PLACE', 'OTHER']) {
    const top = [...counts].filter(([k]) => k.startsWith(`${type} `)).sort((a, b) => b[1] - a[1]).slice(0, 25);
    lines.push(`${type}: ${top.map(([k, n]) => `${k.slice(type.length + 1)}(${n})`).join(' ')}`);
  }
  return lines;
}

if (process.argv[1] && /bench\.ts$/.test(process.argv[1]) && process.argv[2]) {
  for (const line of bench(process.argv[2], process.argv[3] ? Number(process.argv[3]) : Infinity)) console.log(line);
}
