/**
 * The HTTP API and web UI of `triangulate serve`: a thin shell over the library API.
 * Entry points: {@link startServer} (listen on a port) and {@link createApp} (a request handler).
 */
export { startServer, createApp, contentSecurityPolicy, type RunningServer, type ServerOptions } from './http.js';
export { Api, type ApiOptions, type Page, type StoryPage, type CheckAnswer, type CheckRow, type CorrectionAnswer } from './api.js';
export { ApiError, type ApiProblem } from './errors.js';
export { articleView, highlightsOf, type ArticleView, type ArticleClaim, type Highlight, type HighlightLayer } from './article-view.js';
