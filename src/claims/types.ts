/**
 * Records of the claims stage: one article's statement ({@link Claim}), aligned groups of them
 * ({@link ClaimGroupOutput}) and the dated view of those groups ({@link TimelineEntry}).
 */
import type { Article, Attribution, DuplicateLink, EntityMention, EntityType, Span, TextSpan, TimeExpression } from '../types.js';

/** Where in the article a claim was read. */
export type ClaimFrom = 'body' | 'title' | 'related-headline';

/** What per-article extraction found in one article (the parts the claims stage reads). */
export interface ArticleExtraction {
  times: TimeExpression[];
  attributions: Attribution[];
  entities: EntityMention[];
}

/** The input of {@link analyzeStoryClaims}: one story's articles and what extraction found. */
export interface StoryClaimsInput {
  articles: Article[];
  extraction: Map<string, ArticleExtraction>;
  duplicates: DuplicateLink[];
}

/** The attribution frame a claim was reported in, stripped from its span into metadata. */
export interface ClaimFrame {
  /** Who (null when implicit: "it is said that ..."). */
  source: TextSpan | null;
  /** The reporting words ("said", "according to"). */
  cue: TextSpan;
  /** Entity id of the source, where known. */
  sourceEntity: string | null;
  /** A second, outer source the first one was relayed through ("..., The Guardian writes"). */
  via: string | null;
  /** True when the frame was found in a neighbouring sentence ("This is reported by X"). */
  carried: boolean;
}

/** A number stated by a claim, with the word it counts (its unit), when there is one. */
export interface ClaimNumber extends TextSpan {
  value: number;
  /** Stem of the first content word after the number ("23 pirates" gives `pirat`), or null. */
  unit: string | null;
  /**
   * Canonical stems of the noun phrase the number counts, read after it ("three other automatic
   * rifles" gives `automat`, `rifl`; "65 per cent of traffic" gives `traffic`): two outlets
   * counting the same thing in different words share one of them. Absent on hand-built claims.
   */
  phrase?: string[];
}

/** A date or time stated by a claim (a TIMEX3 value from the article's `times`). */
export interface ClaimDate extends TextSpan {
  value: string;
  type: TimeExpression['type'];
  estimated: boolean;
  /** The days a fuzzy value covers (inclusive ISO dates), when known. */
  range?: { from: string; to: string };
  /**
   * True when the date stands in the attribution frame, outside the claim's clause ("Trump said
   * on Friday that ..."): it dates the statement, not the fact, so it is kept for the timeline
   * but is no slot value a conflict can be read from.
   */
  frame?: boolean;
}

/** An entity mentioned inside a claim's span. */
export interface ClaimEntity extends TextSpan {
  entity: string;
  type: EntityType;
}

/** One statement of one article: a clause-level span plus what it says and how. */
export interface Claim {
  /** `<article id>#<n>`: unique within a run. */
  id: string;
  article: string;
  /** The outlet the article counts as (its outlet, else URL host, else its id). */
  outlet: string;
  /** The exact span of the statement (the attribution frame left out where possible). */
  span: Span;
  text: string;
  /** The sentence (or title / related headline) the claim was read from. */
  sentence: Span;
  from: ClaimFrom;
  frame: ClaimFrame | null;
  hedged: boolean;
  /** The hedging words found ("may", "reportedly", "is expected to"). */
  hedges: string[];
  negated: boolean;
  numbers: ClaimNumber[];
  dates: ClaimDate[];
  entities: ClaimEntity[];
  /** Canonical lemma of the main verb or event noun, or null. */
  predicate: string | null;
  /** The predicate as written. */
  predicateText: string | null;
  /** True when the predicate is a planned or required action ("must submit", "to sign"). */
  irrealis: boolean;
  /** Canonical content stems (synonyms folded), in order, for alignment. */
  terms: string[];
  /** Where each alignment feature stands in the text (`t:stem`, `e:entity`, `n:value`, `d:value`, `p:lemma`). */
  marks: FeatureMark[];
}

/** One occurrence of an alignment feature inside a claim. */
export interface FeatureMark extends Span {
  key: string;
}

/** Verdict of a claim group. */
export type ClaimStatus = 'corroborated' | 'single' | 'contested';

/**
 * The slot outlets disagree on in a contested group: a date, a count, affirmed vs denied, the
 * planned action, or an argument of the shared predicate (who did it, to what, by whom).
 */
export type ConflictKind = 'date' | 'number' | 'negation' | 'action' | 'argument';

/** One mention of a claim group in the output document. */
export interface ClaimMentionOutput {
  article: string;
  start: number;
  end: number;
  outlet: string;
  hedged: boolean;
  /** The value this mention states for the contested slot (null unless the group is contested). */
  value: string | null;
  text: string;
  from: ClaimFrom;
  /** Who the outlet attributes it to, when it does. */
  source: string | null;
  /** The independent origin this mention counts for. */
  origin: string;
}

/** One aligned claim group, as `stories[].claims` of the analysis document. */
export interface ClaimGroupOutput {
  id: string;
  /** A readable label: the whole clause (frame left out) of the best mention (body, unhedged, whose clause its span covers most). */
  text: string;
  status: ClaimStatus;
  outlets: string[];
  origins: string[];
  originCount: number;
  /** Render-ready: `2 outlets, 1 origin (The Guardian)`. */
  originsLabel: string;
  /** True when any mention is hedged; `hedgedMentions` tells how many. */
  hedged: boolean;
  hedgedMentions: number;
  /** What the outlets disagree on, for a contested group. */
  kind: ConflictKind | null;
  /** The dates the group states (TIMEX3 values), for the timeline. */
  dates: string[];
  /** Mean alignment score of the group's links (1 for a single mention). */
  score: number;
  mentions: ClaimMentionOutput[];
}

/** One entry of a story's timeline: a date and the claim groups that state it. */
export interface TimelineEntry {
  value: string;
  text: string;
  claims: string[];
  /** True when the date was resolved against an estimated publication date. */
  estimated: boolean;
  mentions: { article: string; start: number; end: number; outlet: string }[];
}
