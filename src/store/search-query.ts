/**
 * A forgiving search syntax shared by both backends: words, `"quoted phrases"`, `-excluded`
 * words or phrases, and `OR` between alternatives (the websearch syntax of PostgreSQL). Any
 * other punctuation is ignored, so no user input can cause a query syntax error.
 */

/** One term: the words of a phrase (a single word is a one-word phrase), lower-cased. */
export interface SearchTerm {
  words: string[];
  /** The term as typed (without quotes or the leading `-`), for backends with their own tokenizer. */
  raw: string;
}

/**
 * A parsed query: a document matches when it matches every group (AND), where a group matches
 * when any of its alternatives does (OR), and matches none of the excluded terms.
 */
export interface ParsedQuery {
  groups: SearchTerm[][];
  exclude: SearchTerm[];
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** Typographic quotes also delimit phrases: “…”, „…“, «…». */
const TYPOGRAPHIC_QUOTES = /[“”„«»]/g;
const TOKEN = /(-?)"([^"]*)"?|(\S+)/gu;

/** Splits a user query into terms (never throws; an empty or punctuation-only query has no groups). */
export function parseSearchQuery(query: string): ParsedQuery {
  const groups: SearchTerm[][] = [];
  const exclude: SearchTerm[] = [];
  let orPending = false;
  for (const match of query.replace(TYPOGRAPHIC_QUOTES, '"').matchAll(TOKEN)) {
    const [, quotedMinus, quoted, bare] = match;
    if (bare === 'OR') {
      orPending = groups.length > 0;
      continue;
    }
    let negative = quotedMinus === '-';
    let body = quoted;
    if (bare !== undefined) {
      negative = bare.startsWith('-') && bare.length > 1;
      body = negative ? bare.slice(1) : bare;
    }
    const words = (body ?? '').toLowerCase().match(WORD) ?? [];
    if (words.length === 0) continue;
    const term: SearchTerm = { words, raw: (body ?? '').replace(/"/g, ' ').trim() };
    if (negative) {
      exclude.push(term);
      orPending = false;
    } else if (orPending) {
      groups[groups.length - 1].push(term);
      orPending = false;
    } else {
      groups.push([term]);
    }
  }
  return { groups, exclude };
}

/** True when the query has at least one positive term (only then can it match anything). */
export function hasPositiveTerms(query: ParsedQuery): boolean {
  return query.groups.length > 0;
}

function fts5Term(term: SearchTerm): string {
  return `"${term.words.join(' ')}"`;
}

function fts5Group(group: SearchTerm[]): string {
  return group.length === 1 ? fts5Term(group[0]) : `(${group.map(fts5Term).join(' OR ')})`;
}

/**
 * An FTS5 MATCH expression for a parsed query: every term is a double-quoted string of plain
 * words (no quote or operator can survive), combined with AND / OR / NOT. Returns null when the
 * query has no positive term.
 */
export function toFts5Query(query: ParsedQuery): string | null {
  if (!hasPositiveTerms(query)) return null;
  const positive = query.groups.map(fts5Group).join(' AND ');
  if (query.exclude.length === 0) return positive;
  return `(${positive}) NOT (${query.exclude.map(fts5Term).join(' OR ')})`;
}

/**
 * The same query in PostgreSQL `websearch_to_tsquery` syntax, rebuilt from the parsed terms:
 * each term as typed inside double quotes (so PostgreSQL's own parser tokenizes `U.S.-backed`
 * as it did when indexing), joined with `or` and `-`. Returns null when nothing can match.
 */
export function toWebsearchQuery(query: ParsedQuery): string | null {
  if (!hasPositiveTerms(query)) return null;
  const quote = (term: SearchTerm): string => `"${term.raw}"`;
  const positive = query.groups.map((group) => group.map(quote).join(' or '));
  const negative = query.exclude.map((term) => `-${quote(term)}`);
  return [...positive, ...negative].join(' ');
}
