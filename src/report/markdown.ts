/**
 * A readable Markdown report of an analysis document: one section per story, with its
 * articles, their outlets and dates, and what was marked as boilerplate.
 */
import type { AnalysisDocument } from '../analyze.js';
import type { ArticleOutput } from './article.js';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function outletLabel(a: ArticleOutput): string {
  if (!a.outlet) return a.url ? `${new URL(a.url).host} (from URL)` : '(unknown outlet)';
  return a.outletInferred ? `${a.outlet} (inferred from the text)` : a.outlet;
}

function dateLabel(a: ArticleOutput): string {
  if (a.published) return a.published;
  if (a.estimatedPublished) return `${a.estimatedPublished} (estimated)`;
  return 'no date';
}

/** Renders the whole document as Markdown. */
export function renderAnalysisMarkdown(doc: AnalysisDocument): string {
  const byId = new Map(doc.articles.map((a) => [a.id, a]));
  const out: string[] = [];
  out.push(`# Analysis: ${doc.articles.length} article(s), ${doc.stories.length} story(ies)`, '');
  for (const story of doc.stories) {
    const members = story.articles.map((id) => byId.get(id)).filter((a): a is ArticleOutput => Boolean(a));
    const outlets = new Set(members.map((a) => a.outlet ?? a.id));
    out.push(`## Story ${story.id}: ${oneLine(story.title)}`, '');
    out.push(`${members.length} article(s) from ${outlets.size} outlet(s).`, '');
    out.push('| article | outlet | date | language | sentences |', '|---|---|---|---|---|');
    for (const a of members) out.push(`| ${a.id} | ${outletLabel(a)} | ${dateLabel(a)} | ${a.language} | ${a.sentences.length} |`);
    out.push('');
    for (const a of members) {
      out.push(`### ${a.title ? oneLine(a.title) : a.id}`, '');
      out.push(`- id: ${a.id}`, `- outlet: ${outletLabel(a)}`, `- date: ${dateLabel(a)}`);
      for (const d of a.duplicates) out.push(`- duplicate of ${d.of} (${d.kind}, similarity ${d.similarity})`);
      for (const m of a.marks) out.push(`- marked ${m.kind}: "${oneLine(a.text.slice(m.start, m.end))}"`);
      for (const m of a.messages) out.push(`- note: ${m.reason}`);
      out.push('');
    }
  }
  return `${out.join('\n')}\n`;
}
