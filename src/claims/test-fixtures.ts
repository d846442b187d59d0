/**
 * Invented multi-outlet stories for the claims tests (written for this project; no third-party
 * text), and a helper that prepares them the way `analyze` does (text stage, extraction,
 * entity merge across the story).
 */
import { expect } from 'vitest';
import { prepareArticle } from '../text/prepare.js';
import { extractArticle } from '../extract/index.js';
import { mergeEntities } from '../extract/entities/index.js';
import type { Article, DuplicateLink, RawDocument } from '../types.js';
import { extractClaims } from './index.js';
import type { ArticleExtraction, Claim, StoryClaimsInput } from './types.js';

/** One invented article. */
export interface FixtureArticle {
  id: string;
  outlet: string | null;
  url?: string;
  published: string | null;
  text: string;
}

/** A ferry collision reported by four outlets; `wire-copy` is a verbatim copy of `gazette`. */
export const FERRY: FixtureArticle[] = [
  {
    id: 'gazette',
    outlet: 'Harbour Gazette',
    published: '2026-03-10',
    text: `Ferry collision off Port Elva leaves four dead
The passenger ferry Northern Star collided with a cargo ship off Port Elva on Monday, killing four passengers.
The coast guard rescued 112 people from the water, Reuters reported.
The ministry of transport refused to comment on the cause of the crash.
The captain was on the bridge at the time of the collision.
The public inquiry into the collision will open on March 20.
The ferry operator must submit a safety report to the ministry by April 2.
The ferry was travelling too fast in thick fog, investigators said.`,
  },
  {
    id: 'coastal',
    outlet: 'Coastal Times',
    published: '2026-03-10',
    text: `Four passengers killed as ferry hits freighter
Four passengers died when the ferry Northern Star struck a cargo ship near Port Elva on Monday.
Rescuers pulled 112 people from the water, according to Reuters.
Officials at the transport ministry declined to say what caused the crash.
The captain was not on the bridge at the time of the collision, a crew member said.
The public inquiry into the collision will open on March 24.
The ferry operator must publish a safety report by April 2.
The ferry may have been travelling too fast in thick fog, investigators said.`,
  },
  {
    id: 'islander',
    outlet: null,
    url: 'https://www.islander-news.example/ferry',
    published: '2026-03-11',
    text: `Six dead in Port Elva ferry disaster
Six passengers were killed when the ferry Northern Star collided with a cargo ship off Port Elva on Monday.
The town council will hold a memorial service for the victims on Friday.`,
  },
  {
    id: 'wire-copy',
    outlet: 'Valley Herald',
    published: '2026-03-11',
    text: '',
  },
];
FERRY[3].text = FERRY[0].text;

/** The duplicate link the dedup stage would find between the copy and its original. */
export const FERRY_LINKS: DuplicateLink[] = [{ article: 'wire-copy', of: 'gazette', kind: 'exact', similarity: 1 }];

function raw(f: FixtureArticle): RawDocument {
  return {
    id: f.id,
    text: f.text,
    title: null,
    outlet: f.outlet,
    published: f.published,
    url: f.url ?? null,
    source: { kind: 'jsonl', input: 'fixture.jsonl' },
    messages: [],
  };
}

/** Prepares fixture articles as one story: text stage, extraction, entity merge. */
export function storyInput(fixture: readonly FixtureArticle[], duplicates: DuplicateLink[] = []): StoryClaimsInput {
  const articles: Article[] = fixture.map((f) => prepareArticle(raw(f)));
  const extraction = new Map<string, ArticleExtraction>(articles.map((a) => [a.id, extractArticle(a)]));
  const merged = mergeEntities(articles.map((a) => extraction.get(a.id)!.entities));
  articles.forEach((a, i) => (extraction.get(a.id)!.entities = merged[i]));
  return { articles, extraction, duplicates };
}

/** A finder of the claim of an article of `input` whose text holds a phrase; the test fails when none does. */
export function claimFinder(input: StoryClaimsInput): (article: string, phrase: string) => Claim {
  return (article, phrase) => {
    const a = input.articles.find((x) => x.id === article)!;
    const c = extractClaims(a, input.extraction.get(article)!).find((x) => x.text.includes(phrase));
    expect(c, phrase).toBeDefined();
    return c!;
  };
}
