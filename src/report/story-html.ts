/**
 * The story report as one self-contained HTML page (inline CSS and a few lines of inline script,
 * no external assets). Every piece of article text is escaped. Every cited span (summary
 * sentences, claim mentions, timeline mentions) links to the place it stands in its article,
 * shown in full at the end of the page, where following a link highlights the span.
 */
import type { Citation, SummarySentence } from '../summary/index.js';
import { dateValueLabel } from './dates.js';
import type { MatrixCell, ReportArticle, StoryReport } from './story.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

interface SpanRef {
  article: string;
  start: number;
  end: number;
}

/** The anchor id of a span: `s-<handle>-<start>-<end>`. */
function spanId(h: Map<string, string>, s: SpanRef): string {
  return `s-${h.get(s.article) ?? 'x'}-${s.start}-${s.end}`;
}

function link(h: Map<string, string>, s: SpanRef, label: string, cls = ''): string {
  return `<a class="cite${cls ? ` ${cls}` : ''}" href="#${spanId(h, s)}" title="${escapeHtml(`${s.article} ${s.start}-${s.end}`)}">${escapeHtml(label)}</a>`;
}

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,Segoe UI,sans-serif;margin:0 auto;max-width:72rem;padding:1rem 1.5rem;color:#1d1d1f}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}
.meta{color:#555}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}th{background:#f4f4f6}
td.supports{background:#e6f4ea}td.contradicts{background:#fde2e1}td.absent{color:#999;text-align:center}
.status-contested{color:#b3261e;font-weight:600}.status-corroborated{color:#1e7b34}.hedged{font-style:italic;color:#8a5a00}
.summary li{margin-bottom:.6rem}.cites{font-size:.85rem;color:#555}
a.cite{font-size:.85rem;text-decoration:none;border-bottom:1px dotted;margin-right:.35rem}a.cite.contradicts{color:#b3261e}
.article{white-space:pre-wrap;border:1px solid #ddd;padding:.8rem;background:#fafafa;font-size:.92rem}
mark{background:#fff3b0;padding:0}mark[data-spans*=" "]{background:#ffe066}mark.on{background:#ffb347;outline:2px solid #e07b00}
.anchor{scroll-margin-top:4rem}
`;

/** Highlights every piece of the span the URL fragment names (a span may be cut into pieces). */
const SCRIPT = `
function hl(){var id=location.hash.slice(1);document.querySelectorAll('mark.on').forEach(function(m){m.classList.remove('on')});
if(!id)return;document.querySelectorAll('mark[data-spans]').forEach(function(m){if(m.getAttribute('data-spans').split(' ').indexOf(id)>=0)m.classList.add('on')})}
window.addEventListener('hashchange',hl);window.addEventListener('DOMContentLoaded',hl);
`;

/** Every span the page links to, by article. */
function citedSpans(report: StoryReport): Map<string, SpanRef[]> {
  const all: SpanRef[] = [
    ...report.summary.flatMap((s) => s.citations),
    ...report.matrix.rows.flatMap((r) => r.cells.flatMap((c) => c.mentions)),
    ...report.timeline.flatMap((t) => t.mentions),
  ];
  const out = new Map<string, SpanRef[]>();
  for (const s of all) {
    const list = out.get(s.article) ?? [];
    if (!list.some((x) => x.start === s.start && x.end === s.end)) list.push({ article: s.article, start: s.start, end: s.end });
    out.set(s.article, list);
  }
  return out;
}

/**
 * The article's text, escaped, with every cited span marked: the text is cut at every span
 * boundary, each piece inside one or more spans becomes a `<mark data-spans="...">`, and an
 * empty anchor with the span's id stands where the span starts.
 */
function articleText(h: Map<string, string>, a: ReportArticle, spans: readonly SpanRef[]): string {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= a.text.length && s.start < s.end);
  const cuts = [...new Set([0, a.text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((x, y) => x - y);
  let html = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    for (const s of valid) if (s.start === from) html += `<span class="anchor" id="${spanId(h, s)}"></span>`;
    const piece = escapeHtml(a.text.slice(from, to));
    const covering = valid.filter((s) => s.start <= from && s.end >= to);
    html += covering.length ? `<mark data-spans="${covering.map((s) => spanId(h, s)).join(' ')}">${piece}</mark>` : piece;
  }
  return html;
}

function summaryItem(h: Map<string, string>, s: SummarySentence): string {
  const flags = [s.contested ? '<span class="status-contested">contested</span>' : '', s.hedged ? '<span class="hedged">hedged</span>' : ''].filter(Boolean).join(' ');
  const cite = (c: Citation) => link(h, c, `${c.outlet}${c.role === 'contradicts' ? ' (contradicts)' : ''}${c.hedged ? ' (hedged)' : ''}`, c.role === 'contradicts' ? 'contradicts' : '');
  return `<li>${escapeHtml(oneLine(s.text))} ${flags}<div class="cites">${cite(s.citations[0])}${s.citations.slice(1).map(cite).join('')}</div></li>`;
}

function matrixCell(h: Map<string, string>, c: MatrixCell): string {
  if (c.stance === 'absent') return '<td class="absent">–</td>';
  const value = c.value ? ` <q>${escapeHtml(c.value)}</q>` : '';
  const hedged = c.hedged ? ' <span class="hedged">hedged</span>' : '';
  const links = c.mentions.map((m) => link(h, m, `${h.get(m.article) ?? m.article}:${m.start}${m.from !== 'body' ? ` (${m.from})` : ''}`)).join('');
  return `<td class="${c.stance}">${c.stance}${value}${hedged}<br>${links}</td>`;
}

/** Renders a story report as one self-contained HTML page. */
export function renderStoryHtml(report: StoryReport): string {
  const h = new Map(report.articles.map((a) => [a.id, a.handle]));
  const spans = citedSpans(report);
  const e = escapeHtml;
  const parts: string[] = [];
  const range = report.firstPublished ? `${report.firstPublished}${report.lastPublished && report.lastPublished !== report.firstPublished ? ` .. ${report.lastPublished}` : ''}` : 'undated';
  parts.push(`<h1>${e(oneLine(report.headline))}</h1>`);
  parts.push(`<p class="meta">Story <code>${e(report.id)}</code>: ${report.articles.length} article(s) from ${report.outlets.length} outlet(s) (${e(report.outlets.join(', '))}), ${e(range)}.</p>`);
  parts.push('<table><tr><th></th><th>outlet</th><th>date</th><th>title</th></tr>');
  for (const a of report.articles) {
    const date = a.published ? `${a.published.slice(0, 10)}${a.publishedEstimated ? ' (estimated)' : ''}` : 'no date';
    parts.push(`<tr><td><a href="#article-${a.handle}">${a.handle}</a></td><td>${e(a.outlet)}${a.outletInferred ? ' <span class="hedged">(inferred)</span>' : ''}</td><td>${e(date)}</td><td>${e(a.title ?? '')}</td></tr>`);
  }
  parts.push('</table>');

  parts.push('<h2>Summary</h2>');
  parts.push(report.summary.length ? `<ol class="summary">${report.summary.map((s) => summaryItem(h, s)).join('')}</ol>` : '<p>(nothing to summarise)</p>');

  parts.push('<h2>Claim matrix</h2>');
  if (report.matrix.rows.length === 0) parts.push('<p>(no claims)</p>');
  else {
    parts.push(`<table><tr><th>claim</th><th>status</th><th>origins</th>${report.matrix.outlets.map((o) => `<th>${e(o)}</th>`).join('')}</tr>`);
    for (const r of report.matrix.rows) {
      parts.push(`<tr id="claim-${e(r.claim)}"><td><b>${e(r.claim)}</b> ${e(oneLine(r.text))}</td><td class="status-${r.status}">${r.status}${r.kind ? ` (${r.kind})` : ''}</td><td>${e(r.originsLabel)}</td>${r.cells.map((c) => matrixCell(h, c)).join('')}</tr>`);
    }
    parts.push('</table>');
  }

  parts.push('<h2>Origins</h2>');
  parts.push(report.origins.length ? `<ul>${report.origins.map((o) => `<li><a href="#claim-${e(o.claim)}">${e(o.claim)}</a> ${e(oneLine(o.text))}: <b>${e(o.label)}</b></li>`).join('')}</ul>` : '<p>(no claim is carried by more than one outlet)</p>');
  if (report.citations.length) {
    parts.push(`<p>Who each outlet cites:</p><ul>${report.citations.map((c) => `<li>${e(c.outlet)}: ${e(c.sources.map((s) => `${s.label} (${s.count})`).join(', '))}</li>`).join('')}</ul>`);
  }

  parts.push('<h2>Timeline</h2>');
  parts.push(report.timeline.length
    ? `<ul>${report.timeline.map((t) => `<li><b>${e(dateValueLabel(t.value))}</b>${t.estimated ? ' <span class="hedged">(estimated)</span>' : ''}: ${e(oneLine(t.text))} (${e(t.outlets.join(', '))}) ${t.mentions.map((m) => link(h, m, `${m.outlet}`)).join('')}</li>`).join('')}</ul>`
    : '<p>(no dated claims)</p>');

  parts.push('<h2>Entities</h2>');
  parts.push(report.entities.length
    ? `<table><tr><th>entity</th><th>type</th><th>mentions</th><th>articles</th><th>written as</th></tr>${report.entities.map((x) => `<tr><td>${e(x.name)}</td><td>${x.type.toLowerCase()}</td><td>${x.mentions}</td><td>${x.articles.map((a) => h.get(a) ?? a).join(', ')}</td><td>${e(x.names.join('; '))}</td></tr>`).join('')}</table>`
    : '<p>(none)</p>');

  parts.push('<h2>Duplicates</h2>');
  parts.push(report.duplicates.length
    ? `<ul>${report.duplicates.map((d) => `<li>${h.get(d.original)} is copied by ${d.copies.map((c) => `${h.get(c.article)} (${e(c.kind)}, similarity ${c.similarity})`).join(', ')}</li>`).join('')}</ul>`
    : '<p>(no article of this story copies another)</p>');

  parts.push('<h2>Articles</h2>');
  for (const a of report.articles) {
    parts.push(`<h3 id="article-${a.handle}">${a.handle}: ${e(a.outlet)} <small><code>${e(a.id)}</code></small></h3>`);
    parts.push(`<div class="article">${articleText(h, a, spans.get(a.id) ?? [])}</div>`);
  }

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(oneLine(report.headline))}</title>
<style>${STYLE}</style>
<script>${SCRIPT}</script>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}
