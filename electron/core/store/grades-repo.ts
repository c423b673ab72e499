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

/**
 * What the instructor entered per team and student, the frozen sheets, and the audit trail. Callers
 * wrap each change and its audit entry in one store transaction.
 */
export function createGradesRepo(db: Database.Database) {
  const manualScores = db.prepare<[number], StoredManualScore>(
    'SELECT project_id AS projectId, criterion, points, comment FROM grade_manual_scores WHERE course_id = ?',
  );
  const upsertManual = db.prepare(
    `INSERT INTO grade_manual_scores (course_id, project_id, criterion, points, comment, updated_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (course_id, project_id, criterion) DO UPDATE SET points = excluded.points, comment = excluded.comment, updated_at = excluded.updated_at`,
  );
  const overrides = db.prepare<[number], StoredOverride>('SELECT project_id AS projectId, criterion, points, reason FROM grade_overrides WHERE course_id = ?');
  const upsertOverride = db.prepare(
    `INSERT INTO grade_overrides (course_id, project_id, criterion, points, reason, updated_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (course_id, project_id, criterion) DO UPDATE SET points = excluded.points, reason = excluded.reason, updated_at = excluded.updated_at`,
  );
  const deleteOverride = db.prepare('DELETE FROM grade_overrides WHERE course_id = ? AND project_id = ? AND criterion = ?');
  const adjustments = db.prepare<[number], StoredAdjustment>(
    'SELECT project_id AS projectId, user_id AS userId, kind, value, reason FROM grade_adjustments WHERE course_id = ?',
  );
  const upsertAdjustment = db.prepare(
    `INSERT INTO grade_adjustments (course_id, project_id, user_id, kind, value, reason, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (course_id, project_id, user_id) DO UPDATE SET kind = excluded.kind, value = excluded.value, reason = excluded.reason,
      updated_at = excluded.updated_at`,
  );
  const deleteAdjustment = db.prepare('DELETE FROM grade_adjustments WHERE course_id = ? AND project_id = ? AND user_id = ?');
  const freeze = db.prepare<[number], StoredFreeze>(
    'SELECT frozen_at AS frozenAt, as_of AS asOf, rubric_version AS rubricVersion, grades_json AS gradesJson FROM grade_freezes WHERE course_id = ?',
  );
  const insertFreeze = db.prepare('INSERT INTO grade_freezes (course_id, frozen_at, as_of, rubric_version, grades_json) VALUES (?, ?, ?, ?, ?)');
  const deleteFreeze = db.prepare('DELETE FROM grade_freezes WHERE course_id = ?');
  const insertAudit = db.prepare(
    `INSERT INTO grade_audit (course_id, project_id, at, kind, subject, old_value, new_value, reason)
    VALUES (@courseId, @projectId, @at, @kind, @subject, @oldValue, @newValue, @reason)`,
  );
  const auditColumns = 'id, at, kind, project_id AS projectId, subject, old_value AS oldValue, new_value AS newValue, reason';
  const auditOfCourse = db.prepare<[number, number], AuditRow>(`SELECT ${auditColumns} FROM grade_audit WHERE course_id = ? ORDER BY id DESC LIMIT ?`);
  const auditOfTeam = db.prepare<[number, number, number], AuditRow>(
    `SELECT ${auditColumns} FROM grade_audit WHERE course_id = ? AND (project_id = ? OR project_id IS NULL) ORDER BY id DESC LIMIT ?`,
  );
  return {
    listManualScores(courseId: number): StoredManualScore[] {
      return manualScores.all(courseId);
    },
    saveManualScore(courseId: number, score: StoredManualScore, at: string): void {
      upsertManual.run(courseId, score.projectId, score.criterion, score.points, score.comment, at);
    },
    listOverrides(courseId: number): StoredOverride[] {
      return overrides.all(courseId);
    },
    saveOverride(courseId: number, override: StoredOverride, at: string): void {
      upsertOverride.run(courseId, override.projectId, override.criterion, override.points, override.reason, at);
    },
    removeOverride(courseId: number, projectId: number, criterion: string): boolean {
      return deleteOverride.run(courseId, projectId, criterion).changes > 0;
    },
    listAdjustments(courseId: number): StoredAdjustment[] {
      return adjustments.all(courseId);
    },
    saveAdjustment(courseId: number, adjustment: StoredAdjustment, at: string): void {
      upsertAdjustment.run(courseId, adjustment.projectId, adjustment.userId, adjustment.kind, adjustment.value, adjustment.reason, at);
    },
    removeAdjustment(courseId: number, projectId: number, userId: number): boolean {
      return deleteAdjustment.run(courseId, projectId, userId).changes > 0;
    },
    findFreeze(courseId: number): StoredFreeze | undefined {
      return freeze.get(courseId);
    },
    saveFreeze(courseId: number, stored: StoredFreeze): void {
      insertFreeze.run(courseId, stored.frozenAt, stored.asOf, stored.rubricVersion, stored.gradesJson);
    },
    removeFreeze(courseId: number): boolean {
      return deleteFreeze.run(courseId).changes > 0;
    },
    recordGradeChange(courseId: number, entry: Omit<GradeAuditEntry, 'id'>): void {
      insertAudit.run({ courseId, ...entry });
    },
    /** Newest first; with a project, that team's entries and the course-wide ones. */
    listGradeAudit(courseId: number, projectId: number | null, limit: number): GradeAuditEntry[] {
      return projectId === null ? auditOfCourse.all(courseId, limit) : auditOfTeam.all(courseId, projectId, limit);
    },
  };
}

export type GradesRepo = ReturnType<typeof createGradesRepo>;
