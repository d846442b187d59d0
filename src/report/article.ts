/**
 * The machine-readable form of one article, as `../shared/EVALUATION.md` specifies it for
 * `analyze --format json` (and `show --format json`). Extra fields are allowed and kept.
 */
import type { Article, Attribution, DuplicateLink, EntityMention, Mark, Message, Span, TimeExpression } from '../types.js';

/** One article in the analysis document. */
export interface ArticleOutput {
  id: string;
  text: string;
  title: string | null;
  outlet: string | null;
  outletInferred: boolean;
  language: string;
  published: string | null;
  estimatedPublished: string | null;
  url: string | null;
  version: number;
  titleSpan: Span | null;
  outletSpan: Span | null;
  analysisLimited: boolean;
  sentences: Span[];
  marks: Mark[];
  times: TimeExpression[];
  attributions: Attribution[];
  entities: EntityMention[];
  duplicates: { of: string; kind: DuplicateLink['kind']; similarity: number }[];
  messages: Message[];
}

/** Per-article results of the later stages (all optional: empty when not computed). */
export interface ArticleExtras {
  times?: TimeExpression[];
  attributions?: Attribution[];
  entities?: EntityMention[];
  /** Links that involve this article, either side. */
  duplicates?: DuplicateLink[];
}

/** Builds the output record of one article. */
export function articleOutput(a: Article, extras: ArticleExtras = {}): ArticleOutput {
  return {
    id: a.id,
    text: a.text,
    title: a.title,
    outlet: a.outlet,
    outletInferred: a.outletInferred,
    language: a.language,
    published: a.published,
    estimatedPublished: a.estimatedPublished,
    url: a.url,
    version: a.version,
    titleSpan: a.titleSpan,
    outletSpan: a.outletSpan,
    analysisLimited: Boolean(a.analysisLimited),
    sentences: a.sentences.map(({ start, end }) => ({ start, end })),
    marks: a.marks,
    times: extras.times ?? [],
    attributions: extras.attributions ?? [],
    entities: extras.entities ?? [],
    duplicates: (extras.duplicates ?? []).map((d) => ({
      of: d.article === a.id ? d.of : d.article,
      kind: d.kind,
      similarity: Math.round(d.similarity * 1000) / 1000,
    })),
    messages: a.messages,
  };
}
