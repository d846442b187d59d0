/**
 * Versioned schema migrations. Each backend has its own SQL under the same ids; migrations are
 * append-only (never edit an applied one, add the next id), applied in order, each in a
 * transaction, and recorded in `schema_migrations`.
 */

/** One schema step. */
export interface Migration {
  /** 1, 2, 3 ... in order, the same id meaning the same step on every backend. */
  id: number;
  name: string;
  sql: string;
}

/** Raised when a database was written by a newer triangulate than the running one. */
export class SchemaTooNewError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly knownVersion: number,
    where: string,
  ) {
    super(
      `${where}: database schema version ${databaseVersion} is newer than this triangulate ` +
        `understands (up to ${knownVersion}); upgrade triangulate to open it`,
    );
    this.name = 'SchemaTooNewError';
  }
}

/** The table that records applied migrations (same shape on both backends). */
export const MIGRATIONS_TABLE_SQL = `CREATE TABLE IF NOT EXISTS schema_migrations (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/**
 * The migrations still to apply, in order, given the ids already applied. Throws
 * {@link SchemaTooNewError} when the database has a migration this code does not know.
 */
export function pendingMigrations(applied: readonly number[], known: readonly Migration[], where: string): Migration[] {
  const knownMax = known.reduce((max, m) => Math.max(max, m.id), 0);
  const appliedMax = applied.reduce((max, id) => Math.max(max, id), 0);
  if (appliedMax > knownMax) throw new SchemaTooNewError(appliedMax, knownMax, where);
  const done = new Set(applied);
  return [...known].sort((a, b) => a.id - b.id).filter((m) => !done.has(m.id));
}

/** The newest schema version a list of migrations reaches. */
export function latestVersion(known: readonly Migration[]): number {
  return known.reduce((max, m) => Math.max(max, m.id), 0);
}
