/**
 * The article page: the text with its spans highlighted by their offsets (claims, entities,
 * dates, attribution sources / cues / contents, boilerplate marks; each layer can be switched
 * off), then the same spans as lists, the problems, versions and duplicates.
 */
import type { ArticleView, Highlight, HighlightLayer } from '../article-view.js';
import { a, articleHref, escapeHtml, oneLine, storyHref } from './layout.js';

const e = escapeHtml;

/** The layers, in legend order, with their readable names. */
const LAYERS: Array<[HighlightLayer, string]> = [
  ['claim', 'claims'],
  ['entity', 'entities'],
  ['time', 'dates and times'],
  ['source', 'attributed sources'],
  ['cue', 'attribution cues'],
  ['content', 'attributed content'],
  ['mark', 'boilerplate marks'],
];

/**
 * The text, escaped, cut at every highlight boundary: each piece inside one or more highlights
 * is a `<span>` with one class per layer and a title naming them; an empty anchor
 * `c-<start>-<end>` stands where each claim starts.
 */
export function highlightedText(text: string, highlights: readonly Highlight[]): string {
  const valid = highlights.filter((h) => h.start >= 0 && h.end <= text.length && h.start < h.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((h) => [h.start, h.end])])].sort((x, y) => x - y);
  let html = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    for (const h of valid) if (h.layer === 'claim' && h.start === from) html += `<span class="anchor" id="c-${h.start}-${h.end}"></span>`;
    const piece = e(text.slice(from, to));
    const covering = valid.filter((h) => h.start <= from && h.end >= to);
    if (covering.length === 0) {
      html += piece;
      continue;
    }
    const classes = [...new Set(covering.map((h) => `l-${h.layer}`))].join(' ');
    html += `<span class="${classes}" title="${e(covering.map((h) => h.label).join('; '))}">${piece}</span>`;
  }
  return html;
}

function section(title: string, body: string): string {
  return `<section><h2>${e(title)}</h2>${body}</section>`;
}

/** The article page's main content. */
export function articleMain(v: ArticleView): string {
  const parts: string[] = [];
  const current = v.versions[v.versions.length - 1];
  parts.push(`<h1>${e(oneLine(v.title ?? '(no title)'))}</h1>`);
  const meta: string[] = [
    `<dt>id</dt><dd><code>${e(v.id)}</code></dd>`,
    `<dt>outlet</dt><dd>${e(v.outlet ?? '–')}${v.outletInferred ? ' (inferred from the text)' : ''}</dd>`,
    `<dt>published</dt><dd>${v.published ? e(v.published) : v.estimatedPublished ? `${e(v.estimatedPublished)} (estimated)` : '–'}</dd>`,
    `<dt>language</dt><dd>${e(v.language)}${v.analysisLimited ? ' (deeper analysis is English-only for now)' : ''}</dd>`,
    `<dt>sentences</dt><dd>${v.sentences.length}</dd>`,
    `<dt>version</dt><dd>${v.version} of ${v.versions.length}${v.versions.length > 1 ? `: ${v.versions.map((n) => (n === v.version ? `<b>${n}</b>` : a(articleHref(v.id, n === current ? undefined : n), String(n)))).join(' ')}` : ''}</dd>`,
    `<dt>story</dt><dd>${v.story ? a(storyHref(v.story.id), oneLine(v.story.title)) : '–'}</dd>`,
  ];
  if (v.url) meta.push(`<dt>url</dt><dd>${/^https?:\/\//i.test(v.url) ? a(v.url, v.url, 'rel="noopener noreferrer nofollow"') : e(v.url)}</dd>`);
  parts.push(`<dl class="meta">${meta.join('')}</dl>`);
  parts.push(`<p>${a(`/api/articles/${encodeURIComponent(v.id)}${v.version !== current ? `?rev=${v.version}` : ''}`, 'this article as JSON')}</p>`);

  const counts = new Map<HighlightLayer, number>();
  for (const h of v.highlights) counts.set(h.layer, (counts.get(h.layer) ?? 0) + 1);
  const legend = LAYERS.map(([layer, name]) => `<label><input type="checkbox" checked data-layer="${layer}" aria-controls="text"> <span class="sw l-${layer}">${e(name)}</span> (${counts.get(layer) ?? 0})</label>`).join('');
  parts.push(`<fieldset class="legend"><legend>Highlight</legend>${legend}</fieldset>`);
  parts.push(`<div id="text" class="article ${LAYERS.map(([l]) => `on-${l}`).join(' ')}" aria-label="Article text">${highlightedText(v.text, v.highlights)}</div>`);

  parts.push(section('Claims', v.claims.length
    ? `<ol>${v.claims.map((c) => `<li><a href="#c-${c.start}-${c.end}">${c.start}–${c.end}</a> ${e(oneLine(c.text))}${c.from !== 'body' ? ` <i>(${e(c.from)})</i>` : ''}${c.hedged ? ' <i>hedged</i>' : ''}${c.negated ? ' <i>negated</i>' : ''}${c.source ? ` <span class="note">— ${e(oneLine(c.source))}${c.cue ? ` ${e(oneLine(c.cue))}` : ''}</span>` : ''}</li>`).join('')}</ol>`
    : '<p>(none)</p>'));
  parts.push(section('Attributions', v.attributions.length
    ? `<table><tr><th scope="col">source</th><th scope="col">cue</th><th scope="col">content</th></tr>${v.attributions.map((x) => `<tr><td>${x.source ? e(oneLine(x.source.text)) : '<i>(unnamed)</i>'}</td><td>${e(oneLine(x.cue.text))}</td><td>${e(oneLine(x.content.text))}</td></tr>`).join('')}</table>`
    : '<p>(none)</p>'));
  parts.push(section('Entities', v.entities.length
    ? `<table><tr><th scope="col">mention</th><th scope="col">type</th><th scope="col">entity</th><th scope="col">offsets</th></tr>${v.entities.map((x) => `<tr><td>${e(oneLine(x.text))}</td><td>${e(x.type.toLowerCase())}</td><td><code>${e(x.entity)}</code></td><td>${x.start}–${x.end}</td></tr>`).join('')}</table>`
    : '<p>(none)</p>'));
  parts.push(section('Dates and times', v.times.length
    ? `<table><tr><th scope="col">words</th><th scope="col">type</th><th scope="col">value</th><th scope="col">offsets</th></tr>${v.times.map((t) => `<tr><td>${e(oneLine(t.text))}</td><td>${e(t.type.toLowerCase())}</td><td>${e(t.value ?? '–')}${t.estimated ? ' (estimated)' : ''}</td><td>${t.start}–${t.end}</td></tr>`).join('')}</table>`
    : '<p>(none)</p>'));
  parts.push(section('Marks', v.marks.length
    ? `<ul>${v.marks.map((m) => `<li><b>${e(m.kind)}</b> ${m.start}–${m.end}: ${e(oneLine(v.text.slice(m.start, m.end)))}</li>`).join('')}</ul>`
    : '<p>(none: every line is body text)</p>'));
  parts.push(section('Problems', v.messages.length
    ? `<ul>${v.messages.map((m) => `<li class="${m.fatal === undefined ? 'note' : 'problem'}">${m.fatal ? 'error' : m.fatal === false ? 'warning' : 'note'}: ${e(m.reason)} <code>${e(m.ruleId)}</code></li>`).join('')}</ul>`
    : '<p>(none)</p>'));
  parts.push(section('Duplicates', v.duplicates.length
    ? `<ul>${v.duplicates.map((d) => `<li>${a(articleHref(d.of), d.of)} (${e(d.kind)}, similarity ${d.similarity})</li>`).join('')}</ul>`
    : '<p>(no stored article copies this one or is copied by it)</p>'));
  return parts.join('\n');
}
