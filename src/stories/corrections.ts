/**
 * User corrections to story assignment, kept as input constraints so that every later run
 * (incremental or a full recluster) honours them:
 * - `pin`: the article belongs to the story, whatever the scores say;
 * - `merge`: the two stories are one, under the id `into` (every article that belonged to
 *   either in the previous run, and any article that would start either, goes to `into`);
 * - `split`: the listed articles leave `story` for `newStory` (they are pinned there).
 * A later correction overrides an earlier one about the same article or story.
 */

/** One correction. */
export type Correction =
  | { kind: 'pin'; article: string; story: string }
  | { kind: 'merge'; stories: [string, string]; into: string }
  | { kind: 'split'; story: string; articles: string[]; newStory: string };

/** The constraint tables derived from a list of corrections. */
export class Constraints {
  /** Article id → story id it is pinned to. */
  readonly pins = new Map<string, string>();
  /** Story id → the story id it was merged into. */
  readonly alias = new Map<string, string>();
  /** Every story id named in a merge (sources and targets). */
  readonly merged = new Set<string>();
  /** Every correction, in the order given (for snapshots). */
  readonly list: Correction[] = [];

  constructor(corrections: readonly Correction[] = []) {
    for (const c of corrections) this.add(c);
  }

  /** Records one correction. */
  add(c: Correction): void {
    this.list.push(c);
    if (c.kind === 'pin') {
      this.pins.set(c.article, c.story);
    } else if (c.kind === 'merge') {
      this.merged.add(c.into);
      for (const s of c.stories) this.merged.add(s);
      const into = this.resolve(c.into);
      for (const s of c.stories) {
        const r = this.resolve(s);
        if (r !== into) this.alias.set(r, into);
      }
      this.alias.delete(into);
    } else {
      // A split-off story is its own story again, even if it was merged away before.
      this.alias.delete(c.newStory);
      for (const a of c.articles) this.pins.set(a, c.newStory);
    }
  }

  /** The story id a story id stands for now (following merges). */
  resolve(story: string): string {
    let s = story;
    for (let hops = 0; hops < 64; hops++) {
      const next = this.alias.get(s);
      if (next === undefined || next === s) return s;
      s = next;
    }
    return s;
  }

  /** The story an article is pinned to (merges followed), if any. */
  pinOf(article: string): string | undefined {
    const s = this.pins.get(article);
    return s === undefined ? undefined : this.resolve(s);
  }
}
