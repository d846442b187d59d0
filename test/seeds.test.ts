/**
 * The reference case: the seed pair of `../shared/seeds` through `analyze`, checked against what
 * `../shared/seeds/EXPECTED.md` says for ingest, stories, times, attributions and entities.
 * Runs where that folder exists (CI has it); skips with a message elsewhere.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type AnalysisDocument } from '../src/analyze.js';
import type { ArticleOutput } from '../src/report/article.js';

const seeds = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
const present = existsSync(seeds);
if (!present) console.warn(`seed tests skipped: ${seeds} does not exist`);

describe.skipIf(!present)('the seed pair', () => {
  let doc: AnalysisDocument;
  let a000: ArticleOutput;
  let a001: ArticleOutput;
  const slice = (a: ArticleOutput, s: { start: number; end: number }) => a.text.slice(s.start, s.end);

  beforeAll(async () => {
    ({ document: doc } = await analyze([`${seeds}000_bae15779a07bff53.txt`, `${seeds}001_bd5439bfde267b36.txt`]));
    a000 = doc.articles.find((a) => a.id.endsWith('000_bae15779a07bff53.txt'))!;
    a001 = doc.articles.find((a) => a.id.endsWith('001_bd5439bfde267b36.txt'))!;
  });

  it('ingests outlets, dates, titles and boilerplate marks', () => {
    expect(a000).toMatchObject({ outlet: 'UNN', outletInferred: true, published: '2025-11-22' });
    expect(a001).toMatchObject({ outlet: 'RBC-Ukraine', outletInferred: true, published: null });
    expect(a001.title).toBe(a001.text.split('\n')[0]);
    const kinds = (a: ArticleOutput) => a.marks.map((m) => [m.kind, slice(a, m).trim()] as const);
    expect(kinds(a000)).toContainEqual(['label', 'Recall']);
    expect(kinds(a000).filter(([k]) => k === 'related-headline')).toHaveLength(1);
    expect(kinds(a000).find(([k]) => k === 'metadata')?.[1]).toMatch(/date 2025-11-22/);
    expect(kinds(a001).find(([k]) => k === 'caption')?.[1]).toMatch(/\(photo: Getty Images\)$/);
    expect(kinds(a001).find(([k]) => k === 'promo')?.[1]).toMatch(/RBC-Ukraine\.$/);
    for (const a of [a000, a001]) {
      for (const s of a.sentences) for (const m of a.marks) expect(s.end <= m.start || s.start >= m.end).toBe(true);
    }
    expect(slice(a000, a000.sentences[0])).toMatch(/^As early as/);
  });

  it('forms one story in which neither article duplicates the other', () => {
    expect(doc.stories).toHaveLength(1);
    expect(doc.stories[0].articles.sort()).toEqual([a000.id, a001.id].sort());
    expect(a000.duplicates).toEqual([]);
    expect(a001.duplicates).toEqual([]);
    expect(a001.estimatedPublished).toBe('2025-11-22');
  });

  it('resolves the timeline dates', () => {
    const values = (a: ArticleOutput) => a.times.map((t) => t.value);
    expect(values(a000)).toEqual(expect.arrayContaining(['2025-W48', '2025-11-21', '2025-11-27']));
    expect(values(a001)).toEqual(expect.arrayContaining(['2025-W48', '2025-11-21', '2025-11-27']));
    const yesterday = a001.times.find((t) => /^yesterday$/i.test(t.text))!;
    expect(yesterday).toMatchObject({ value: '2025-11-21', estimated: true });
    for (const a of [a000, a001]) for (const t of a.times) expect(slice(a, t)).toBe(t.text);
  });

  it('finds the cited origins as attribution sources', () => {
    const sources = [...a000.attributions, ...a001.attributions].map((x) => x.source?.text ?? '').join(' | ');
    for (const origin of ['The Guardian', 'Axios', 'Sky News', 'Peskov', 'Trump']) expect(sources).toContain(origin);
    for (const a of [a000, a001]) {
      for (const x of a.attributions) {
        expect(slice(a, x.cue)).toBe(x.cue.text);
        expect(slice(a, x.content)).toBe(x.content.text);
      }
    }
  });

  it('merges entity mentions across the story and ignores the photo caption', () => {
    const all = [...a000.entities, ...a001.entities];
    const idsOf = (re: RegExp) => new Set(all.filter((e) => re.test(e.text)).map((e) => e.entity));
    for (const name of [/Trump/, /Putin/, /Zelensk/, /Peskov/]) expect(idsOf(name).size).toBe(1);
    const typed = new Map(all.map((e) => [e.text, e.type]));
    expect(typed.get('NATO')).toBe('ORG');
    expect(typed.get('Moscow')).toBe('PLACE');
    expect(all.some((e) => /Getty/.test(e.text))).toBe(false);
  });
});
