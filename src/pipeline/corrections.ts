/**
 * Corrections as a user asks for them (`merge`, `split`, `pin` on the CLI, `POST
 * /api/corrections`): checked against the store and turned into the clusterer's `Correction`,
 * or refused with the reason. Applying one is `correct()` (assign.ts).
 */
import type { Store } from '../store/contract.js';
import type { Correction } from '../stories/cluster.js';

/** A correction as asked for: stories and articles by id; a split's new story id is optional. */
export type CorrectionRequest =
  | { kind: 'merge'; story: string; other: string }
  | { kind: 'split'; story: string; articles: string[]; as?: string }
  | { kind: 'pin'; article: string; story: string };

/** Why a request cannot be applied: an id the store does not hold, or a request that makes no sense. */
export type CorrectionRefusal = { missing: 'story' | 'article'; id: string } | { invalid: string; ruleId: string };

/**
 * The correction a request asks for and a line saying what it does, or why it is refused. A
 * split without `as` gets `<story>-split` (then `-split2`, ...: the first id not taken).
 */
export async function resolveCorrection(store: Store, req: CorrectionRequest): Promise<{ correction: Correction; done: string } | { refused: CorrectionRefusal }> {
  const missingStory = async (...ids: string[]): Promise<{ refused: CorrectionRefusal } | null> => {
    for (const id of ids) if (!(await store.getStory(id))) return { refused: { missing: 'story', id } };
    return null;
  };
  if (req.kind === 'merge') {
    if (req.story === req.other) return { refused: { invalid: 'merge needs two different stories', ruleId: 'bad-parameter' } };
    const missing = await missingStory(req.story, req.other);
    if (missing) return missing;
    return { correction: { kind: 'merge', stories: [req.story, req.other], into: req.story }, done: `merged ${req.other} into ${req.story}` };
  }
  if (req.kind === 'split') {
    const missing = await missingStory(req.story);
    if (missing) return missing;
    const members = new Set((await store.getStoryArticles(req.story)).map((a) => a.id));
    const strangers = req.articles.filter((a) => !members.has(a));
    if (strangers.length) return { refused: { invalid: `not in story ${req.story}: ${strangers.join(', ')}`, ruleId: 'not-a-member' } };
    let newStory = req.as ?? `${req.story}-split`;
    for (let n = 2; !req.as && (await store.getStory(newStory)); n++) newStory = `${req.story}-split${n}`;
    return { correction: { kind: 'split', story: req.story, articles: req.articles, newStory }, done: `moved ${req.articles.length} article(s) from ${req.story} to ${newStory}` };
  }
  if (!(await store.getArticle(req.article))) return { refused: { missing: 'article', id: req.article } };
  const missing = await missingStory(req.story);
  if (missing) return missing;
  return { correction: { kind: 'pin', article: req.article, story: req.story }, done: `pinned ${req.article} to ${req.story}` };
}
