/**
 * The story report on the seed pair of `../shared/seeds`: what `../shared/seeds/EXPECTED.md` says
 * a reader must see (the November 27 discrepancy with both spans quoted, "2 outlets, 1 origin"
 * for the claim both outlets take from The Guardian, a summary citing both outlets). Runs where
 * that folder exists; skips with a message elsewhere.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { buildStoryReport, type StoryReport } from '../src/report/story.js';
import { renderStoryMarkdown } from '../src/report/story-md.js';
import { renderStoryHtml } from '../src/report/story-html.js';

const seeds = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
const present = existsSync(seeds);
if (!present) console.warn(`seed report tests skipped: ${seeds} does not exist`);

describe.skipIf(!present)('the story report on the seed pair', () => {
  let report: StoryReport;
  beforeAll(async () => {
    const { document } = await analyze([`${seeds}000_bae15779a07bff53.txt`, `${seeds}001_bd5439bfde267b36.txt`]);
    expect(document.stories).toHaveLength(1);
    report = buildStoryReport(document.stories[0], document.articles);
  });

  const nov27 = () => report.matrix.rows.find((r) => r.status === 'contested'
    && ['UNN', 'RBC-Ukraine'].every((o) => r.cells.find((c) => c.outlet === o)?.mentions.some((m) => /November 27/.test(m.text))));

  it('has the November 27 deadline as one contested row with both outlets\' spans', () => {
    const row = nov27();
    expect(row, 'a contested row quoting November 27 from both outlets').toBeDefined();
    expect(row!.cells.map((c) => c.stance).sort()).toEqual(['contradicts', 'supports']);
    const text = new Map(report.articles.map((a) => [a.id, a.text]));
    for (const c of row!.cells) for (const m of c.mentions) expect(text.get(m.article)!.slice(m.start, m.end)).toBe(m.text);
    const unn = row!.cells.find((c) => c.outlet === 'UNN')!;
    expect(unn.mentions.some((m) => m.from === 'related-headline')).toBe(true);
  });

  it('says "2 outlets, 1 origin (The Guardian)", never "2 sources"', () => {
    expect(report.origins.map((o) => o.label)).toContain('2 outlets, 1 origin (The Guardian)');
    const md = renderStoryMarkdown(report);
    expect(md).toContain('2 outlets, 1 origin (The Guardian)');
    expect(md).not.toMatch(/\b2 sources\b/);
    const row = nov27()!;
    for (const c of row.cells) for (const m of c.mentions) expect(md).toContain(m.text.replace(/\s+/g, ' ').trim());
  });

  it('summarises with sentences that cite both outlets, and links every span in HTML', () => {
    expect(report.summary.length).toBeGreaterThanOrEqual(3);
    expect(report.summary[0].outlets.sort()).toEqual(['RBC-Ukraine', 'UNN']);
    const html = renderStoryHtml(report);
    const h = new Map(report.articles.map((a) => [a.id, a.handle]));
    for (const c of nov27()!.cells) for (const m of c.mentions) expect(html).toContain(`id="s-${h.get(m.article)}-${m.start}-${m.end}"`);
  });
});
