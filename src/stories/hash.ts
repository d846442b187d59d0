/**
 * The string hash story features are keyed by (see `src/util/hash.ts`): story vectors and the
 * document-frequency table hold hashes instead of strings, which keeps them compact.
 */
export { fnv1a } from '../util/hash.js';
