/**
 * The semantics of `putStoryMembers`, as a pure function: validate the batch, keep one
 * decision per article (the last), and list the stories to create or retitle. Both backends
 * execute the same plan, so they cannot drift apart.
 */
import type { StoryMember } from './contract.js';

/** A story the batch writes members into or retitles. */
export interface PlannedStory {
  id: string;
  /** The title given in `titles`, or null (keep the stored title, or fall back for a new story). */
  title: string | null;
  /**
   * The first member of the batch in this story (a new story without a given title is named
   * after its article), or null when the story is only retitled.
   */
  firstArticle: string | null;
}

/** What to write for one `putStoryMembers` call. */
export interface StoryBatchPlan {
  /** One decision per article (the last one of the batch), at the article's first place. */
  members: StoryMember[];
  /** Stories with members in the batch (in order of their first member), then stories only retitled. */
  stories: PlannedStory[];
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/**
 * Throws a TypeError when a member cannot be stored at all (a programming error upstream):
 * empty or non-string ids, a non-finite score, a non-boolean `created`.
 */
export function validateMember(member: StoryMember, index: number): void {
  const where = `story member #${index}`;
  if (member === null || typeof member !== 'object') throw new TypeError(`${where} is not an object`);
  if (!isNonEmptyString(member.article)) throw new TypeError(`${where}: article must be a non-empty string`);
  const named = `${where} (${member.article})`;
  if (!isNonEmptyString(member.story)) throw new TypeError(`${named}: story must be a non-empty string`);
  if (typeof member.score !== 'number' || !Number.isFinite(member.score)) {
    throw new TypeError(`${named}: score must be a finite number`);
  }
  if (typeof member.created !== 'boolean') throw new TypeError(`${named}: created must be a boolean`);
}

/** Plans a batch. Throws a TypeError on a malformed member or title before anything is written. */
export function planStoryBatch(
  members: readonly StoryMember[],
  titles: Readonly<Record<string, string>> = {},
): StoryBatchPlan {
  if (titles === null || typeof titles !== 'object') throw new TypeError('titles must be an object');
  for (const [story, title] of Object.entries(titles)) {
    if (typeof title !== 'string') throw new TypeError(`title of story ${story} must be a string`);
  }
  const byArticle = new Map<string, StoryMember>();
  members.forEach((member, index) => {
    validateMember(member, index);
    byArticle.set(member.article, member);
  });
  const given = (story: string): string | null => (Object.hasOwn(titles, story) ? titles[story] : null);
  const stories = new Map<string, PlannedStory>();
  for (const member of byArticle.values()) {
    if (!stories.has(member.story)) {
      stories.set(member.story, { id: member.story, title: given(member.story), firstArticle: member.article });
    }
  }
  for (const story of Object.keys(titles)) {
    if (story.length > 0 && !stories.has(story)) stories.set(story, { id: story, title: titles[story], firstArticle: null });
  }
  return { members: [...byArticle.values()], stories: [...stories.values()] };
}
