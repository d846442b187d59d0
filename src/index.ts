/**
 * triangulate's library API. The CLI (`src/cli`) and the HTTP API / web UI (`src/server`) only
 * wrap what is exported here.
 */
export type * from './types.js';
export type * from './store/contract.js';
export { openStore, SqliteStore, PostgresStore } from './store/index.js';
export { readInput, readBytes, readInputStream, type ReadOptions, type ReadResult } from './ingest/index.js';
export { prepareArticle, splitSentences } from './text/index.js';
export { ingest, type IngestOptions, type IngestSummary, type IngestProgress, type InputOutcome } from './pipeline/ingest.js';
export { analyze, type AnalysisDocument, type AnalysisResult, type AnalyzeOptions, type StoryOutput } from './analyze.js';
export { articleOutput, type ArticleOutput } from './report/article.js';
export { renderAnalysisMarkdown } from './report/markdown.js';
export { analyzeArticles } from './analyze.js';
export { buildStoryReport, type StoryReport } from './report/story.js';
export { analyzeStoredStory, storedStoryReport } from './report/story-analysis.js';
export { renderStoryMarkdown } from './report/story-md.js';
export { renderStoryHtml } from './report/story-html.js';
export { renderStoryJson } from './report/story-json.js';
export { summarizeStory, type SummarySentence } from './summary/index.js';
export { storyListing, storyView, type StoryListing, type StoryView } from './report/story-view.js';
export { checkStored, type CheckTarget, type StoredCheck } from './check/stored.js';
export { startServer, createApp, Api, ApiError, articleView, type RunningServer, type ServerOptions, type ApiOptions, type ApiProblem, type ArticleView, type Highlight } from './server/index.js';
