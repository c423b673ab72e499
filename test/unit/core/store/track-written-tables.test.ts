import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { internalTables, storedTables, type StoredTable } from '../../../../shared/domain/stored-table';
import { createDemoCourse } from '../../../../electron/core/demo/create-demo-course';
import { createStore, type Store } from '../../../../electron/core/store/create-store';
import { findWrittenTable } from '../../../../electron/core/store/track-written-tables';
import { makeTempDir } from '../../../support/temp-dir';

describe('findWrittenTable', () => {
  it('names the target of inserts, upserts, updates and deletes, and nothing for reads', () => {
    expect(findWrittenTable('INSERT INTO pipelines (a) VALUES (1)')).toBe('pipelines');
    expect(findWrittenTable('  insert or replace into "tags" (a) values (1)')).toBe('tags');
    expect(findWrittenTable('UPDATE courses SET name = ?')).toBe('courses');
    expect(findWrittenTable('DELETE FROM course_teams WHERE course_id = ?')).toBe('course_teams');
    expect(findWrittenTable('SELECT * FROM pipelines')).toBeNull();
    expect(findWrittenTable('WITH x AS (SELECT 1) SELECT * FROM x')).toBeNull();
  });

  it('leaves bookkeeping tables out and refuses a table the shared list does not know', () => {
    expect(findWrittenTable('INSERT INTO sync_cursors (a) VALUES (1)')).toBeNull();
    expect(() => findWrittenTable('INSERT INTO grades (a) VALUES (1)')).toThrow(/grades/);
  });
});

describe('a store', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: Store;
  let commits: StoredTable[][];

  beforeEach(() => {
    temp = makeTempDir();
    store = createStore(temp.path);
    commits = [];
    store.onCommit((tables) => commits.push([...tables].sort()));
  });

  afterEach(() => {
    store.close();
    temp.cleanup();
  });

  it('lists every table of its schema as stored or internal', () => {
    const db = new Database(store.path, { readonly: true });
    const schema = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all()
      .map((r) => r.name);
    db.close();
    expect([...schema].sort()).toEqual([...storedTables, ...internalTables].sort());
  });

  it('announces a transaction once, after it commits, with every table it wrote', () => {
    createDemoCourse(store);
    expect(commits).toHaveLength(1);
    expect(commits[0]).toEqual(expect.arrayContaining(['courses', 'course_teams', 'projects', 'pipelines', 'jobs', 'commits', 'members', 'users']));
  });

  it('announces nothing for a transaction that rolled back', () => {
    expect(() =>
      store.transaction(() => {
        store.courses.insertCourse({ name: 'x', gitlabUrl: 'https://gitlab.example.edu', source: { kind: 'group', groupPath: 'g' }, isDemo: false });
        throw new Error('changed my mind');
      }),
    ).toThrow('changed my mind');
    expect(commits).toEqual([]);
    expect(store.courses.listCourses()).toEqual([]);
  });

  it('announces a single write outside a transaction on its own, and a write that changed nothing not at all', () => {
    const course = store.courses.insertCourse({ name: 'x', gitlabUrl: 'https://gitlab.example.edu', source: { kind: 'group', groupPath: 'g' }, isDemo: false });
    store.courses.recordSyncError(course.id + 1000, 'no such course');
    expect(commits).toEqual([['courses']]);
  });

  it('counts the rows a delete cascades into as written', () => {
    const course = createDemoCourse(store);
    commits = [];
    store.courses.deleteCourse(course.id);
    expect(commits).toHaveLength(1);
    expect(commits[0]).toEqual(expect.arrayContaining(['courses', 'course_teams', 'sync_locks']));
  });
});
