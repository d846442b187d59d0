/**
 * The text stage: raw documents to articles (metadata, headline, boilerplate marks, sentences,
 * language, outlet, content hash), all as spans into the immutable text.
 */
export { prepareArticle } from './prepare.js';
export { splitSentences, looksHardWrapped } from './sentences.js';
export { contentHash, normaliseForHash } from './hash.js';
export { detectLanguage, normaliseLanguage } from './language.js';
export { normaliseDate, parseDateAt, type FoundDate } from './dates.js';
export { matchDateline, markLineBoilerplate, markStructure, type DatelineMatch } from './boilerplate.js';
export { findHeadline, sameTitle, type HeadlineResult } from './headline.js';
export { readMetadata, type MetadataFields, type MetadataResult } from './metadata.js';
export { inferOutlet, type InferredOutlet } from './outlet.js';
export { splitLines, type Line } from './lines.js';
