/**
 * Story commands: `stories`, `story <id>`, `why <a> <b>`, and the corrections `merge`, `split`,
 * `pin`, plus `recluster`. Corrections are stored and honoured by every later run.
 */
import type { Command } from 'commander';
import type { CliContext } from '../main.js';
import { UsageError } from '../main.js';
import { checkFormat, openCliStore, positiveInt } from './common.js';
import { clip, paint, table } from '../output.js';
import { correct, recluster } from '../../pipeline/assign.js';
import { explainPair } from '../../pipeline/why.js';
import type { Store } from '../../store/contract.js';
import { storyListing, storyView } from '../../report/story-view.js';
import { renderStoryMarkdown } from '../../report/story-md.js';
import { renderStoryHtml } from '../../report/story-html.js';
import { resolveCorrection, type CorrectionRequest } from '../../pipeline/corrections.js';

async function withStore(cmd: Command, fn: (store: Store) => Promise<void>): Promise<void> {
  const store = await openCliStore(cmd);
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

async function requireStory(ctx: CliContext, store: Store, id: string): Promise<boolean> {
  if (await store.getStory(id)) return true;
  noSuch(ctx, 'story', id);
  return false;
}

/** Reports an id the store does not hold (exit code 1). */
function noSuch(ctx: CliContext, what: 'story' | 'article', id: string): void {
  ctx.io.err(what === 'story' ? `triangulate: no story "${id}" in the store (see: triangulate stories)\n` : `triangulate: no article "${id}" in the store\n`);
  ctx.exitCode = 1;
}

/**
 * Checks a correction against the store (`resolveCorrection`), records it and rebuilds the
 * stories; an unknown id is reported on stderr (exit 1), a request that makes no sense is a
 * usage error.
 */
async function applyCorrection(ctx: CliContext, store: Store, req: CorrectionRequest): Promise<void> {
  const resolved = await resolveCorrection(store, req);
  if ('refused' in resolved) {
    const r = resolved.refused;
    if ('invalid' in r) throw new UsageError(r.invalid);
    return noSuch(ctx, r.missing, r.id);
  }
  await correct(store, resolved.correction);
  ctx.io.out(`${resolved.done}\n`);
}

export function registerStories(program: Command, ctx: CliContext): void {
  program
    .command('stories')
    .description('list stories: title, article count, outlets, first and last date')
    .option('--outlet <name>', 'only stories with this outlet')
    .option('--from <date>', 'only stories with an article on or after this date')
    .option('--to <date>', 'only stories with an article on or before this date')
    .option('--limit <n>', 'at most this many', '50')
    .option('--format <format>', 'text or json', 'text')
    .action(async (flags: { outlet?: string; from?: string; to?: string; limit: string; format: string }, cmd: Command) => {
      checkFormat(flags.format, ['text', 'json']);
      const limit = positiveInt('--limit', flags.limit);
      await withStore(cmd, async (store) => {
        const rows = await store.listStories({ outlet: flags.outlet, from: flags.from, to: flags.to, limit });
        if (flags.format === 'json') return void ctx.io.out(`${JSON.stringify(rows, null, 2)}\n`);
        if (rows.length === 0) return void ctx.io.out('no stories\n');
        ctx.io.out(table(
          ['STORY', 'ARTICLES', 'OUTLETS', 'FIRST', 'LAST', 'TITLE'],
          rows.map((s) => [s.id, s.articleCount, s.outlets.length, s.firstPublished?.slice(0, 10) ?? '-', s.lastPublished?.slice(0, 10) ?? '-', clip(s.title, 70)]),
        ));
      });
    });

  program
    .command('story')
    .description('show one story: text lists its articles, outlets and duplicates; md, html and json give the full report (summary, claim matrix, origins, timeline, entities)')
    .argument('<story>', 'story id')
    .option('--format <format>', 'text, md, html or json', 'text')
    .action(async (id: string, flags: { format: string }, cmd: Command) => {
      checkFormat(flags.format, ['text', 'md', 'html', 'json']);
      await withStore(cmd, async (store) => {
        const listing = await storyListing(store, id);
        if (!listing) return void (await requireStory(ctx, store, id));
        const { story, articles, duplicates } = listing;
        if (flags.format !== 'text') {
          const view = await storyView(store, listing);
          if (flags.format === 'md') return void ctx.io.out(renderStoryMarkdown(view.report));
          if (flags.format === 'html') return void ctx.io.out(renderStoryHtml(view.report));
          return void ctx.io.out(`${JSON.stringify(view, null, 2)}\n`);
        }
        ctx.io.out(`${paint(ctx.io, 'bold', story.title)}\n`);
        ctx.io.out(`story ${story.id}: ${story.articleCount} article(s) from ${story.outlets.length} outlet(s) (${story.outlets.join(', ')}), ${story.firstPublished?.slice(0, 10) ?? '?'} .. ${story.lastPublished?.slice(0, 10) ?? '?'}\n\n`);
        ctx.io.out(table(
          ['ARTICLE', 'PUBLISHED', 'OUTLET', 'SCORE', 'TITLE'],
          articles.map((a) => [clip(a.id, 48), a.published?.slice(0, 10) ?? '-', a.outlet ?? '-', a.score.toFixed(3), clip(a.title ?? '', 50)]),
        ));
        for (const d of duplicates) ctx.io.out(`duplicate: ${d.article} ${d.kind} ${d.of} (similarity ${d.similarity.toFixed(2)})\n`);
      });
    });

  program
    .command('why')
    .description('explain the story score between two articles (and whether they are duplicates)')
    .argument('<a>', 'article id')
    .argument('<b>', 'article id')
    .option('--format <format>', 'text or json', 'text')
    .action(async (a: string, b: string, flags: { format: string }, cmd: Command) => {
      checkFormat(flags.format, ['text', 'json']);
      await withStore(cmd, async (store) => {
        const result = await explainPair(store, a, b);
        if ('missing' in result) {
          ctx.io.err(`triangulate: no article "${result.missing}" in the store\n`);
          ctx.exitCode = 1;
          return;
        }
        if (flags.format === 'json') return void ctx.io.out(`${JSON.stringify(result, null, 2)}\n`);
        ctx.io.out(result.lines.join('\n') + '\n');
      });
    });

  program
    .command('merge')
    .description('merge two stories into the first one (kept as a correction for every later run)')
    .argument('<story>', 'the story that stays')
    .argument('<other>', 'the story merged into it')
    .action(async (story: string, other: string, _flags: unknown, cmd: Command) => {
      if (story === other) throw new UsageError('merge needs two different stories');
      await withStore(cmd, (store) => applyCorrection(ctx, store, { kind: 'merge', story, other }));
    });

  program
    .command('split')
    .description('move articles out of a story into a new story of their own (kept as a correction)')
    .argument('<story>', 'story id')
    .argument('<articles...>', 'the articles that leave it')
    .option('--as <id>', 'id of the new story (default: derived from the story id)')
    .action(async (story: string, articles: string[], flags: { as?: string }, cmd: Command) => {
      await withStore(cmd, (store) => applyCorrection(ctx, store, { kind: 'split', story, articles, ...(flags.as !== undefined ? { as: flags.as } : {}) }));
    });

  program
    .command('pin')
    .description('pin an article to a story, whatever the scores say (kept as a correction)')
    .argument('<article>', 'article id')
    .argument('<story>', 'story id')
    .action(async (article: string, story: string, _flags: unknown, cmd: Command) => {
      await withStore(cmd, (store) => applyCorrection(ctx, store, { kind: 'pin', article, story }));
    });

  program
    .command('recluster')
    .description('rebuild every story from scratch, deterministically, keeping corrections')
    .action(async (_flags: unknown, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const summary = await recluster(store);
        ctx.io.out(`${summary.assigned} article(s) in ${(await store.listStories({ limit: 1_000_000 })).length} stories, ${summary.links} duplicate link(s)\n`);
      });
    });
}
