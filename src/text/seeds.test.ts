import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../types.js';
import { prepareArticle } from './prepare.js';

/** The reference pair described in `../shared/seeds/EXPECTED.md` (outside the project). */
const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');
const present = existsSync(join(SEEDS, '000_bae15779a07bff53.txt')) && existsSync(join(SEEDS, '001_bd5439bfde267b36.txt'));
if (!present) console.warn(`[seeds.test] ${SEEDS} not found: skipping the seed checks`);

function load(name: string): Article {
  const path = join(SEEDS, name);
  return prepareArticle({ id: path, text: readFileSync(path, 'utf8'), source: { kind: 'text', input: path }, messages: [] });
}

const slice = (a: Article, s: { start: number; end: number }) => a.text.slice(s.start, s.end);

function expectCleanSentences(a: Article): void {
  const excluded = a.titleSpan ? [...a.marks, a.titleSpan] : a.marks;
  expect(a.sentences.length).toBeGreaterThan(5);
  for (const s of a.sentences) {
    for (const m of excluded) expect(s.end <= m.start || s.start >= m.end).toBe(true);
    const t = slice(a, s);
    expect(t).toBe(t.trim());
    // Real body text: starts like a sentence and has words.
    expect(t).toMatch(/^[\p{Lu}"“‘(]/u);
    expect(t.split(/\s+/).length).toBeGreaterThan(3);
  }
}

describe.skipIf(!present)('seed pair (EXPECTED.md, ingest part)', () => {
  it('000: UNN inferred, dated by its prefix, label and related headline marked', () => {
    const a = load('000_bae15779a07bff53.txt');
    expect(a.outlet).toBe('UNN');
    expect(a.outletInferred).toBe(true);
    expect(slice(a, a.outletSpan!)).toBe('UNN');
    expect(a.published).toBe('2025-11-22');
    const meta = a.marks.filter((m) => m.kind === 'metadata');
    expect(meta).toHaveLength(1);
    expect(slice(a, meta[0]).trim()).toBe('date 2025-11-22');
    expect(a.marks.some((m) => m.kind === 'label' && slice(a, m) === 'Recall')).toBe(true);
    const lastLine = a.text.trimEnd().split('\n').pop()!.trim();
    const related = a.marks.filter((m) => m.kind === 'related-headline');
    expect(related.map((m) => slice(a, m))).toEqual([lastLine]);
    expect(slice(a, a.sentences[0])).toMatch(/^As early as/);
    expect(a.language).toBe('en');
    expectCleanSentences(a);
  });

  it('001: title is its first line, no date, RBC-Ukraine inferred, caption and promo marked', () => {
    const a = load('001_bd5439bfde267b36.txt');
    const firstLine = a.text.split('\n')[0].trim();
    expect(a.title).toBe(firstLine);
    expect(slice(a, a.titleSpan!)).toBe(firstLine);
    expect(a.published).toBeNull();
    expect(a.outlet).toBe('RBC-Ukraine');
    expect(a.outletInferred).toBe(true);
    const caption = a.marks.filter((m) => m.kind === 'caption');
    expect(caption).toHaveLength(1);
    expect(slice(a, caption[0])).toMatch(/\(photo: Getty Images\)$/);
    const promo = a.marks.filter((m) => m.kind === 'promo');
    expect(promo).toHaveLength(1);
    expect(slice(a, promo[0])).toMatch(/read the article by RBC-Ukraine\.$/);
    expect(a.language).toBe('en');
    expectCleanSentences(a);
  });
});
