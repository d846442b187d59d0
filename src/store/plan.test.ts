import { describe, expect, it } from 'vitest';
import { planBatch, type StoredHead } from './plan.js';
import { canonicalJson, fingerprint, normalizeArticle } from './records.js';
import { FIXTURE_TEXTS, makeArticle } from './test-fixtures.js';

function headOf(id: string, text: string, version: number, overrides = {}): StoredHead {
  const article = normalizeArticle(makeArticle(id, text, overrides), version);
  return { id, version, contentHash: article.contentHash, fingerprint: fingerprint(article) };
}

describe('planBatch', () => {
  it('adds unknown ids as version 1 with one version row each', () => {
    const plan = planBatch([makeArticle('a', FIXTURE_TEXTS.harbour), makeArticle('b', FIXTURE_TEXTS.drought)], new Map());
    expect(plan.results).toEqual([
      { id: 'a', status: 'added', version: 1 },
      { id: 'b', status: 'added', version: 1 },
    ]);
    expect([...plan.newIds]).toEqual(['a', 'b']);
    expect(plan.versionInserts.map((v) => `${v.id}@${v.version}`)).toEqual(['a@1', 'b@1']);
    expect(plan.versionUpdates).toEqual([]);
  });

  it('plans no writes for an unchanged article, an update for changed metadata', () => {
    const stored = new Map([['a', headOf('a', FIXTURE_TEXTS.harbour, 3)]]);
    const same = planBatch([makeArticle('a', FIXTURE_TEXTS.harbour, { version: 1 })], stored);
    expect(same.results).toEqual([{ id: 'a', status: 'unchanged', version: 3 }]);
    expect(same.heads).toEqual([]);

    const moved = planBatch([makeArticle('a', FIXTURE_TEXTS.harbour, { published: '2025-03-13' })], stored);
    expect(moved.results[0]).toEqual({ id: 'a', status: 'updated', version: 3 });
    expect(moved.versionUpdates.map((v) => v.version)).toEqual([3]);
    expect(moved.versionInserts).toEqual([]);
  });

  it('treats a missing optional field like its default', () => {
    const stored = new Map([['a', headOf('a', FIXTURE_TEXTS.harbour, 1, { analysisLimited: false })]]);
    const article = makeArticle('a', FIXTURE_TEXTS.harbour);
    delete article.analysisLimited;
    expect(planBatch([article], stored).results[0].status).toBe('unchanged');
  });

  it('numbers a changed text after the stored version', () => {
    const stored = new Map([['a', headOf('a', FIXTURE_TEXTS.harbour, 2)]]);
    const plan = planBatch([makeArticle('a', FIXTURE_TEXTS.harbourLater)], stored);
    expect(plan.results[0]).toEqual({ id: 'a', status: 'new-version', version: 3 });
    expect(plan.newIds.size).toBe(0);
    expect(plan.heads.map((h) => h.version)).toEqual([3]);
  });

  it('folds an update of a version created in the same batch into its insert', () => {
    const stored = new Map([['a', headOf('a', FIXTURE_TEXTS.harbour, 1)]]);
    const plan = planBatch(
      [makeArticle('a', FIXTURE_TEXTS.harbourLater), makeArticle('a', FIXTURE_TEXTS.harbourLater, { author: 'Ilse Varga' })],
      stored,
    );
    expect(plan.results.map((r) => r.status)).toEqual(['new-version', 'updated']);
    expect(plan.versionInserts).toHaveLength(1);
    expect(plan.versionInserts[0].author).toBe('Ilse Varga');
    expect(plan.versionUpdates).toEqual([]);
  });

  it('compares a repeat of an id within the batch with the earlier copy', () => {
    const same = planBatch([makeArticle('a', FIXTURE_TEXTS.harbour), makeArticle('a', FIXTURE_TEXTS.harbour)], new Map());
    expect(same.results.map((r) => r.status)).toEqual(['added', 'unchanged']);
    const changed = planBatch(
      [makeArticle('a', FIXTURE_TEXTS.harbour), makeArticle('a', FIXTURE_TEXTS.harbour, { author: 'Ilse Varga' })],
      new Map(),
    );
    expect(changed.results.map((r) => r.status)).toEqual(['added', 'updated']);
    expect(changed.versionInserts.map((v) => v.author)).toEqual(['Ilse Varga']);
  });

  it('throws a TypeError naming the malformed record', () => {
    const bad = { ...makeArticle('x', FIXTURE_TEXTS.drought), contentHash: '' };
    expect(() => planBatch([makeArticle('ok', FIXTURE_TEXTS.drought), bad], new Map())).toThrow(/#1 \(x\): contentHash/);
  });
});

describe('canonicalJson', () => {
  it('does not depend on key order and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: undefined }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { y: 2 }] }, b: 1 }),
    );
  });
});
