import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { applyMigrations, refuseUnknownHistory } from './apply-migrations';
import { createDataFolder } from './create-data-folder';
import { describeSqliteFailure } from './describe-sqlite-failure';
import { shippedMigrations, type Migration } from './shipped-migrations';
import { StoreError } from './store-error';

export const databaseFileName = 'gitpulse.sqlite';

export interface OpenDatabaseOptions {
  dataDir: string;
  /** The shipped migrations unless given (tests bring their own). */
  migrations?: Migration[];
  /** Told of something the user should know that does not stop the opening (an empty file re-initialised). */
  onWarning?: (message: string) => void;
}

/** `pragma optimize` only tunes the query planner: on a full disk it fails, and nothing depends on it. */
export function optimizeBestEffort(db: Database.Database, mask?: string): void {
  try {
    db.pragma(mask ? `optimize = ${mask}` : 'optimize');
  } catch {
    // Best-effort by design; reading must keep working on a full disk.
  }
}

/**
 * Opens (creating or upgrading) the course database. Nothing is changed before the file is known to
 * be GitPulse's and of a version this build understands; every failure names the file and the fix.
 */
export function openDatabase(options: OpenDatabaseOptions): Database.Database {
  const path = join(options.dataDir, databaseFileName);
  createDataFolder(options.dataDir);
  const wasEmptyFile = existsSync(path) && statSync(path).size === 0;
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (error) {
    const described = describeSqliteFailure(error, path);
    if (described instanceof StoreError) throw described;
    throw new StoreError('cannot_open', `Cannot open the database at ${path}: ${(error as Error).message}`);
  }
  try {
    const migrations = options.migrations ?? shippedMigrations();
    // Before any pragma: switching the journal mode already writes to the file.
    refuseUnknownHistory(db, migrations);
    if (wasEmptyFile) {
      (options.onWarning ?? ((message: string) => process.emitWarning(message)))(
        `${path} was an empty file; GitPulse set it up as a new database. If it held courses, restore the newest ${path}.before-NNNN.bak.`,
      );
    }
    // WAL keeps readers (the UI) unblocked while a sync writes; NORMAL is durable across app crashes,
    // which is the failure a laptop app meets, and far cheaper than FULL.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('temp_store = MEMORY');
    // Deleted rows are overwritten with zeros, so a removed course leaves no student name or email
    // behind in free pages (instructors delete student data at the end of a term).
    db.pragma('secure_delete = ON');
    applyMigrations(db, migrations, (version) => `${path}.before-${String(version).padStart(4, '0')}.bak`);
    optimizeBestEffort(db, '0x10002');
    return db;
  } catch (error) {
    db.close();
    throw describeSqliteFailure(error, path);
  }
}
