import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCourseGrades } from '../../../../electron/core/grading/load-course-grades';
import { applyMigrations } from '../../../../electron/core/store/apply-migrations';
import { createStore } from '../../../../electron/core/store/create-store';
import { databaseFileName } from '../../../../electron/core/store/open-database';
import { shippedMigrations } from '../../../../electron/core/store/shipped-migrations';
import { makeTempDir } from '../../../support/temp-dir';

/** A sheet frozen before iterations could be graded: it has no `iteration` field. */
const frozenSheet = JSON.stringify({
  course: 'se',
  asOf: '2026-05-31T00:00:00.000Z',
  frozen: true,
  frozenAt: '2026-06-01T00:00:00.000Z',
  lastSyncAt: null,
  rubric: { name: 'Old', version: 2, maxPoints: 10 },
  teams: [],
});

describe('migration 0014 (grading per iteration)', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => temp.cleanup());

  /** A database as GitPulse left it before 0014, with one of each grading row and an iteration. */
  function writeOldDatabase(): void {
    const db = new Database(join(temp.path, databaseFileName));
    applyMigrations(
      db,
      shippedMigrations().filter((m) => m.version < 14),
      (version) => join(temp.path, `backup-${version}`),
    );
    db.exec(`
      INSERT INTO courses (id, name, gitlab_url, source_kind, group_path, created_at) VALUES (1, 'se', 'https://gitlab.example.edu', 'group', 'se', '2026-01-01T00:00:00.000Z');
      INSERT INTO projects (id, instance_url, gitlab_id, path_with_namespace, name, web_url)
        VALUES (1, 'https://gitlab.example.edu', 7, 'se/team-01', 'team-01', 'https://gitlab.example.edu/se/team-01');
      INSERT INTO course_iterations (course_id, name, start_date, end_date) VALUES (1, 'Iteration 1', '2026-02-16', '2026-03-15');
      INSERT INTO rubric_versions (course_id, version, rubric_json, saved_at) VALUES (1, 1, '{"v":1}', '2026-02-01T00:00:00.000Z'), (1, 2, '{"v":2}', '2026-02-02T00:00:00.000Z');
      INSERT INTO grade_manual_scores (course_id, project_id, criterion, points, comment, updated_at) VALUES (1, 1, 'Report', 7, 'Clear', '2026-03-01T00:00:00.000Z');
      INSERT INTO grade_overrides (course_id, project_id, criterion, points, reason, updated_at) VALUES (1, 1, 'CI/CD', 5, 'Mirror', '2026-03-01T00:00:00.000Z');
      INSERT INTO grade_adjustments (course_id, project_id, user_id, kind, value, reason, updated_at) VALUES (1, 1, 42, 'factor', 0.9, 'Late', '2026-03-01T00:00:00.000Z');
      INSERT INTO grade_freezes (course_id, frozen_at, as_of, rubric_version, grades_json) VALUES (1, '2026-06-01T00:00:00.000Z', '2026-05-31T00:00:00.000Z', 2, '${frozenSheet}');
      INSERT INTO grade_audit (course_id, project_id, at, kind, subject, old_value, new_value, reason)
        VALUES (1, NULL, '2026-02-01T00:00:00.000Z', 'rubric', 'rubric', NULL, 'version 1', NULL), (1, 1, '2026-03-01T00:00:00.000Z', 'manualScore', 'Report', NULL, '7 points', NULL);
    `);
    db.close();
  }

  it('keeps every grading row as the whole course scope, and weighs existing iterations 1', () => {
    writeOldDatabase();
    const store = createStore(temp.path);
    try {
      expect(store.rubrics.listRubricVersions(1, '').map((v) => [v.version, v.rubricJson])).toEqual([
        [2, '{"v":2}'],
        [1, '{"v":1}'],
      ]);
      expect(store.grades.listManualScores(1, '')).toEqual([{ projectId: 1, criterion: 'Report', points: 7, comment: 'Clear' }]);
      expect(store.grades.listOverrides(1, '')).toEqual([{ projectId: 1, criterion: 'CI/CD', points: 5, reason: 'Mirror' }]);
      expect(store.grades.listAdjustments(1, '')).toEqual([{ projectId: 1, userId: 42, kind: 'factor', value: 0.9, reason: 'Late' }]);
      expect(store.grades.findFreeze(1, '')).toEqual({
        frozenAt: '2026-06-01T00:00:00.000Z',
        asOf: '2026-05-31T00:00:00.000Z',
        rubricVersion: 2,
        gradesJson: frozenSheet,
      });
      expect(store.grades.listGradeAudit(1, '', null, 10).map((e) => [e.kind, e.subject, e.newValue])).toEqual([
        ['manualScore', 'Report', '7 points'],
        ['rubric', 'rubric', 'version 1'],
      ]);
      expect(store.iterations.listIterations(1)).toEqual([{ name: 'Iteration 1', start: '2026-02-16', end: '2026-03-15', weight: 1 }]);
      expect(store.grades.countScopeData(1, 'iteration 1')).toEqual({ rubricVersions: 0, manualScores: 0, overrides: 0, adjustments: 0, frozen: false });
    } finally {
      store.close();
    }
  });

  it("still reads a sheet frozen before 0014 as the whole course's", () => {
    writeOldDatabase();
    const store = createStore(temp.path);
    try {
      const course = store.courses.findCourseById(1);
      if (!course) throw new Error('the course was written above');
      expect(loadCourseGrades(store, course)).toMatchObject({ course: 'se', iteration: null, frozen: true, rubric: { name: 'Old', version: 2 } });
    } finally {
      store.close();
    }
  });

  it('keys the rebuilt tables by scope, so an iteration can hold the same criterion and version', () => {
    writeOldDatabase();
    const store = createStore(temp.path);
    try {
      store.transaction(() => {
        store.rubrics.insertRubricVersion(1, 'Iteration 1', '{"v":"i1"}', '2026-03-02T00:00:00.000Z');
        store.grades.saveManualScore(1, 'Iteration 1', { projectId: 1, criterion: 'Report', points: 3, comment: '' }, '2026-03-02T00:00:00.000Z');
      });
      expect(store.rubrics.findLatestRubric(1, 'iteration 1')?.version).toBe(1);
      expect(store.grades.listManualScores(1, '')[0]?.points).toBe(7);
      expect(store.grades.listManualScores(1, 'Iteration 1')[0]?.points).toBe(3);
    } finally {
      store.close();
    }
  });
});
