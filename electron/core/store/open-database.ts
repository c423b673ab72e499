import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { applyMigrations, refuseUnknownHistory } from './apply-migrations';
import { createDataFolder } from './create-data-folder';
import { describeSqliteFailure } from './describe-sqlite-failure';
import { openReadOnlyDatabase } from './open-read-only-database';
import { shippedMigrations, type Migration } from './shipped-migrations';
import { StoreError } from './store-error';

export const databaseFileName = 'gitpulse.sqlite';

export interface OpenDatabaseOptions {
  dataDir: string;
  /** The shipped migrations unless given (tests bring their own). */
  migrations?: Migration[];
  /** Told of something the user should know that does not stop the opening (an empty file re-initialised). */
  onWarning?: (message: string) => void;
  /** 'read' for commands that only read: they work on a file that can be read but not written. */
  access?: 'read' | 'write';
}

/** `pragma optimize` only tunes the query planner: on a full disk it fails, and nothing depends on it. */
export function optimizeBestEffort(db: Database.Database, mask?: string): void {
  try {
    db.pragma(mask ? `optimize = ${mask}` : 'optimize');
  } catch {
    // Best-effort by design; reading must keep working on a full disk.
  }
}

/** Failures a read-only opening can get around: the file or its folder cannot be written. */
const unwritableCodes = new Set(['read_only', 'cannot_open']);

function isReadable(path: string): boolean {
  try {
    accessSync(path, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

/** Node's file system codes from creating the data folder, with what to do about each. */
function describeFolderFailure(code: unknown, path: string): StoreError | null {
  if (code === 'ENOSPC') return new StoreError('disk_full', `The disk holding ${dirname(path)} is full; free some space and try again.`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new StoreError(
      'read_only',
      `GitPulse cannot create ${path}; check the permissions and owner of ${dirname(path)} and the folders above it (a folder created under sudo belongs to root).`,
    );
  }
  return null;
}

/** Any failure of the opening as the user's one line: a StoreError naming the file and the fix. */
function describeOpeningFailure(error: unknown, path: string): StoreError {
  const described = describeSqliteFailure(error, path);
  if (described instanceof StoreError) return described;
  const folderFailure = describeFolderFailure((error as { code?: unknown }).code, path);
  if (folderFailure) return folderFailure;
  const reason = described instanceof Error ? described.message : String(described);
  return new StoreError('cannot_open', `GitPulse cannot open ${path} (${reason}); check that its folder exists, is writable by you and has free space.`);
}

/**
 * Opens (creating or upgrading) the course database. Nothing is changed before the file is known to
 * be GitPulse's and of a version this build understands; every failure names the file and the fix.
 * With `access: 'read'` (commands that only read) a file that cannot be written, or that lies in a
 * folder that cannot be written, is opened read-only instead, as long as it can be read.
 */
export function openDatabase(options: OpenDatabaseOptions): Database.Database {
  const path = join(options.dataDir, databaseFileName);
  const migrations = options.migrations ?? shippedMigrations();
  // Outside the try: a folder that cannot hold a database has its own message.
  createDataFolder(options.dataDir);
  try {
    return openForWriting(path, options, migrations);
  } catch (error) {
    const described = describeOpeningFailure(error, path);
    if (!unwritableCodes.has(described.code) || !isReadable(path)) throw described;
    if (options.access !== 'read') {
      throw new StoreError(
        'read_only',
        `GitPulse cannot write ${path}; check the permissions and owner of the file and its folder (a file created under sudo belongs to root). Commands that only read (metrics, course list, audit, practices) still work.`,
      );
    }
    try {
      return openReadOnlyDatabase(path, migrations);
    } catch (readError) {
      throw describeOpeningFailure(readError, path);
    }
  }
}

function openForWriting(path: string, options: OpenDatabaseOptions, migrations: Migration[]): Database.Database {
  const wasEmptyFile = existsSync(path) && statSync(path).size === 0;
  const db = new Database(path);
  try {
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
    throw error;
  }
}
