/** `triangulate articles`, `show <article>` and `search "<query>"`: read what is stored. */
import type { Command } from 'commander';
import type { CliContext } from '../main.js';
import { checkFormat, openCliStore, positiveInt } from './common.js';
import { clip, formatMessage, paint, table } from '../output.js';
import type { ArticleSummary } from '../../store/contract.js';
import { articleOutput } from '../../report/article.js';
import type { Article } from '../../types.js';

function articleRows(rows: ArticleSummary[]): string {
  return table(
    ['ID', 'PUBLISHED', 'OUTLET', 'LANG', 'TITLE'],
    rows.map((a) => [clip(a.id, 48), a.published?.slice(0, 10) ?? '-', a.outlet ? `${a.outlet}${a.outletInferred ? '*' : ''}` : '-', a.language, clip(a.title ?? '', 60)]),
  );
}

export function registerArticles(program: Command, ctx: CliContext): void {
  program
    .command('articles')
    .description('list stored articles (an outlet marked * was inferred from the text)')
    .option('--outlet <name>', 'only this outlet')
    .option('--language <code>', 'only this language (ISO 639-1)')
    .option('--from <date>', 'published on or after this date')
    .option('--to <date>', 'published on or before this date')
    .option('--limit <n>', 'at most this many', '100')
    .option('--format <format>', 'text or json', 'text')
    .action(async (flags: { outlet?: string; language?: string; from?: string; to?: string; limit: string; format: string }, cmd: Command) => {
      checkFormat(flags.format, ['text', 'json']);
      const limit = positiveInt('--limit', flags.limit);
      const store = await openCliStore(cmd);
      try {
        const rows = await store.listArticles({ outlet: flags.outlet, language: flags.language, from: flags.from, to: flags.to, limit });
        if (flags.format === 'json') ctx.io.out(`${JSON.stringify(rows, null, 2)}\n`);
        else ctx.io.out(rows.length ? articleRows(rows) : 'no articles\n');
      } finally {
        await store.close();
      }
    });

  program
    .command('show')
    .description('show one stored article: metadata, marks, sentences and problems')
    .argument('<article>', 'article id')
    .option('--rev <n>', 'a given stored version of the text (default: the current one)')
    .option('--format <format>', 'text or json', 'text')
    .action(async (id: string, flags: { rev?: string; format: string }, cmd: Command) => {
      checkFormat(flags.format, ['text', 'json']);
      const version = flags.rev === undefined ? undefined : positiveInt('--rev', flags.rev);
      const store = await openCliStore(cmd);
      try {
        const article = await store.getArticle(id, version);
        if (!article) {
          ctx.io.err(`triangulate: no article "${id}"${version ? ` version ${version}` : ''} in the store\n`);
          ctx.exitCode = 1;
          return;
        }
        const versions = await store.getVersions(id);
        const duplicates = await store.getDuplicates(id);
        if (flags.format === 'json') {
          ctx.io.out(`${JSON.stringify({ ...articleOutput(article, { duplicates }), version: article.version, versions }, null, 2)}\n`);
        } else {
          ctx.io.out(renderArticle(ctx, article, versions));
          for (const d of duplicates) ctx.io.out(`duplicate: ${d.article === id ? d.of : d.article} (${d.kind}, ${d.similarity.toFixed(2)})\n`);
        }
      } finally {
        await store.close();
      }
    });

  program
    .command('search')
    .description('full-text search over stored titles and texts')
    .argument('<query>', 'words, "quoted phrases", -excluded')
    .option('--limit <n>', 'at most this many hits', '20')
    .option('--format <format>', 'text or json', 'text')
    .action(async (query: string, flags: { limit: string; format: string }, cmd: Command) => {
      checkFormat(flags.format, ['text', 'json']);
      const limit = positiveInt('--limit', flags.limit);
      const store = await openCliStore(cmd);
      try {
        const hits = await store.search(query, limit);
        if (flags.format === 'json') ctx.io.out(`${JSON.stringify(hits, null, 2)}\n`);
        else if (hits.length === 0) ctx.io.out('no matches\n');
        else for (const h of hits) ctx.io.out(`${paint(ctx.io, 'bold', h.id)}  ${h.outlet ?? '-'}  ${h.published?.slice(0, 10) ?? '-'}\n  ${clip(h.snippet, 200)}\n`);
      } finally {
        await store.close();
      }
    });
}

/** A readable rendering of one article: header, then every line with its marks. */
export function renderArticle(ctx: CliContext, a: Article, versions: number[]): string {
  const lines: string[] = [];
  lines.push(paint(ctx.io, 'bold', a.title ?? '(no title)'));
  lines.push(`id:        ${a.id} (version ${a.version} of ${versions.length})`);
  lines.push(`outlet:    ${a.outlet ?? '-'}${a.outletInferred ? ' (inferred from the text)' : ''}`);
  lines.push(`published: ${a.published ?? (a.estimatedPublished ? `${a.estimatedPublished} (estimated)` : '-')}`);
  lines.push(`language:  ${a.language}${a.analysisLimited ? ' (deeper analysis is English-only for now)' : ''}`);
  if (a.url) lines.push(`url:       ${a.url}`);
  lines.push(`source:    ${a.source.kind} ${a.source.input}`);
  lines.push('');
  for (const m of a.marks) lines.push(`${paint(ctx.io, 'cyan', `[${m.kind}]`)} ${clip(a.text.slice(m.start, m.end), 100)}`);
  if (a.marks.length) lines.push('');
  a.sentences.forEach((s, i) => lines.push(`${paint(ctx.io, 'dim', String(i + 1).padStart(3))}  ${a.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`));
  for (const m of a.messages) lines.push(formatMessage(ctx.io, m));
  return `${lines.join('\n')}\n`;
}
