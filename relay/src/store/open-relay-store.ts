import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { relayMigrations } from './relay-migrations';

export const relayDatabaseFileName = 'relay.sqlite';

/**
 * Opens (creating if needed) the relay's database in `dataDir`. A delivery is answered only after
 * its commit, so the commit must survive power loss, not just a process crash: WAL with
 * synchronous=FULL syncs the log on every commit (NORMAL could lose the last commits on power loss).
 */
export function openRelayStore(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, relayDatabaseFileName));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > relayMigrations.length) {
      throw new Error(`The relay database in ${dataDir} was written by a newer gitpulse-relay (schema ${version}, this one knows ${relayMigrations.length}).`);
    }
    relayMigrations.slice(version).forEach((sql, index) => {
      db.transaction(() => {
        db.exec(sql);
        db.pragma(`user_version = ${version + index + 1}`);
      })();
    });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
