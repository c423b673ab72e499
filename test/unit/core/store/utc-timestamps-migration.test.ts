import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../../electron/core/store/apply-migrations';
import { databaseFileName, openDatabase } from '../../../../electron/core/store/open-database';
import { shippedMigrations } from '../../../../electron/core/store/shipped-migrations';
import { makeTempDir } from '../../../support/temp-dir';

describe('migration 0004 (UTC timestamps)', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => temp.cleanup());

  /** A database as GitPulse left it before 0004, holding timestamps exactly as GitLab sent them. */
  function writeOldDatabase(): void {
    const db = new Database(join(temp.path, databaseFileName));
    applyMigrations(
      db,
      shippedMigrations().filter((m) => m.version < 4),
      (version) => join(temp.path, `backup-${version}`),
    );
    db.exec(`
      INSERT INTO projects (id, instance_url, gitlab_id, path_with_namespace, name, web_url, last_activity_at)
        VALUES (1, 'https://gitlab.example.edu', 7, 'g/p', 'p', 'https://gitlab.example.edu/g/p', '2026-03-01T11:00:00.000+01:00');
      INSERT INTO pipelines (project_id, gitlab_id, status, created_at, updated_at, started_at, finished_at)
        VALUES (1, 1, 'success', '2026-03-02T00:30:00.000+01:00', '2026-03-01T05:00:00.000-05:30', NULL, '2026-03-01T10:00:00Z');
      INSERT INTO jobs (project_id, gitlab_id, pipeline_id, name, status, started_at)
        VALUES (1, 2, 1, 'test', 'success', '2026-03-01T10:00:00.123Z');
      INSERT INTO commits (project_id, sha, title, authored_date, committed_date)
        VALUES (1, 'abc', 'Fix', '2026-03-01T11:00:00+01:00', '2026-02-28T19:00:00.000-05:00');
      INSERT INTO merge_requests (project_id, gitlab_id, iid, title, state, created_at, updated_at, merged_at)
        VALUES (1, 3, 1, 'MR', 'merged', '2026-03-01T11:00:00.000+01:00', '2026-03-01T12:00:00.000+01:00', 'not a date');
      INSERT INTO issues (project_id, gitlab_id, iid, title, state, created_at, updated_at, closed_at)
        VALUES (1, 4, 1, 'Issue', 'closed', '2026-03-01T11:00:00.000+01:00', '2026-03-01T11:00:00.000+01:00', '2026-03-01T23:59:59.999-01:00');
      INSERT INTO notes (project_id, gitlab_id, noteable_type, noteable_iid, body, created_at, updated_at)
        VALUES (1, 5, 'Issue', 1, 'hi', '2026-03-01T11:00:00.000+01:00', NULL);
      INSERT INTO tags (project_id, name, target_sha, created_at) VALUES (1, 'v1', 'abc', '2026-03-01T11:00:00.000+01:00');
    `);
    db.close();
  }

  it('rewrites every stored GitLab timestamp as UTC with milliseconds', () => {
    writeOldDatabase();
    const db = openDatabase({ dataDir: temp.path });
    const one = (sql: string) => db.prepare(sql).get();
    expect(one('SELECT last_activity_at FROM projects')).toEqual({ last_activity_at: '2026-03-01T10:00:00.000Z' });
    expect(one('SELECT created_at, updated_at, started_at, finished_at FROM pipelines')).toEqual({
      created_at: '2026-03-01T23:30:00.000Z',
      updated_at: '2026-03-01T10:30:00.000Z',
      started_at: null,
      finished_at: '2026-03-01T10:00:00.000Z',
    });
    expect(one('SELECT started_at FROM jobs')).toEqual({ started_at: '2026-03-01T10:00:00.123Z' });
    expect(one('SELECT authored_date, committed_date FROM commits')).toEqual({
      authored_date: '2026-03-01T10:00:00.000Z',
      committed_date: '2026-03-01T00:00:00.000Z',
    });
    expect(one('SELECT created_at, updated_at FROM merge_requests')).toEqual({
      created_at: '2026-03-01T10:00:00.000Z',
      updated_at: '2026-03-01T11:00:00.000Z',
    });
    expect(one('SELECT closed_at FROM issues')).toEqual({ closed_at: '2026-03-02T00:59:59.999Z' });
    expect(one('SELECT created_at, updated_at FROM notes')).toEqual({ created_at: '2026-03-01T10:00:00.000Z', updated_at: null });
    expect(one('SELECT created_at FROM tags')).toEqual({ created_at: '2026-03-01T10:00:00.000Z' });
    db.close();
  });

  it('keeps a value it cannot read as a time instead of losing it', () => {
    writeOldDatabase();
    const db = openDatabase({ dataDir: temp.path });
    expect(db.prepare('SELECT merged_at FROM merge_requests').pluck().get()).toBe('not a date');
    db.close();
  });
});
