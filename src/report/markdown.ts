/**
 * A readable Markdown report of an analysis document: one section per story with its articles
 * (outlets, dates, duplicates), its summary, its claims (corroborated with each outlet's wording
 * and origins, contested with each side's value and span, single-outlet ones by outlet), the
 * timeline, who is cited, the dates mentioned (resolved), the entities, and
 * what was marked as boilerplate. Every quoted piece names the article it comes from.
 */
import type { AnalysisDocument, StoryOutput } from '../analyze.js';
import type { ArticleOutput } from './article.js';
import { dateValueLabel } from './dates.js';
import { foldAlike, storyEntities } from './story.js';
import type { ClaimGroupOutput, ClaimMentionOutput } from '../claims/index.js';

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

  out.push(...citedSection(story, members, h));

  const dated = members.flatMap((a) => a.times.filter((t) => t.value && /^\d{4}/.test(t.value)).map((t) => ({ a, t })));
  if (dated.length && story.timeline.length === 0) {
    out.push('### Dates mentioned', '');
    dated.sort((x, y) => (x.t.value! < y.t.value! ? -1 : x.t.value! > y.t.value! ? 1 : 0));
    for (const { a, t } of dated) {
      out.push(`- ${t.value}${t.estimated ? ' (estimated)' : ''}: "${oneLine(t.text)}" (${h.get(a.id)})`);
    }
    out.push('');
  }

  const entities = storyEntities(members);
  if (entities.length) {
    out.push('### Entities', '');
    for (const type of ['PERSON', 'ORG', 'PLACE', 'OTHER'] as const) {
      const names = entities.filter((e) => e.type === type).map((e) => e.name);
      if (names.length) out.push(`- ${type.toLowerCase()}: ${names.join(', ')}`);
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

/** Most claims listed per outlet under "Only one outlet says" (the rest are counted). */
const SINGLE_MAX = 12;

/** Where a mention was read, when not in the body: `, related headline`, `, title`. */
function fromLabel(from: ClaimMentionOutput['from']): string {
  return from === 'body' ? '' : `, ${from.replace('-', ' ')}`;
}

/** A quoted span with its handle and offsets: `"text" (A:12-40)`. */
function quote(m: ClaimMentionOutput, h: Map<string, string>): string {
  return `"${oneLine(m.text)}" (${h.get(m.article) ?? m.article}:${m.start}-${m.end}${fromLabel(m.from)})`;
}

/** Who a mention is attributed to, when it is not the outlet's own reporting. */
function via(m: ClaimMentionOutput): string {
  return m.origin !== m.outlet ? `, per ${m.origin}` : '';
}

/**
 * The claim matrix in prose: corroborated groups (each outlet's wording quoted, with its origin),
 * contested ones (each side's value and span), single-outlet claims by outlet; the timeline.
 */
function claimsSection(story: StoryOutput, h: Map<string, string>): string[] {
  const out: string[] = [];
  const where = (c: ClaimGroupOutput) => [...new Set(c.mentions.map((m) => h.get(m.article) ?? m.article))].join(', ');
  const hedge = (c: ClaimGroupOutput) => (c.hedged ? ` (hedged in ${c.hedgedMentions} of ${c.mentions.length})` : '');
  const shown = foldAlike(story.claims);
  const corroborated = shown.filter((c) => c.status === 'corroborated');
  const contested = shown.filter((c) => c.status === 'contested');
  const single = shown.filter((c) => c.status === 'single');
  if (corroborated.length) {
    out.push('### Corroborated', '');
    for (const c of corroborated) {
      out.push(`- ${oneLine(c.text)} (${where(c)}): corroborated, ${c.originsLabel}${hedge(c)}`);
      for (const m of c.mentions) out.push(`  - ${m.outlet}${via(m)}: ${quote(m, h)}${m.hedged ? ', hedged' : ''}`);
    }
    out.push('');
  }
  if (contested.length) {
    out.push('### Contested', '');
    for (const c of contested) {
      out.push(`- ${oneLine(c.text)}: contested${c.kind ? ` (${c.kind})` : ''}, ${c.originsLabel}`);
      for (const m of c.mentions) {
        out.push(`  - ${m.outlet}${via(m)}: ${m.value ? `"${oneLine(m.value)}"` : '(no value)'} in ${quote(m, h)}${m.hedged ? ', hedged' : ''}`);
      }
    }
    out.push('');
  }
  if (single.length) {
    const byOutlet = new Map<string, ClaimGroupOutput[]>();
    for (const c of single) byOutlet.set(c.outlets[0], [...(byOutlet.get(c.outlets[0]) ?? []), c]);
    out.push('### Only one outlet says', '');
    for (const [outlet, list] of byOutlet) {
      out.push(`- ${outlet}: ${list.length} claim(s)`);
      for (const c of list.slice(0, SINGLE_MAX)) {
        const m = c.mentions[0];
        out.push(`  - ${oneLine(c.text)} (${h.get(m.article) ?? m.article}:${m.start}-${m.end}${fromLabel(m.from)}${via(m)})${c.hedged ? ' (hedged)' : ''}`);
      }
      if (list.length > SINGLE_MAX) out.push(`  - ... and ${list.length - SINGLE_MAX} more`);
    }
    out.push('');
  }
  if (story.timeline.length) {
    out.push('### Timeline', '');
    for (const t of story.timeline) {
      const outlets = [...new Set(t.mentions.map((m) => m.outlet))].join(', ');
      const spans = t.mentions.map((m) => `${h.get(m.article) ?? m.article}:${m.start}-${m.end}`).join(', ');
      out.push(`- ${dateValueLabel(t.value)}${t.estimated ? ' (estimated)' : ''}: ${oneLine(t.text)} (${outlets}; ${spans})`);
    }
    out.push('');
  }
  return out;
}

/**
 * Who the story's outlets cite: the origins of its claim graph (outlets citing a person, an
 * agency, another outlet), each under the name its entity is written with most fully, with the
 * articles that cite it and how many claims they attribute to it.
 */
function citedSection(story: StoryOutput, members: ArticleOutput[], h: Map<string, string>): string[] {
  const names = new Map<string, string>();
  for (const a of members) {
    for (const e of a.entities) {
      const prev = names.get(e.entity);
      if (!prev || oneLine(e.text).length > prev.length) names.set(e.entity, oneLine(e.text));
    }
  }
  const nodes = new Map(story.origins.nodes.map((n) => [n.id, n]));
  const outletHandles = new Map<string, string[]>();
  for (const a of members) {
    const key = `outlet:${(a.outlet ?? '').toLowerCase()}`;
    outletHandles.set(key, [...(outletHandles.get(key) ?? []), h.get(a.id)!]);
  }
  const cited = new Map<string, { label: string; by: Set<string>; count: number }>();
  for (const e of story.origins.edges) {
    if (e.kind !== 'cites') continue;
    const node = nodes.get(e.to);
    const label = e.to.startsWith('entity:') ? names.get(e.to.slice('entity:'.length)) ?? node?.label ?? e.to : node?.label ?? e.to;
    const entry = cited.get(e.to) ?? { label, by: new Set<string>(), count: 0 };
    for (const x of outletHandles.get(e.from) ?? [nodes.get(e.from)?.label ?? e.from]) entry.by.add(x);
    entry.count += e.count;
    cited.set(e.to, entry);
  }
  if (cited.size === 0) return [];
  const out = ['### Who is cited', ''];
  for (const c of [...cited.values()].sort((x, y) => y.by.size - x.by.size || y.count - x.count || x.label.localeCompare(y.label))) {
    out.push(`- ${c.label} (in ${[...c.by].sort().join(', ')}; ${c.count} claim(s))`);
  }
  out.push('');
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
