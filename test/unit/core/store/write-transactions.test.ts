import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../../../electron/core/store/create-store';
import { makeTempDir } from '../../../support/temp-dir';

describe('a store transaction with another writer on the same file', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: Store;
  let other: Database.Database;

  beforeEach(() => {
    temp = makeTempDir();
    store = createStore(temp.path);
    // Another process's connection; it gives up at once instead of waiting, so the test never sleeps.
    other = new Database(join(temp.path, 'gitpulse.sqlite'));
    other.pragma('busy_timeout = 0');
  });
  afterEach(() => {
    other.close();
    store.close();
    temp.cleanup();
  });

  it('holds the write lock from its start, so a write between its read and its write cannot fail it', () => {
    const course = store.courses.insertCourse({
      name: 'se',
      gitlabUrl: 'https://gitlab.example.edu',
      source: { kind: 'group', groupPath: 'se' },
      isDemo: false,
    });
    let otherWrite = 'not tried';
    store.transaction(() => {
      store.courses.listCourses();
      try {
        other.prepare('UPDATE courses SET last_sync_error = ? WHERE id = ?').run('theirs', course.id);
        otherWrite = 'committed';
      } catch (error) {
        otherWrite = (error as { code: string }).code;
      }
      store.courses.recordSyncError(course.id, 'mine');
    });
    // Deferred, the other write would commit after this transaction's read and its own write would
    // then fail with SQLITE_BUSY at once, busy_timeout or not.
    expect(otherWrite).toBe('SQLITE_BUSY');
    expect(store.courses.getCourse(course.id).lastSyncError).toBe('mine');
  });
});
