import type Database from 'better-sqlite3';
import type { GradeAuditEntry, GradeAuditKind } from '../../../shared/domain/grading';

export interface StoredManualScore {
  projectId: number;
  criterion: string;
  points: number | null;
  comment: string;
}

export interface StoredOverride {
  projectId: number;
  criterion: string;
  points: number;
  reason: string;
}

export interface StoredAdjustment {
  projectId: number;
  userId: number;
  kind: 'points' | 'factor';
  value: number;
  reason: string;
}

export interface StoredFreeze {
  frozenAt: string;
  asOf: string;
  rubricVersion: number;
  gradesJson: string;
}

interface AuditRow {
  id: number;
  at: string;
  kind: GradeAuditKind;
  projectId: number | null;
  subject: string;
  oldValue: string | null;
  newValue: string | null;
  reason: string | null;
}

/** What a scope holds, for saying what removing an iteration would lose. */
export interface ScopeDataCounts {
  rubricVersions: number;
  manualScores: number;
  overrides: number;
  adjustments: number;
  frozen: boolean;
}

/**
 * What the instructor entered per team and student, the frozen sheets, and the audit trail, each in
 * a grading scope: an iteration's name, or '' for the whole course (see migration 0014). Callers
 * wrap each change and its audit entry in one store transaction.
 */
export function createGradesRepo(db: Database.Database) {
  const manualScores = db.prepare<[number, string], StoredManualScore>(
    'SELECT project_id AS projectId, criterion, points, comment FROM grade_manual_scores WHERE course_id = ? AND iteration = ?',
  );
  const upsertManual = db.prepare(
    `INSERT INTO grade_manual_scores (course_id, iteration, project_id, criterion, points, comment, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (course_id, iteration, project_id, criterion) DO UPDATE SET points = excluded.points, comment = excluded.comment,
      updated_at = excluded.updated_at`,
  );
  const overrides = db.prepare<[number, string], StoredOverride>(
    'SELECT project_id AS projectId, criterion, points, reason FROM grade_overrides WHERE course_id = ? AND iteration = ?',
  );
  const upsertOverride = db.prepare(
    `INSERT INTO grade_overrides (course_id, iteration, project_id, criterion, points, reason, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (course_id, iteration, project_id, criterion) DO UPDATE SET points = excluded.points, reason = excluded.reason,
      updated_at = excluded.updated_at`,
  );
  const deleteOverride = db.prepare('DELETE FROM grade_overrides WHERE course_id = ? AND iteration = ? AND project_id = ? AND criterion = ?');
  const adjustments = db.prepare<[number, string], StoredAdjustment>(
    'SELECT project_id AS projectId, user_id AS userId, kind, value, reason FROM grade_adjustments WHERE course_id = ? AND iteration = ?',
  );
  const upsertAdjustment = db.prepare(
    `INSERT INTO grade_adjustments (course_id, iteration, project_id, user_id, kind, value, reason, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (course_id, iteration, project_id, user_id) DO UPDATE SET kind = excluded.kind, value = excluded.value, reason = excluded.reason,
      updated_at = excluded.updated_at`,
  );
  const deleteAdjustment = db.prepare('DELETE FROM grade_adjustments WHERE course_id = ? AND iteration = ? AND project_id = ? AND user_id = ?');
  const freeze = db.prepare<[number, string], StoredFreeze>(
    `SELECT frozen_at AS frozenAt, as_of AS asOf, rubric_version AS rubricVersion, grades_json AS gradesJson FROM grade_freezes
    WHERE course_id = ? AND iteration = ?`,
  );
  const insertFreeze = db.prepare('INSERT INTO grade_freezes (course_id, iteration, frozen_at, as_of, rubric_version, grades_json) VALUES (?, ?, ?, ?, ?, ?)');
  const deleteFreeze = db.prepare('DELETE FROM grade_freezes WHERE course_id = ? AND iteration = ?');
  const insertAudit = db.prepare(
    `INSERT INTO grade_audit (course_id, iteration, project_id, at, kind, subject, old_value, new_value, reason)
    VALUES (@courseId, @iteration, @projectId, @at, @kind, @subject, @oldValue, @newValue, @reason)`,
  );
  const auditColumns = 'id, at, kind, project_id AS projectId, subject, old_value AS oldValue, new_value AS newValue, reason';
  const auditOfCourse = db.prepare<[number, string, number], AuditRow>(
    `SELECT ${auditColumns} FROM grade_audit WHERE course_id = ? AND iteration = ? ORDER BY id DESC LIMIT ?`,
  );
  const auditOfTeam = db.prepare<[number, string, number, number], AuditRow>(
    `SELECT ${auditColumns} FROM grade_audit WHERE course_id = ? AND iteration = ? AND (project_id = ? OR project_id IS NULL) ORDER BY id DESC LIMIT ?`,
  );
  const countScope = db.prepare<
    [number, string, number, string, number, string, number, string, number, string],
    Omit<ScopeDataCounts, 'frozen'> & { frozen: number }
  >(
    `SELECT
      (SELECT COUNT(*) FROM rubric_versions WHERE course_id = ? AND iteration = ?) AS rubricVersions,
      (SELECT COUNT(*) FROM grade_manual_scores WHERE course_id = ? AND iteration = ?) AS manualScores,
      (SELECT COUNT(*) FROM grade_overrides WHERE course_id = ? AND iteration = ?) AS overrides,
      (SELECT COUNT(*) FROM grade_adjustments WHERE course_id = ? AND iteration = ?) AS adjustments,
      (SELECT COUNT(*) FROM grade_freezes WHERE course_id = ? AND iteration = ?) AS frozen`,
  );
  const deleteScope = ['rubric_versions', 'grade_manual_scores', 'grade_overrides', 'grade_adjustments', 'grade_freezes', 'grade_audit'].map((table) =>
    db.prepare(`DELETE FROM ${table} WHERE course_id = ? AND iteration = ?`),
  );
  return {
    listManualScores(courseId: number, scope: string): StoredManualScore[] {
      return manualScores.all(courseId, scope);
    },
    saveManualScore(courseId: number, scope: string, score: StoredManualScore, at: string): void {
      upsertManual.run(courseId, scope, score.projectId, score.criterion, score.points, score.comment, at);
    },
    listOverrides(courseId: number, scope: string): StoredOverride[] {
      return overrides.all(courseId, scope);
    },
    saveOverride(courseId: number, scope: string, override: StoredOverride, at: string): void {
      upsertOverride.run(courseId, scope, override.projectId, override.criterion, override.points, override.reason, at);
    },
    removeOverride(courseId: number, scope: string, projectId: number, criterion: string): boolean {
      return deleteOverride.run(courseId, scope, projectId, criterion).changes > 0;
    },
    listAdjustments(courseId: number, scope: string): StoredAdjustment[] {
      return adjustments.all(courseId, scope);
    },
    saveAdjustment(courseId: number, scope: string, adjustment: StoredAdjustment, at: string): void {
      upsertAdjustment.run(courseId, scope, adjustment.projectId, adjustment.userId, adjustment.kind, adjustment.value, adjustment.reason, at);
    },
    removeAdjustment(courseId: number, scope: string, projectId: number, userId: number): boolean {
      return deleteAdjustment.run(courseId, scope, projectId, userId).changes > 0;
    },
    findFreeze(courseId: number, scope: string): StoredFreeze | undefined {
      return freeze.get(courseId, scope);
    },
    saveFreeze(courseId: number, scope: string, stored: StoredFreeze): void {
      insertFreeze.run(courseId, scope, stored.frozenAt, stored.asOf, stored.rubricVersion, stored.gradesJson);
    },
    removeFreeze(courseId: number, scope: string): boolean {
      return deleteFreeze.run(courseId, scope).changes > 0;
    },
    recordGradeChange(courseId: number, scope: string, entry: Omit<GradeAuditEntry, 'id'>): void {
      insertAudit.run({ courseId, iteration: scope, ...entry });
    },
    /** Newest first, of one scope; with a project, that team's entries and the scope-wide ones. */
    listGradeAudit(courseId: number, scope: string, projectId: number | null, limit: number): GradeAuditEntry[] {
      return projectId === null ? auditOfCourse.all(courseId, scope, limit) : auditOfTeam.all(courseId, scope, projectId, limit);
    },
    countScopeData(courseId: number, scope: string): ScopeDataCounts {
      const row = countScope.get(courseId, scope, courseId, scope, courseId, scope, courseId, scope, courseId, scope);
      return {
        rubricVersions: row?.rubricVersions ?? 0,
        manualScores: row?.manualScores ?? 0,
        overrides: row?.overrides ?? 0,
        adjustments: row?.adjustments ?? 0,
        frozen: (row?.frozen ?? 0) > 0,
      };
    },
    /** Deletes everything a scope holds, its audit entries included; the caller's transaction holds the removal of the iteration too. */
    removeScopeData(courseId: number, scope: string): void {
      for (const statement of deleteScope) statement.run(courseId, scope);
    },
  };
}

export type GradesRepo = ReturnType<typeof createGradesRepo>;
