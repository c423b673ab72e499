import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { applyMigrations } from './apply-migrations';
import { shippedMigrations, type Migration } from './shipped-migrations';
import { StoreError } from './store-error';

export const databaseFileName = 'gitpulse.sqlite';

export interface OpenDatabaseOptions {
  dataDir: string;
  /** The shipped migrations unless given (tests bring their own). */
  migrations?: Migration[];
}

export function openDatabase(options: OpenDatabaseOptions): Database.Database {
  const path = join(options.dataDir, databaseFileName);
  let db: Database.Database;
  try {
    mkdirSync(options.dataDir, { recursive: true });
    db = new Database(path);
  } catch (error) {
    throw new StoreError('cannot_open', `Cannot open the database at ${path}: ${(error as Error).message}`);
  }
  try {
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
    applyMigrations(db, options.migrations ?? shippedMigrations(), (version) => `${path}.before-${String(version).padStart(4, '0')}.bak`);
    db.pragma('optimize = 0x10002');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
