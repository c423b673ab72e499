import { existsSync, readFileSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { refuseUnknownHistory } from './apply-migrations';
import type { Migration } from './shipped-migrations';
import { StoreError } from './store-error';

/** The WAL's shared-memory index cannot be created in a folder the user cannot write. */
function isMissingSharedMemory(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_CANTOPEN');
}

/**
 * A copy of the file in memory, for a WAL database in a folder nobody may write (a read-only mount, a
 * folder left owned by root after a `sudo`): SQLite cannot create the -shm index beside it, so it cannot
 * open the file itself. Only when no write-ahead log lies beside it, because then the main file holds
 * every commit. The header's journal bytes are set to rollback in the copy, as an in-memory database
 * cannot be in WAL mode; the file is never touched.
 */
function openSnapshot(path: string): Database.Database {
  const wal = `${path}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    throw new StoreError(
      'read_only',
      `GitPulse cannot read ${path} here: its write-ahead log (${wal}) needs a folder you can write; check the permissions and owner of the folder (a folder created under sudo belongs to root).`,
    );
  }
  const bytes = readFileSync(path);
  if (bytes.length >= 20) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  return new Database(bytes, { readonly: true });
}

/**
 * Opens the database for reading only, for commands that only read (metrics, course list, audit,
 * practices) when it cannot be opened for writing. Refuses a database this version would have to
 * upgrade first, since an upgrade writes.
 */
export function openReadOnlyDatabase(path: string, migrations: Migration[]): Database.Database {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    // Reading the schema is the first access that needs the WAL index.
    db.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get();
  } catch (error) {
    db?.close();
    if (!isMissingSharedMemory(error)) throw error;
    db = openSnapshot(path);
  }
  try {
    const applied = refuseUnknownHistory(db, migrations);
    const pending = migrations.filter((m) => !applied.some((a) => a.version === m.version));
    if (pending.length > 0) {
      throw new StoreError(
        'read_only',
        `${path} must be upgraded by this version of GitPulse, which needs write access to it; check the permissions and owner of the file and its folder (a file created under sudo belongs to root).`,
      );
    }
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
