import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFileName, openDatabase } from '../../../../electron/core/store/open-database';
import { parseMigrations, shippedMigrations } from '../../../../electron/core/store/shipped-migrations';
import { StoreError } from '../../../../electron/core/store/store-error';
import { makeTempDir } from '../../../support/temp-dir';

const migrationsDir = new URL('../../../../electron/core/store/migrations/', import.meta.url);

describe('the shipped migrations', () => {
  it('are every .sql file in electron/core/store/migrations, in order', () => {
    const files = readdirSync(migrationsDir)
      .filter((name) => name.endsWith('.sql'))
      .sort();
    expect(shippedMigrations().map((m) => `${String(m.version).padStart(4, '0')}_${m.name}.sql`)).toEqual(files);
  });

  it('embed each file byte for byte, so the recorded checksums stay those of the files', () => {
    for (const migration of shippedMigrations()) {
      const file = readFileSync(new URL(`${String(migration.version).padStart(4, '0')}_${migration.name}.sql`, migrationsDir));
      expect(Buffer.from(migration.sql, 'utf8').equals(file), migration.name).toBe(true);
      expect(migration.checksum).toBe(createHash('sha256').update(file).digest('hex'));
    }
  });

  it('refuse repeated numbers, a first one other than 0001, and badly named files', () => {
    expect(parseMigrations({ '0001_a.sql': '', '0003_c.sql': '' }).map((m) => m.version)).toEqual([1, 3]);
    expect(() => parseMigrations({ '0001_a.sql': '', '0001_b.sql': '' })).toThrow(/used twice/);
    expect(() => parseMigrations({ '0002_b.sql': '' })).toThrow(/start at 0001/);
    expect(() => parseMigrations({ '1_a.sql': '' })).toThrow(/0001_some_change/);
  });
});

describe('openDatabase', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('creates a WAL database with foreign keys and records every shipped migration', () => {
    const db = openDatabase({ dataDir: temp.path });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const versions = db.prepare('SELECT version FROM schema_migrations').pluck().all();
    expect(versions).toEqual(shippedMigrations().map((m) => m.version));
    expect(versions.length).toBeGreaterThanOrEqual(2);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['courses', 'projects', 'course_teams', 'pipelines', 'jobs', 'sync_cursors']));
    db.close();
  });

  it('opens an up-to-date database again without changing it', () => {
    openDatabase({ dataDir: temp.path }).close();
    const db = openDatabase({ dataDir: temp.path });
    expect(db.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(shippedMigrations().length);
    db.close();
  });

  it('refuses a database written by a newer version and leaves it untouched', () => {
    openDatabase({ dataDir: temp.path }).close();
    const path = join(temp.path, databaseFileName);
    const raw = new Database(path);
    raw.prepare("INSERT INTO schema_migrations VALUES (999, 'future', 'x', '2030-01-01')").run();
    raw.close();
    expect(() => openDatabase({ dataDir: temp.path })).toThrowError(/newer version of GitPulse/);
    const check = new Database(path);
    expect(check.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(shippedMigrations().length + 1);
    check.close();
  });

  it('refuses a database whose recorded migration differs from the shipped one', () => {
    openDatabase({ dataDir: temp.path }).close();
    const raw = new Database(join(temp.path, databaseFileName));
    raw.prepare("UPDATE schema_migrations SET checksum = 'tampered' WHERE version = 1").run();
    raw.close();
    expect(() => openDatabase({ dataDir: temp.path })).toThrow(StoreError);
  });

  it('backs the database up before applying a new migration, and applies it in one transaction', () => {
    const initial = readFileSync(new URL('0001_initial.sql', migrationsDir), 'utf8');
    const dataDir = join(temp.path, 'data');
    openDatabase({ dataDir, migrations: parseMigrations({ '0001_initial.sql': initial }) }).close();

    const broken = parseMigrations({ '0001_initial.sql': initial, '0002_broken.sql': 'CREATE TABLE half_done (x INTEGER);\nTHIS IS NOT SQL;' });
    expect(() => openDatabase({ dataDir, migrations: broken })).toThrow();
    expect(existsSync(join(dataDir, `${databaseFileName}.before-0002.bak`))).toBe(true);
    const raw = new Database(join(dataDir, databaseFileName));
    expect(raw.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    raw.close();

    const fixed = parseMigrations({ '0001_initial.sql': initial, '0002_broken.sql': 'CREATE TABLE fine (x INTEGER);' });
    const db = openDatabase({ dataDir, migrations: fixed });
    expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual([1, 2]);
    db.close();
  });
});
