/**
 * The full-analysis benchmark (`node --import tsx bench/analyze.ts [--n 5000] [--seed 1]`):
 * a seeded synthetic stream through `analyze`'s stages in one process, with the CPU cost per
 * article of each stage (text, stories, times, attribution, entities, claims) and articles/s.
 */
import { generateStream } from './generate.js';
import { prepareArticle } from '../src/text/prepare.js';
import { assignArticles, createEngines, membersByStory } from '../src/pipeline/stories.js';
import { extractTimes } from '../src/extract/times/index.js';
import { extractAttributions } from '../src/extract/attribution/index.js';
import { extractEntities, mergeEntities } from '../src/extract/entities/index.js';
import { referenceDate, searchableSpans, type Extraction } from '../src/extract/index.js';
import { analyzeStoryClaims } from '../src/claims/index.js';
import type { Article } from '../src/types.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const n = Number(arg('--n', '5000'));
const seed = Number(arg('--seed', '1'));
const cost = new Map<string, number>();
function timed<T>(stage: string, fn: () => T): T {
  const t = process.cpuUsage();
  const out = fn();
  const d = process.cpuUsage(t);
  cost.set(stage, (cost.get(stage) ?? 0) + (d.user + d.system) / 1000);
  return out;
}

const records = [...generateStream({ n, seed })];
const wall = performance.now();
const articles: Article[] = records.map((r) => timed('text', () => prepareArticle({
  id: r.id, text: r.text, title: r.title, published: r.published, outlet: r.outlet, url: r.url,
  source: { kind: 'jsonl', input: 'bench' }, messages: [],
})));
const engines = await createEngines();
const { links, assignments } = timed('dedup + stories', () => assignArticles(articles, engines));
const extraction = new Map<string, Extraction>();
for (const a of articles) {
  const spans = searchableSpans(a);
  const { reference, estimated } = referenceDate(a);
  extraction.set(a.id, {
    times: timed('times', () => extractTimes(a.text, { reference, estimated, language: a.language, spans })),
    attributions: timed('attribution', () => extractAttributions(a.text, { sentences: spans })),
    entities: timed('entities', () => extractEntities(a.text, { sentences: a.sentences, marks: a.marks, titleSpan: a.titleSpan })),
  });
}
const byId = new Map(articles.map((a) => [a.id, a]));
for (const ids of membersByStory(assignments).values()) {
  const members = ids.map((id) => byId.get(id)!);
  timed('entities', () => mergeEntities(members.map((a) => extraction.get(a.id)!.entities)));
  const inStory = new Set(ids);
  timed('claims', () => analyzeStoryClaims({
    articles: members, extraction: new Map(ids.map((id) => [id, extraction.get(id)!])),
    duplicates: links.filter((l) => inStory.has(l.article) && inStory.has(l.of)),
  }));
}
const seconds = (performance.now() - wall) / 1000;
const totalCpu = [...cost.values()].reduce((a, b) => a + b, 0);
const kb = records.reduce((s, r) => s + r.text.length, 0) / records.length / 1024;
console.log(`analyze stages on ${n} synthetic articles (seed ${seed}, mean ${kb.toFixed(1)} kB), one thread`);
for (const [stage, ms] of cost) console.log(`  ${stage.padEnd(16)} ${(ms / n).toFixed(3)} ms/article`);
console.log(`  ${'total CPU'.padEnd(16)} ${(totalCpu / n).toFixed(3)} ms/article -> ${(n / (totalCpu / 1000)).toFixed(0)} articles/s per core`);
console.log(`  wall ${seconds.toFixed(1)} s -> ${(n / seconds).toFixed(0)} articles/s; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
