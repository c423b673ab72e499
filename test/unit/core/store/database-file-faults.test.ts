import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, truncateSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFileName, openDatabase } from '../../../../electron/core/store/open-database';
import { StoreError } from '../../../../electron/core/store/store-error';
import { makeTempDir } from '../../../support/temp-dir';

const hashFile = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The one-line message openDatabase gives for this data folder, or null when it opened. */
function openingMessage(dataDir: string, onWarning?: (message: string) => void): string | null {
  try {
    openDatabase({ dataDir, ...(onWarning ? { onWarning } : {}) }).close();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    return (error as Error).message;
  }
}

describe('a broken or foreign database file', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let path: string;
  beforeEach(() => {
    temp = makeTempDir();
    path = join(temp.path, databaseFileName);
  });
  afterEach(() => temp.cleanup());

  /** A real GitPulse database with some pages, closed and checkpointed into the main file. */
  function writeGitpulseDatabase(): void {
    const db = openDatabase({ dataDir: temp.path });
    db.prepare(
      "INSERT INTO courses (name, gitlab_url, source_kind, group_path, created_at) VALUES ('c', 'https://g', 'group', 'g', '2026-01-01T00:00:00.000Z')",
    ).run();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  }

  it('garbage in place of the file: names the file and the backup to restore', () => {
    writeFileSync(path, Buffer.alloc(8192, 'x'));
    const message = openingMessage(temp.path);
    expect(message).toContain(path);
    expect(message).toMatch(/damaged or not a GitPulse database.*before-NNNN\.bak/);
  });

  it('a truncated file: names the file and the backup to restore', () => {
    writeGitpulseDatabase();
    truncateSync(path, Math.floor(statSync(path).size / 3));
    const message = openingMessage(temp.path);
    expect(message).toContain(path);
    expect(message).toMatch(/damaged/);
  });

  it('a 0-byte file: opens as a new database, and says so', () => {
    writeFileSync(path, '');
    const warnings: string[] = [];
    expect(openingMessage(temp.path, (m) => warnings.push(m))).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`${path} was an empty file`))]);
  });

  it('another program’s SQLite file: refused by name and left byte for byte as it was', () => {
    const foreign = new Database(path);
    foreign.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('mine')");
    foreign.close();
    const before = hashFile(path);
    const message = openingMessage(temp.path);
    expect(message).toMatch(new RegExp(`${path} is an SQLite database of another program`));
    expect(hashFile(path)).toBe(before);
  });

  it('a database from a newer GitPulse: refused before anything, its journal mode included, is changed', () => {
    writeGitpulseDatabase();
    const raw = new Database(path);
    raw.pragma('journal_mode = DELETE');
    raw.prepare("INSERT INTO schema_migrations VALUES (999, 'future', 'x', '2030-01-01')").run();
    raw.close();
    const before = hashFile(path);
    expect(openingMessage(temp.path)).toMatch(/newer version of GitPulse/);
    expect(hashFile(path)).toBe(before);
  });

  it('a folder mounted read-only: says the file cannot be written and what to check', (context) => {
    writeGitpulseDatabase();
    // Root ignores file modes, so the read-only case is a read-only bind mount (root only).
    try {
      execFileSync('mount', ['--bind', temp.path, temp.path], { stdio: 'ignore' });
      execFileSync('mount', ['-o', 'remount,bind,ro', temp.path], { stdio: 'ignore' });
    } catch {
      console.log('skipped: mounting a read-only bind mount is not allowed here');
      context.skip();
    }
    try {
      const message = openingMessage(temp.path);
      expect(message).toContain(path);
      expect(message).toMatch(/cannot (write|open)/);
    } finally {
      execFileSync('umount', [temp.path], { stdio: 'ignore' });
    }
  });
});
