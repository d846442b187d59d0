/**
 * The story report as Markdown: headline, summary (every sentence with its citations), claim
 * matrix, origins, timeline, entities, duplicate groups and the articles. Spans are cited as
 * `A:120-188` (article handle and offsets into its text).
 */
import type { Citation } from '../summary/index.js';
import { dateValueLabel } from './dates.js';
import type { MatrixCell, ReportArticle, StoryReport } from './story.js';

/** One line of text; `<` and `>` backslash-escaped so a Markdown viewer shows tags as text. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim().replace(/[<>]/g, (c) => `\\${c}`);
const cell = (s: string) => oneLine(s).replace(/\|/g, '\\|');

function handles(report: StoryReport): Map<string, string> {
  return new Map(report.articles.map((a) => [a.id, a.handle]));
}

/** `A:120-188`: where a span stands. */
function at(h: Map<string, string>, s: { article: string; start: number; end: number }): string {
  return `${h.get(s.article) ?? s.article}:${s.start}-${s.end}`;
}

function citationLine(h: Map<string, string>, c: Citation): string {
  const what = c.role === 'contradicts' ? `contradicts${c.value ? ` ("${oneLine(c.value)}")` : ''}` : 'supports';
  return `${c.outlet} ${at(h, c)} ${what}${c.hedged ? ', hedged' : ''}`;
}

function matrixCell(h: Map<string, string>, c: MatrixCell): string {
  if (c.stance === 'absent') return '-';
  const mark = c.stance === 'supports' ? 'supports' : '**contradicts**';
  const value = c.value ? ` "${c.value}"` : '';
  const where = c.mentions.map((m) => `${at(h, m)}${m.from !== 'body' ? ` (${m.from})` : ''}`).join(', ');
  return cell(`${mark}${value}${c.hedged ? ' (hedged)' : ''} [${where}]`);
}

function articleLine(a: ReportArticle): string {
  const outlet = a.outletInferred ? `${a.outlet} (outlet inferred from the text)` : a.outlet;
  const date = a.published ? `${a.published.slice(0, 10)}${a.publishedEstimated ? ' (estimated)' : ''}` : 'no date';
  return `| ${a.handle} | ${cell(outlet)} | ${date} | ${cell(a.title ?? '')} | \`${cell(a.id)}\` |`;
}

/** Renders a story report as Markdown. */
export function renderStoryMarkdown(report: StoryReport): string {
  const h = handles(report);
  const out: string[] = [];
  const range = report.firstPublished ? `${report.firstPublished}${report.lastPublished && report.lastPublished !== report.firstPublished ? ` .. ${report.lastPublished}` : ''}` : 'undated';
  out.push(`# ${oneLine(report.headline)}`, '');
  out.push(`Story \`${report.id}\`: ${report.articles.length} article(s) from ${report.outlets.length} outlet(s) (${report.outlets.join(', ')}), ${range}.`, '');
  out.push('| | outlet | date | title | article |', '|---|---|---|---|---|', ...report.articles.map(articleLine), '');

  out.push('## Summary', '');
  if (report.summary.length === 0) out.push('(nothing to summarise)');
  report.summary.forEach((s, i) => {
    const flags = [s.contested ? 'contested' : '', s.hedged ? 'hedged' : ''].filter(Boolean);
    out.push(`${i + 1}. ${oneLine(s.text)} [${s.outlets.join(', ')}${s.contradictedBy.length ? `; contradicted by ${s.contradictedBy.join(', ')}` : ''}]${flags.length ? ` (${flags.join(', ')})` : ''}`);
    out.push(`   - from ${s.outlet} ${at(h, s)}${s.claims.length ? `, claims ${s.claims.join(', ')}` : ''}`);
    for (const c of s.citations.slice(1)) out.push(`   - ${citationLine(h, c)}: "${oneLine(c.text)}"`);
  });
  out.push('');

  out.push('## Claim matrix', '');
  if (report.matrix.rows.length === 0) out.push('(no claims)', '');
  else {
    out.push(`| claim | status | origins | ${report.matrix.outlets.map(cell).join(' | ')} |`, `|---|---|---|${report.matrix.outlets.map(() => '---|').join('')}`);
    for (const r of report.matrix.rows) {
      const status = r.kind ? `${r.status} (${r.kind})` : r.status;
      out.push(`| ${r.claim}: ${cell(r.text)} | ${status} | ${cell(r.originsLabel)} | ${r.cells.map((c) => matrixCell(h, c)).join(' | ')} |`);
    }
    out.push('');
  }

  const contested = report.matrix.rows.filter((r) => r.status === 'contested');
  if (contested.length) {
    out.push('### Contested', '');
    for (const r of contested) {
      out.push(`- ${r.claim}${r.kind ? ` [${r.kind}]` : ''}:`);
      for (const c of r.cells) {
        for (const m of c.mentions) out.push(`  - ${c.outlet} ${at(h, m)}${m.from !== 'body' ? ` (${m.from})` : ''}: "${oneLine(m.text)}"${c.value ? ` -> ${c.value}` : ''}${c.hedged ? ' (hedged)' : ''}`);
      }
    }
    out.push('');
  }

  out.push('## Origins', '');
  if (report.origins.length === 0) out.push('(no claim is carried by more than one outlet)');
  for (const o of report.origins) out.push(`- ${o.claim} "${oneLine(o.text)}": ${o.label}`);
  out.push('');
  if (report.citations.length) {
    out.push('Who each outlet cites:', '');
    for (const c of report.citations) out.push(`- ${c.outlet}: ${c.sources.map((s) => `${s.label} (${s.count})`).join(', ')}`);
    out.push('');
  }

  out.push('## Timeline', '');
  if (report.timeline.length === 0) out.push('(no dated claims)');
  for (const t of report.timeline) {
    out.push(`- ${dateValueLabel(t.value)}${t.estimated ? ' (estimated)' : ''}: ${oneLine(t.text)} (${t.outlets.join(', ')}; ${t.mentions.map((m) => at(h, m)).join(', ')})`);
  }
  out.push('');

  out.push('## Entities', '');
  if (report.entities.length === 0) out.push('(none)');
  for (const e of report.entities) {
    const also = e.names.filter((n) => n !== e.name);
    out.push(`- ${e.name} (${e.type.toLowerCase()}): ${e.mentions} mention(s) in ${e.articles.length} article(s)${also.length ? `; also "${also.join('", "')}"` : ''}`);
  }
  out.push('');

  out.push('## Duplicates', '');
  if (report.duplicates.length === 0) out.push('(no article of this story copies another)');
  for (const d of report.duplicates) {
    out.push(`- ${h.get(d.original)} (\`${d.original}\`) is copied by ${d.copies.map((c) => `${h.get(c.article)} (${c.kind}, similarity ${c.similarity})`).join(', ')}`);
  }
  out.push('');
  return `${out.join('\n')}\n`;
}
