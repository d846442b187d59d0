/**
 * The pure, expensive half of duplicate detection: from a document to its sketches
 * (normalisation, content hash, shingles, MinHash signature, winnowed fingerprints). It needs
 * no deduper state, so it can run in a worker thread; {@link Deduper.addSketch} does the
 * stateful half (index lookups, verification, groups) on the thread that owns the deduper.
 *
 * A {@link DocSketch} is plain data (strings, numbers and typed arrays): it crosses
 * `postMessage` by structured clone, and its typed arrays can be transferred.
 */
import type { Article } from '../types.js';
import type { Hasher } from './hash.js';
import { minHashFamily, minHashSignature } from './minhash.js';
import { bodyText, bodyTokenHashes, normalizeText, tokenHashes } from './normalize.js';
import { countDistinct, shingleHashes, uniqueSorted } from './shingles.js';
import { winnow } from './winnow.js';

/** What a sketch depends on: equal parameters give equal sketches for equal texts. */
export interface SketchParams {
  /** Words per shingle. */
  shingleSize: number;
  /** MinHash positions. */
  numPerm: number;
  /** Seed of the MinHash permutations. */
  seed: number;
  /** Winnowing window (shingles). */
  winnowWindow: number;
}

/** A document to sketch: its id and text, optionally its content hash and body spans. */
export interface SketchInput {
  id: string;
  text: string;
  /** Hash of the normalised text when the caller has one (equal hashes are exact duplicates). */
  contentHash?: string;
  /** Body spans to compare; default the whole text. */
  spans?: ReadonlyArray<{ start: number; end: number }>;
}

/** The sketches of one document, as {@link Deduper.addSketch} takes them. */
export interface DocSketch {
  id: string;
  /** Content hash (given, or xxHash of the normalised text); null for a text with no content. */
  hash: string | null;
  /** Distinct shingles. */
  shingles: number;
  /** MinHash signature, low 16 bits of each position. */
  sig: Uint16Array;
  /** Winnowed fingerprints, sorted, distinct. */
  fps: Uint32Array;
  /** The parameters it was made with ({@link sketchParamsKey}). */
  params: string;
}

/** A short key of sketch parameters: sketches are only comparable when their keys are equal. */
export function sketchParamsKey(p: SketchParams): string {
  return `${p.shingleSize}/${p.numPerm}/${p.seed >>> 0}/${p.winnowWindow}`;
}

/** The sketches of already normalised text (no content hash). */
export function sketchNormalized(norm: string, p: SketchParams): { uniq: Uint32Array; sig: Uint16Array; fps: Uint32Array } {
  const sh = shingleHashes(tokenHashes(norm), p.shingleSize);
  const uniq = uniqueSorted(sh);
  const full = minHashSignature(uniq, minHashFamily(p.numPerm, p.seed));
  const sig = new Uint16Array(full.length);
  for (let i = 0; i < full.length; i++) sig[i] = full[i] & 0xffff;
  return { uniq, sig, fps: winnow(sh, p.winnowWindow) };
}

/** Sketches one document. Pure (given an initialised hasher). */
export function sketchDocument(doc: SketchInput, p: SketchParams, hasher: Hasher): DocSketch {
  // With a content hash given, the normalised text is only needed for its tokens: hash them
  // straight from the text when it allows (same values), else normalise first.
  const th = doc.contentHash != null ? bodyTokenHashes(doc.text, doc.spans) : null;
  if (th !== null) return { id: doc.id, hash: doc.contentHash ?? null, ...sketchTokens(th, p), params: sketchParamsKey(p) };
  const norm = normalizeText(bodyText(doc.text, doc.spans));
  const hash = doc.contentHash ?? (norm.length > 0 ? hasher.h64Hex(norm) : null);
  const { uniq, sig, fps } = sketchNormalized(norm, p);
  return { id: doc.id, hash, shingles: uniq.length, sig, fps, params: sketchParamsKey(p) };
}

/**
 * The sketches of a text given as its token hashes, as {@link sketchNormalized} makes them
 * (without the sorted shingle set: a repeated shingle does not change a MinHash minimum, and
 * the distinct shingles are only counted).
 */
function sketchTokens(th: Uint32Array, p: SketchParams): { shingles: number; sig: Uint16Array; fps: Uint32Array } {
  const sh = shingleHashes(th, p.shingleSize);
  const full = minHashSignature(sh, minHashFamily(p.numPerm, p.seed));
  const sig = new Uint16Array(full.length);
  for (let i = 0; i < full.length; i++) sig[i] = full[i] & 0xffff;
  return { shingles: countDistinct(sh), sig, fps: winnow(sh, p.winnowWindow) };
}

/** What the deduper reads of a prepared article: its body sentences and content hash. */
export function dedupInput(a: Pick<Article, 'id' | 'text' | 'contentHash' | 'sentences'>): SketchInput {
  return { id: a.id, text: a.text, contentHash: a.contentHash, spans: a.sentences };
}

/** The buffers of a sketch, for a `postMessage` transfer list. */
export function sketchBuffers(s: DocSketch): ArrayBuffer[] {
  return [s.sig.buffer as ArrayBuffer, s.fps.buffer as ArrayBuffer];
}
