import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticles, type AnalysisDocument } from '../analyze.js';
import type { ClaimGroupOutput, ClaimMentionOutput } from '../claims/types.js';
import { FLOOD, prepareFixture } from '../summary/test-fixtures.js';
import { buildStoryReport, claimMatrix, foldAlike, matrixRow, ownOutletTest, type StoryReport } from './story.js';
import { escapeHtml, renderStoryHtml } from './story-html.js';
import { renderStoryMarkdown } from './story-md.js';
import { renderStoryJson } from './story-json.js';

const m = (article: string, outlet: string, value: string | null, hedged = false, from: ClaimMentionOutput['from'] = 'body'): ClaimMentionOutput => ({
  article, start: 10, end: 40, outlet, hedged, value, text: `mention in ${article}`, from, source: null, origin: outlet,
});

/** A deadline three outlets state: two say "submit by April 2", one says "publish by April 2". */
const deadline: ClaimGroupOutput = {
  id: 'c4', text: 'mention in a', status: 'contested', outlets: ['Alpha', 'Beta', 'Gamma'], origins: ['Alpha', 'Beta', 'Gamma'], originCount: 3,
  originsLabel: '3 outlets, 3 origins (Alpha, Beta, Gamma)', hedged: true, hedgedMentions: 1, kind: 'action', dates: ['2026-04-02'], score: 0.7,
  mentions: [m('a', 'Alpha', 'submit a report'), m('b', 'Beta', 'publish a report', false, 'related-headline'), m('g', 'Gamma', 'submit a report', true)],
};
const single: ClaimGroupOutput = { ...deadline, id: 'c9', status: 'single', kind: null, outlets: ['Beta'], mentions: [m('b', 'Beta', null)], hedged: false, hedgedMentions: 0 };
const corroborated: ClaimGroupOutput = { ...deadline, id: 'c2', status: 'corroborated', kind: null, outlets: ['Alpha', 'Gamma'], mentions: [m('a', 'Alpha', null), m('g', 'Gamma', null)], hedged: false, hedgedMentions: 0 };

describe('claim matrix', () => {
  it('marks supports / contradicts / absent for a contested group, with hedging and values', () => {
    const row = matrixRow(deadline, ['Alpha', 'Beta', 'Gamma', 'Delta']);
    expect(row.cells.map((c) => c.stance)).toEqual(['supports', 'contradicts', 'supports', 'absent']);
    expect(row.cells.map((c) => c.hedged)).toEqual([false, false, true, false]);
    expect(row.cells[1]).toMatchObject({ value: 'publish a report', mentions: [{ article: 'b', start: 10, end: 40, from: 'related-headline' }] });
    expect(row.cells[3].mentions).toEqual([]);
  });

  it('orders rows corroborated, contested, single', () => {
    const matrix = claimMatrix([single, deadline, corroborated], ['Alpha', 'Beta', 'Gamma']);
    expect(matrix.rows.map((r) => r.claim)).toEqual(['c2', 'c4', 'c9']);
    expect(matrix.rows[0].cells.map((c) => c.stance)).toEqual(['supports', 'absent', 'supports']);
  });
});

describe('foldAlike', () => {
  it('shows two facts of the same clauses as one row with all their spans, but never folds a contest', () => {
    const second: ClaimGroupOutput = { ...corroborated, id: 'c3', hedgedMentions: 1, dates: ['2026-04-09'], mentions: [{ ...m('g', 'Gamma', null), start: 50, end: 60 }, { ...m('a', 'Alpha', null), start: 2, end: 8 }] };
    const other: ClaimGroupOutput = { ...corroborated, id: 'c5', text: 'another fact' };
    const folded = foldAlike([corroborated, deadline, second, { ...deadline, id: 'c6' }, other]);
    expect(folded.map((g) => g.id)).toEqual(['c2', 'c4', 'c6', 'c5']);
    expect(folded[0].mentions.map((x) => `${x.article}:${x.start}`)).toEqual(['a:2', 'a:10', 'g:10', 'g:50']);
    expect(folded[0]).toMatchObject({ hedgedMentions: 1, dates: ['2026-04-02', '2026-04-09'] });
    expect(claimMatrix([corroborated, second], ['Alpha', 'Gamma']).rows).toHaveLength(1);
  });
});

describe('story report on an invented story', () => {
  let doc: AnalysisDocument;
  let report: StoryReport;
  beforeAll(async () => {
    doc = await analyzeArticles(prepareFixture(FLOOD));
    report = buildStoryReport(doc.stories[0], doc.articles);
  });

  it('builds headline, columns per outlet, origins, entities and the copy group', () => {
    expect(report.headline).toBe('Burst water main floods Cardell city centre');
    expect(report.matrix.outlets.sort()).toEqual(['Cardell Post', 'River Echo', 'Valley Wire']);
    expect(report.origins.every((o) => /^\d+ outlets, \d+ origins? \(/.test(o.label))).toBe(true);
    expect(report.duplicates).toEqual([{ original: 'cardell-post', copies: [{ article: 'valley-wire', kind: 'exact', similarity: 1 }] }]);
    const cardell = report.entities.find((e) => e.name === 'Cardell');
    expect(cardell?.mentions).toBeGreaterThanOrEqual(3);
    expect(cardell?.articles.length).toBe(3);
  });

  it('shows the contested repair date with each outlet\'s value', () => {
    const row = report.matrix.rows.find((r) => r.status === 'contested' && r.cells.some((c) => c.value?.includes('2026-05-12')));
    expect(row).toBeDefined();
    const echo = row!.cells.find((c) => c.outlet === 'River Echo')!;
    const post = row!.cells.find((c) => c.outlet === 'Cardell Post')!;
    expect(echo.stance).not.toBe(post.stance);
    expect(echo.stance === 'contradicts' || post.stance === 'contradicts').toBe(true);
    const text = new Map(report.articles.map((a) => [a.id, a.text]));
    for (const c of row!.cells) for (const s of c.mentions) expect(text.get(s.article)!.slice(s.start, s.end)).toBe(s.text);
  });

  it('renders self-contained HTML with escaped article text and a link to every cited span', () => {
    const html = renderStoryHtml(report);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toContain("<script>alert('flood')</script>");
    expect(html).toContain('&lt;script&gt;alert(&#39;flood&#39;)&lt;/script&gt;');
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<link\b/);
    const h = new Map(report.articles.map((a) => [a.id, a.handle]));
    for (const s of report.summary) {
      for (const c of s.citations) {
        const id = `s-${h.get(c.article)}-${c.start}-${c.end}`;
        expect(html).toContain(`href="#${id}"`);
        expect(html).toContain(`id="${id}"`);
      }
    }
    expect(escapeHtml(`a<b & "c"`)).toBe('a&lt;b &amp; &quot;c&quot;');
  });

  it('renders Markdown with every section and JSON that round-trips', () => {
    const md = renderStoryMarkdown(report);
    for (const h of ['# Burst water main', '## Summary', '## Claim matrix', '## Origins', '## Timeline', '## Entities', '## Duplicates']) expect(md).toContain(h);
    expect(md).toContain('is copied by C (exact, similarity 1)');
    expect(md).toContain('\\<script\\>');
    expect(JSON.parse(renderStoryJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
  });
});

describe('ownOutletTest', () => {
  const outlet = (name: string | null) => ({ outlet: name }) as unknown as Parameters<typeof ownOutletTest>[0][number];
  const own = ownOutletTest([outlet('The Marsh Courier'), outlet('Lakeside Radio'), outlet('UNN'), outlet(null)]);

  it('knows each outlet by its name, and a two-word outlet by the short name it uses for itself', () => {
    expect(own('the marsh  courier')).toBe(true);
    expect(own('Courier')).toBe(true);
    expect(own('Radio')).toBe(true);
    expect(own('UNN')).toBe(true);
  });

  it('does not take a part other than the last word, nor other outlets', () => {
    expect(own('Marsh')).toBe(false);
    expect(own('Lakeside')).toBe(false);
    expect(own('The Guardian')).toBe(false);
  });
});
