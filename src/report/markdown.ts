/**
 * A readable Markdown report of an analysis document: one section per story with its articles
 * (outlets, dates, duplicates), who is cited, the dates mentioned (resolved), the entities, and
 * what was marked as boilerplate. Every quoted piece names the article it comes from.
 */
import type { AnalysisDocument, StoryOutput } from '../analyze.js';
import type { ArticleOutput } from './article.js';
import type { EntityType } from '../types.js';
import type { ClaimGroupOutput } from '../claims/index.js';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const cell = (s: string) => oneLine(s).replace(/\|/g, '\\|');

function outletLabel(a: ArticleOutput): string {
  if (!a.outlet) {
    try {
      return a.url ? `${new URL(a.url).host} (from URL)` : '(unknown outlet)';
    } catch {
      return '(unknown outlet)';
    }
  }
  return a.outletInferred ? `${a.outlet} (inferred from the text)` : a.outlet;
}

function dateLabel(a: ArticleOutput): string {
  if (a.published) return a.published.slice(0, 10);
  if (a.estimatedPublished) return `${a.estimatedPublished} (estimated)`;
  return 'no date';
}

/** The article's title, else its first sentence (clipped), else its id. */
function headline(a: ArticleOutput): string {
  if (a.title) return a.title;
  const s = a.sentences[0];
  if (!s) return a.id;
  const first = oneLine(a.text.slice(s.start, s.end));
  return first.length > 90 ? `${first.slice(0, 89)}…` : first;
}

/** Short handles (A, B, ...) for a story's articles, used in the tables below. */
function handles(members: ArticleOutput[]): Map<string, string> {
  return new Map(members.map((a, i) => [a.id, i < 26 ? String.fromCharCode(65 + i) : `A${i}`]));
}

function storySection(story: StoryOutput, members: ArticleOutput[]): string[] {
  const h = handles(members);
  const out: string[] = [];
  out.push(`## ${oneLine(story.title)}`, '');
  const range = story.firstPublished ? `${story.firstPublished}${story.lastPublished !== story.firstPublished ? ` .. ${story.lastPublished}` : ''}` : 'undated';
  out.push(`Story \`${story.id}\`: ${members.length} article(s) from ${story.outlets.length} outlet(s), ${range}.`, '');
  out.push('| | outlet | date | title | duplicates |', '|---|---|---|---|---|');
  for (const a of members) {
    const dups = a.duplicates.map((d) => `${d.kind} of ${h.get(d.of) ?? d.of} (${d.similarity})`).join(', ');
    out.push(`| ${h.get(a.id)} | ${cell(outletLabel(a))} | ${dateLabel(a)} | ${cell(headline(a))} | ${dups || '-'} |`);
  }
  out.push('');

  out.push(...summarySection(story, h));
  out.push(...claimsSection(story, h));

  const cited = new Map<string, Set<string>>();
  for (const a of members) {
    for (const x of a.attributions) {
      if (!x.source) continue;
      const who = oneLine(x.source.text);
      if (a.outlet && who === a.outlet) continue; // the outlet naming itself ("..., reports UNN")
      if (!cited.has(who)) cited.set(who, new Set());
      cited.get(who)!.add(h.get(a.id)!);
    }
  }
  if (cited.size) {
    out.push('### Who is cited', '');
    for (const [who, by] of [...cited].sort((x, y) => y[1].size - x[1].size || x[0].localeCompare(y[0]))) {
      out.push(`- ${who} (in ${[...by].join(', ')})`);
    }
    out.push('');
  }

  const dated = members.flatMap((a) => a.times.filter((t) => t.value && /^\d{4}/.test(t.value)).map((t) => ({ a, t })));
  if (dated.length && story.timeline.length === 0) {
    out.push('### Dates mentioned', '');
    dated.sort((x, y) => (x.t.value! < y.t.value! ? -1 : x.t.value! > y.t.value! ? 1 : 0));
    for (const { a, t } of dated) {
      out.push(`- ${t.value}${t.estimated ? ' (estimated)' : ''}: "${oneLine(t.text)}" (${h.get(a.id)})`);
    }
    out.push('');
  }

  const entities = new Map<string, { type: EntityType; names: Map<string, number>; articles: Set<string> }>();
  for (const a of members) {
    for (const e of a.entities) {
      const entry = entities.get(e.entity) ?? { type: e.type, names: new Map(), articles: new Set<string>() };
      entry.names.set(e.text, (entry.names.get(e.text) ?? 0) + 1);
      entry.articles.add(h.get(a.id)!);
      entities.set(e.entity, entry);
    }
  }
  if (entities.size) {
    out.push('### Entities', '');
    for (const type of ['PERSON', 'ORG', 'PLACE', 'OTHER'] as const) {
      const list = [...entities.values()].filter((e) => e.type === type)
        .sort((x, y) => y.articles.size - x.articles.size || [...y.names.values()].reduce((p, q) => p + q, 0) - [...x.names.values()].reduce((p, q) => p + q, 0));
      if (!list.length) continue;
      const names = list.map((e) => [...e.names].sort((x, y) => y[0].length - x[0].length)[0][0]);
      out.push(`- ${type.toLowerCase()}: ${names.join(', ')}`);
    }
    out.push('');
  }

  const marked = members.flatMap((a) => a.marks.map((m) => `- ${h.get(a.id)}: ${m.kind} "${oneLine(a.text.slice(m.start, m.end))}"`));
  const notes = members.flatMap((a) => a.messages.filter((m) => m.fatal === undefined).map((m) => `- ${h.get(a.id)}: ${m.reason}`));
  if (marked.length || notes.length) out.push('### Marked (kept, not body text)', '', ...marked, ...notes, '');
  return out;
}

/** The extractive summary: each sentence with the outlets that state it and where it stands (`A:120-188`). */
function summarySection(story: StoryOutput, h: Map<string, string>): string[] {
  if (!story.summary?.length) return [];
  const out = ['### Summary', ''];
  story.summary.forEach((s, i) => {
    const against = s.contradictedBy.length ? `; contradicted by ${s.contradictedBy.join(', ')}` : '';
    const cites = s.citations.map((c) => `${h.get(c.article) ?? c.article}:${c.start}-${c.end}`).join(', ');
    out.push(`${i + 1}. ${oneLine(s.text)} [${s.outlets.join(', ')}${against}] (${cites})`);
  });
  out.push('');
  return out;
}

/** The claim matrix in prose: corroborated, contested (with each side's value), single-outlet; the timeline. */
function claimsSection(story: StoryOutput, h: Map<string, string>): string[] {
  const out: string[] = [];
  const where = (c: ClaimGroupOutput) => [...new Set(c.mentions.map((m) => h.get(m.article) ?? m.article))].join(', ');
  const hedge = (c: ClaimGroupOutput) => (c.hedged ? ` (hedged in ${c.hedgedMentions} of ${c.mentions.length})` : '');
  const corroborated = story.claims.filter((c) => c.status === 'corroborated');
  const contested = story.claims.filter((c) => c.status === 'contested');
  const single = story.claims.filter((c) => c.status === 'single');
  if (corroborated.length) {
    out.push('### Corroborated', '');
    for (const c of corroborated) out.push(`- ${oneLine(c.text)} (${where(c)}): ${c.originsLabel}${hedge(c)}`);
    out.push('');
  }
  if (contested.length) {
    out.push('### Contested', '');
    for (const c of contested) {
      out.push(`- ${oneLine(c.text)}${c.kind ? ` [${c.kind}]` : ''}:`);
      for (const m of c.mentions) out.push(`  - ${m.outlet} (${h.get(m.article) ?? m.article}): ${m.value ? `"${oneLine(m.value)}"` : '(no value)'}${m.hedged ? ', hedged' : ''}`);
    }
    out.push('');
  }
  if (single.length) {
    const byOutlet = new Map<string, ClaimGroupOutput[]>();
    for (const c of single) byOutlet.set(c.outlets[0], [...(byOutlet.get(c.outlets[0]) ?? []), c]);
    out.push('### Only one outlet says', '');
    for (const [outlet, list] of byOutlet) {
      out.push(`- ${outlet}: ${list.length} claim(s), e.g. ${list.slice(0, 3).map((c) => `"${oneLine(c.text)}"${c.hedged ? ' (hedged)' : ''}`).join('; ')}`);
    }
    out.push('');
  }
  if (story.timeline.length) {
    out.push('### Timeline', '');
    for (const t of story.timeline) {
      const outlets = [...new Set(t.mentions.map((m) => m.outlet))].join(', ');
      out.push(`- ${t.value}${t.estimated ? ' (estimated)' : ''}: ${oneLine(t.text)} (${outlets})`);
    }
    out.push('');
  }
  return out;
}

/** Renders the whole document as Markdown. */
export function renderAnalysisMarkdown(doc: AnalysisDocument): string {
  const byId = new Map(doc.articles.map((a) => [a.id, a]));
  const out: string[] = [];
  out.push(`# ${doc.stories.length} story(ies) in ${doc.articles.length} article(s)`, '');
  const stories = [...doc.stories].sort((x, y) => y.articles.length - x.articles.length || x.id.localeCompare(y.id));
  for (const story of stories) {
    const members = story.articles.map((id) => byId.get(id)).filter((a): a is ArticleOutput => Boolean(a));
    out.push(...storySection(story, members));
  }
  return `${out.join('\n')}\n`;
}
