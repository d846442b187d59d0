/**
 * The bundled sample corpus (`sample/`) against its ground truth (`fixtures/sample-truth.md`,
 * the JSON block between the truth-json markers): articles, outlets, dates, stories and the
 * near-duplicate pair.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type AnalysisDocument } from '../src/analyze.js';
import type { ArticleOutput } from '../src/report/article.js';

interface TruthArticle {
  file: string;
  id?: string;
  idSuffix?: string;
  outlet: string;
  outletInferred: boolean;
  published: string | null;
  estimatedPublished: string | null;
  story: string;
}
interface Truth {
  articles: Record<string, TruthArticle>;
  stories: Record<string, { articles: string[] }>;
  duplicates: { article: string; of: string; kind: string }[];
}

const root = fileURLToPath(new URL('..', import.meta.url));
const markdown = readFileSync(`${root}fixtures/sample-truth.md`, 'utf8');
const truth = JSON.parse(/<!-- truth-json:begin -->\s*```json\s*([\s\S]*?)```/.exec(markdown)![1]) as Truth;

describe('the sample corpus', () => {
  let doc: AnalysisDocument;
  const byHandle = new Map<string, ArticleOutput>();

  beforeAll(async () => {
    ({ document: doc } = await analyze([`${root}sample`]));
    for (const [handle, t] of Object.entries(truth.articles)) {
      const found = doc.articles.find((a) => (t.id ? a.id === t.id || a.id.endsWith(t.id) : a.id.endsWith(t.idSuffix!)));
      if (found) byHandle.set(handle, found);
    }
  });

  it('reads every article with its outlet and date', () => {
    expect(doc.articles).toHaveLength(Object.keys(truth.articles).length);
    for (const [handle, t] of Object.entries(truth.articles)) {
      const a = byHandle.get(handle);
      expect(a, `article ${handle}`).toBeDefined();
      expect({ handle, outlet: a!.outlet, outletInferred: a!.outletInferred, published: a!.published?.slice(0, 10) ?? null })
        .toEqual({ handle, outlet: t.outlet, outletInferred: t.outletInferred, published: t.published });
      if (t.published === null) {
        expect(a!.estimatedPublished! >= '2026-03-11' && a!.estimatedPublished! <= '2026-03-15').toBe(true);
      }
    }
  });

  it('groups the articles into the true stories', () => {
    const storyOf = new Map(doc.stories.flatMap((s) => s.articles.map((id) => [id, s.id] as const)));
    for (const { articles } of Object.values(truth.stories)) {
      const ids = new Set(articles.map((h) => storyOf.get(byHandle.get(h)!.id)));
      expect(ids.size).toBe(1);
    }
    expect(doc.stories).toHaveLength(Object.keys(truth.stories).length);
  });

  it('links the syndicated copy as a near-duplicate and nothing else', () => {
    const links = doc.articles.flatMap((a) => a.duplicates.map((d) => [a.id, d.of, d.kind] as const));
    for (const d of truth.duplicates) {
      const [x, y] = [byHandle.get(d.article)!.id, byHandle.get(d.of)!.id];
      expect(links).toContainEqual([x, y, d.kind]);
    }
    expect(links).toHaveLength(truth.duplicates.length * 2);
  });
});
