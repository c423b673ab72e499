import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { StoreError } from './store-error';
import type { Migration } from './shipped-migrations';

interface AppliedRow {
  version: number;
  checksum: string;
}

/**
 * Reads the database's migration history and refuses, before anything is written, a database that
 * is not GitPulse's (tables but no history), was written by a newer GitPulse, or has another history.
 */
export function refuseUnknownHistory(db: Database.Database, migrations: Migration[]): AppliedRow[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  if (!tables.includes('schema_migrations')) {
    if (tables.length > 0) {
      throw new StoreError(
        'foreign_database',
        `${db.name} is an SQLite database of another program (it has no GitPulse migrations); GitPulse leaves it untouched. Move it away or choose another data folder.`,
      );
    }
    return [];
  }
  const applied = db.prepare('SELECT version, checksum FROM schema_migrations ORDER BY version').all() as AppliedRow[];
  const known = new Map(migrations.map((m) => [m.version, m]));
  const newest = migrations.at(-1)?.version ?? 0;
  for (const row of applied) {
    const migration = known.get(row.version);
    if (!migration) {
      throw new StoreError(
        'newer_database',
        `This database was written by a newer version of GitPulse (it has migration ${row.version}, this version knows up to ${newest}). Update GitPulse, or use another data folder.`,
      );
    }
    if (migration.checksum !== row.checksum) {
      throw new StoreError(
        'migration_mismatch',
        `Migration ${row.version} (${migration.name}) in this database differs from the one this version ships; refusing to open it.`,
      );
    }
  }
  return applied;
}

/**
 * Brings the database up to the newest known migration. Forward-only: each migration runs in one
 * transaction together with its record, and a database that knows a migration this build does not
 * (written by a newer GitPulse) or whose history differs from ours is refused before anything changes.
 */
export function applyMigrations(db: Database.Database, migrations: Migration[], backupPath: (version: number) => string): number[] {
  const applied = refuseUnknownHistory(db, migrations);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);

  const pending = migrations.filter((m) => !applied.some((a) => a.version === m.version));
  if (pending.length === 0) return [];

  // A copy taken before the first schema change lets a user go back if an upgrade goes wrong.
  const firstPending = pending[0];
  if (applied.length > 0 && firstPending) {
    const target = backupPath(firstPending.version);
    if (!existsSync(target)) db.exec(`VACUUM INTO '${target.replaceAll("'", "''")}'`);
  }

  const record = db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)');
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, migration.checksum, new Date().toISOString());
    })();
  }
  return pending.map((m) => m.version);
}
