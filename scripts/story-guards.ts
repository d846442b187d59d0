/**
 * Story sets the fit guards besides the dev sets, read as the product clusters them
 * (`productInputs`): the seeded synthetic stream of `bench/generate.ts` (events as gold) and the
 * bundled sample corpus (`sample/`, gold from `fixtures/sample-truth.md`). The dev sets cannot
 * see the long stream's lumps, nor the sample's tram and dam stories that must stay apart.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateStream } from '../bench/generate.js';
import { readInputStream } from '../src/ingest/index.js';
import { clusterInput, storyOrder } from '../src/pipeline/stories.js';
import type { ClusterInput } from '../src/stories/cluster.js';
import { prepareArticle } from '../src/text/prepare.js';
import type { Article } from '../src/types.js';
import { productInputs } from '../src/eval/stories.js';

/** Inputs in the product's order and their gold story per article id. */
export interface GuardSet {
  inputs: ClusterInput[];
  gold: Map<string, string>;
}

/**
 * The synthetic stream of `n` articles with `seed` (`generateStream`), written to a temporary
 * JSON-lines file and read back as `eval` reads a file; gold is each article's event.
 */
export async function syntheticSet(n: number, seed: number): Promise<GuardSet> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-synthetic-'));
  try {
    const path = join(dir, 'stream.jsonl');
    const gold = new Map<string, string>();
    const lines: string[] = [];
    for (const r of generateStream({ n, seed })) {
      lines.push(JSON.stringify({ id: r.id, text: r.text, title: r.title, published: r.published, outlet: r.outlet, url: r.url }));
      gold.set(r.id, r.event);
    }
    writeFileSync(path, lines.join('\n') + '\n');
    return { inputs: await productInputs(path), gold };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface SampleTruth {
  articles: Record<string, { id?: string; idSuffix?: string }>;
  stories: Record<string, { articles: string[] }>;
}

/**
 * The sample corpus under `root` (`sample/` read with the ingest reader, each article prepared
 * by the text stage, in the story stage's order) and its true stories from
 * `fixtures/sample-truth.md`, matched by id or id suffix as `test/sample.test.ts` does.
 */
export async function sampleSet(root: string): Promise<GuardSet> {
  const articles = new Map<string, Article>();
  for await (const r of readInputStream(join(root, 'sample'))) {
    for (const raw of r.documents) if (!articles.has(raw.id)) articles.set(raw.id, prepareArticle(raw));
  }
  const markdown = readFileSync(join(root, 'fixtures', 'sample-truth.md'), 'utf8');
  const block = /<!-- truth-json:begin -->\s*```json\s*([\s\S]*?)```/.exec(markdown);
  if (!block) throw new Error('fixtures/sample-truth.md: no truth-json block');
  const truth = JSON.parse(block[1]) as SampleTruth;
  const gold = new Map<string, string>();
  for (const [story, { articles: handles }] of Object.entries(truth.stories)) {
    for (const h of handles) {
      const t = truth.articles[h];
      const suffix = t.id ?? t.idSuffix ?? '';
      const found = [...articles.keys()].find((id) => id === suffix || id.endsWith(suffix));
      if (!found) throw new Error(`sample corpus: no article for ${h} (${suffix})`);
      gold.set(found, story);
    }
  }
  return { inputs: storyOrder([...articles.values()]).map(clusterInput), gold };
}
