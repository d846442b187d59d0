/**
 * SQLite schema, as append-only migrations (see `migrations.ts`). Later tables (claims ...)
 * come as new entries at the end; never edit an entry that has shipped.
 */
import type { Migration } from './migrations.js';

/** The SQLite migrations, in order. */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'articles, versions, duplicates, messages, full-text search',
    sql: `
-- One row per article id: the current version and its metadata. rid is a stable integer key
-- for the full-text index (an INTEGER PRIMARY KEY survives VACUUM).
CREATE TABLE articles (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  current_version INTEGER NOT NULL CHECK (current_version >= 1),
  content_hash TEXT NOT NULL,
  title TEXT,
  outlet TEXT,
  outlet_key TEXT,
  outlet_inferred INTEGER NOT NULL DEFAULT 0,
  published TEXT,
  estimated_published TEXT,
  language TEXT NOT NULL DEFAULT 'und',
  url TEXT,
  author TEXT,
  categories TEXT NOT NULL DEFAULT '[]',
  source TEXT NOT NULL,
  source_kind TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_published ON articles (published, id);
CREATE INDEX articles_outlet_key ON articles (outlet_key);
CREATE INDEX articles_language ON articles (language);

-- Every text ever stored under an id; rows are never rewritten except their derived data
-- (marks, sentences, spans, messages) and the metadata snapshot while they are current.
CREATE TABLE article_versions (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  version INTEGER NOT NULL CHECK (version >= 1),
  text TEXT NOT NULL,
  text_length INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  title_span TEXT,
  outlet_span TEXT,
  marks TEXT NOT NULL DEFAULT '[]',
  sentences TEXT NOT NULL DEFAULT '[]',
  messages TEXT NOT NULL DEFAULT '[]',
  analysis_limited INTEGER NOT NULL DEFAULT 0,
  meta TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (article_id, version)
);
CREATE INDEX article_versions_content_hash ON article_versions (content_hash);

CREATE TABLE duplicates (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  of_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('exact', 'near', 'contains')),
  similarity REAL NOT NULL,
  PRIMARY KEY (article_id, of_id),
  CHECK (article_id <> of_id)
);
CREATE INDEX duplicates_of ON duplicates (of_id);

-- The problem log. article_id is not a foreign key: failed inputs have no stored article.
CREATE TABLE messages (
  id INTEGER PRIMARY KEY,
  article_id TEXT,
  reason TEXT NOT NULL,
  file TEXT,
  place TEXT,
  rule_id TEXT NOT NULL,
  source TEXT NOT NULL,
  fatal INTEGER,
  at TEXT NOT NULL
);
CREATE INDEX messages_article ON messages (article_id);
CREATE INDEX messages_file ON messages (file);

-- Title and text of the current version, as the external content of the FTS5 index.
CREATE VIEW articles_current AS
  SELECT a.rid AS rid, a.title AS title, v.text AS text
  FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version;
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, text,
  content = 'articles_current', content_rowid = 'rid',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
`,
  },
  {
    id: 2,
    name: 'stories, story members, corrections, engine state',
    sql: `
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- One story per article at most. (story_id, article_id) covers the per-story aggregates.
CREATE TABLE story_members (
  article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  score REAL NOT NULL,
  created INTEGER NOT NULL DEFAULT 0,
  evidence TEXT,
  assigned_at TEXT NOT NULL
);
CREATE INDEX story_members_story ON story_members (story_id, article_id);

-- User corrections, append-only; AUTOINCREMENT so a seq is never reused.
CREATE TABLE corrections (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  correction TEXT NOT NULL,
  at TEXT NOT NULL
);

-- Snapshots of incremental engines (clusterer, deduper), by key.
CREATE TABLE engine_state (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`,
  },
];
