/**
 * PostgreSQL schema, as append-only migrations with the same ids as the SQLite ones (see
 * `migrations.ts`). Sortable text keys use `COLLATE "C"` so ordering matches SQLite.
 */
import type { Migration } from './migrations.js';

/** Text search configuration used for the index and for queries. */
export const PG_TEXT_SEARCH_CONFIG = 'english';

/** The PostgreSQL migrations, in order. */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'articles, versions, duplicates, messages, full-text search',
    sql: `
CREATE TABLE articles (
  id TEXT COLLATE "C" PRIMARY KEY,
  current_version INTEGER NOT NULL CHECK (current_version >= 1),
  content_hash TEXT COLLATE "C" NOT NULL,
  title TEXT,
  outlet TEXT,
  outlet_key TEXT COLLATE "C",
  outlet_inferred BOOLEAN NOT NULL DEFAULT FALSE,
  published TEXT COLLATE "C",
  estimated_published TEXT COLLATE "C",
  language TEXT COLLATE "C" NOT NULL DEFAULT 'und',
  url TEXT,
  author TEXT,
  categories JSONB NOT NULL DEFAULT '[]',
  source JSONB NOT NULL,
  source_kind TEXT NOT NULL,
  ingested_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  -- title (weight A) and text (weight B) of the current version
  search TSVECTOR
);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_published ON articles (published, id);
CREATE INDEX articles_outlet_key ON articles (outlet_key);
CREATE INDEX articles_language ON articles (language);
CREATE INDEX articles_search ON articles USING GIN (search);

CREATE TABLE article_versions (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  version INTEGER NOT NULL CHECK (version >= 1),
  text TEXT NOT NULL,
  text_length INTEGER NOT NULL,
  content_hash TEXT COLLATE "C" NOT NULL,
  title_span JSONB,
  outlet_span JSONB,
  marks JSONB NOT NULL DEFAULT '[]',
  sentences JSONB NOT NULL DEFAULT '[]',
  messages JSONB NOT NULL DEFAULT '[]',
  analysis_limited BOOLEAN NOT NULL DEFAULT FALSE,
  meta JSONB NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (article_id, version)
);
CREATE INDEX article_versions_content_hash ON article_versions (content_hash);

CREATE TABLE duplicates (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  of_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('exact', 'near', 'contains')),
  similarity DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (article_id, of_id),
  CHECK (article_id <> of_id)
);
CREATE INDEX duplicates_of ON duplicates (of_id);

CREATE TABLE messages (
  id BIGSERIAL PRIMARY KEY,
  article_id TEXT COLLATE "C",
  reason TEXT NOT NULL,
  file TEXT,
  place JSONB,
  rule_id TEXT NOT NULL,
  source TEXT NOT NULL,
  fatal BOOLEAN,
  at TIMESTAMPTZ NOT NULL
);
CREATE INDEX messages_article ON messages (article_id);
CREATE INDEX messages_file ON messages (file);
`,
  },
  {
    id: 2,
    name: 'stories, story members, corrections, engine state',
    sql: `
-- Ingest order (SQLite has it as the rowid): filled for existing rows, then one per insert.
ALTER TABLE articles ADD COLUMN ingest_seq BIGINT GENERATED ALWAYS AS IDENTITY;

CREATE TABLE stories (
  id TEXT COLLATE "C" PRIMARY KEY,
  title TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE story_members (
  article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  story_id TEXT COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  score DOUBLE PRECISION NOT NULL,
  created BOOLEAN NOT NULL DEFAULT FALSE,
  evidence JSONB,
  assigned_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX story_members_story ON story_members (story_id, article_id);

CREATE TABLE corrections (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  correction JSONB NOT NULL,
  at TIMESTAMPTZ NOT NULL
);

CREATE TABLE engine_state (
  key TEXT COLLATE "C" PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
`,
  },
];
