/** Test helpers for the ingest readers (fixture paths and temp dirs). Not used by the readers. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of `fixtures/ingest`. */
export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'ingest');

/** Path of one fixture file. */
export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

const created: string[] = [];

/** A fresh temporary directory under the OS temp dir (removed by {@link removeTempDirs}). */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'triangulate-ingest-'));
  created.push(dir);
  return dir;
}

/** Removes every directory made by {@link tempDir}. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
