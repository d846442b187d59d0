/**
 * Online story clustering: the public surface for the pipeline, the store integration and `why`.
 * See `cluster.ts` for the algorithm, `params.ts` for the fitted weights and how they were made.
 */
export {
  StoryClusterer, recluster, publicationOrder,
  type Assignment, type AssignmentEvidence, type ClustererOptions, type ClustererSnapshot, type Explanation,
} from './cluster.js';
export { extractFeatures, type ArticleFeatures, type ClusterInput } from './features.js';
export type { Correction } from './corrections.js';
export type { StoryParams, ScoreParts, Similarities } from './score.js';
export { FITTED_PARAMS } from './params.js';
