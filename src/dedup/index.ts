/**
 * Near-duplicate detection for a stream of articles.
 *
 * - **exact**: equal content hash of the normalised body text (NFKC, lower case, ASCII quotes
 *   and dashes, collapsed whitespace; {@link normalizeText}), 64-bit xxHash. A caller-given
 *   `contentHash` is used as is, so hash every document of one deduper the same way.
 * - **near**: MinHash (128 positions, one permutation hashing with optimal densification)
 *   over 5-word shingles of the normalised tokens; LSH with 20 bands x 6 rows (a pair with
 *   Jaccard 0.8 is a candidate with probability 0.998, 0.5 with 0.27); candidates verified by
 *   the estimated Jaccard: `near` when >= 0.8 (`nearThreshold`), `similarity` = that estimate.
 * - **contains**: one text copied into a longer one (a wire story inside an article with its
 *   own intro and analysis). Candidates come from an inverted index of winnowed fingerprints
 *   (window 12 shingles; half of them indexed, chosen by hash; boilerplate fingerprints shared
 *   by 64+ documents skipped), which finds the pair whichever arrives first; verified on all
 *   fingerprints. `contains` when the text with fewer shingles has >= 0.8 (`containThreshold`)
 *   of its fingerprints inside the other, and either the other is >= 1.15x its size
 *   (`containRatio`: it adds text of its own) or the pair is not `near`. `similarity` = that
 *   share.
 *
 * Link direction: a link returned by `add` always has `article` = the document just added and
 * `of` = an earlier one, for every kind (so a store that replaces "the links of an article"
 * stays correct). For `contains` the extra field `container` names the article that holds the
 * other's text (the new one or the earlier one: the wire story may arrive first or last).
 *
 * Groups: links join duplicate groups (union-find; representative = earliest member); at most
 * one link per earlier group is returned (the best). An article joins through containment only
 * once as a container, so a roundup that embeds two different wire stories links to both
 * without merging them into one group. Duplicates stay separate articles.
 *
 * Texts with fewer than 40 distinct shingles (`minShingles`, about 44 words) only get exact
 * links: short texts share 5-word phrases too easily. Everything is deterministic. Memory is
 * about 0.75 KB of sketches (in a few shared typed arrays: `records.ts`) plus ~0.6 KB of index
 * entries per indexed document; `maxDocs` bounds it for long streams by evicting the oldest
 * documents from the indexes.
 */
import { Deduper, type DeduperOptions } from './deduper.js';
import { loadHasher } from './hash.js';
import { normalizeText } from './normalize.js';

export { Deduper } from './deduper.js';
export type {
  DedupInput,
  DedupLink,
  DeduperOptions,
  DeduperStats,
  DuplicateExplanation,
  ResolvedDeduperOptions,
} from './deduper.js';
export type { DuplicateGroup } from './groups.js';
export { normalizeText, tokenize, bodyText } from './normalize.js';
export { loadHasher, type Hasher } from './hash.js';
export { sketchDocument, sketchParamsKey, dedupInput, sketchBuffers, type DocSketch, type SketchInput, type SketchParams } from './sketch.js';

/** Creates a deduper (async: loads the xxHash WebAssembly module once per process). */
export async function createDeduper(opts?: DeduperOptions): Promise<Deduper> {
  return new Deduper(await loadHasher(), opts);
}

/**
 * The content hash the deduper computes when none is given: 64-bit xxHash (hex) of the
 * normalised text, or null for a text with no content.
 */
export async function contentHash(text: string): Promise<string | null> {
  const norm = normalizeText(text);
  return norm.length > 0 ? (await loadHasher()).h64Hex(norm) : null;
}

