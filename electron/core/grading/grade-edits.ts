import type { Course } from '../../../shared/domain/course';
import type { GradeAuditEntry, StudentAdjustment } from '../../../shared/domain/grading';
import type { RubricCriterion } from '../../../shared/grading/rubric';
import { ApiFailure } from '../api/api-failure';
import type { Store } from '../store/create-store';
import type { StoredAdjustment } from '../store/grades-repo';
import { readScopeRubric } from './course-rubric';
import type { GradingScope } from './grading-scope';
import { refuseIfFrozen } from './refuse-if-frozen';

function findTeam(store: Store, course: Course, projectId: number): { path: string } {
  const team = store.projects.listTeams(course.id).find((t) => t.projectId === projectId);
  if (!team) throw new ApiFailure('not_found', `Project ${projectId} is not a team of "${course.name}".`);
  return team;
}

function findCriterion(store: Store, scope: GradingScope, name: string): RubricCriterion {
  const { course } = scope;
  const { rubric } = readScopeRubric(store, scope);
  const criterion = rubric.criteria.find((c) => c.name === name);
  if (!criterion)
    throw new ApiFailure(
      'not_found',
      `The rubric of "${course.name}" has no criterion "${name}"; it has ${rubric.criteria.map((c) => `"${c.name}"`).join(', ')}.`,
    );
  return criterion;
}

function describeScore(points: number | null, comment: string): string {
  return `${points === null ? 'not graded' : `${points} points`}${comment ? `, "${comment}"` : ''}`;
}

function describeAdjustment(adjustment: Pick<StoredAdjustment, 'kind' | 'value'>): string {
  return adjustment.kind === 'factor' ? `factor ${adjustment.value}` : `${adjustment.value >= 0 ? '+' : ''}${adjustment.value} points`;
}

function findOverride(store: Store, scope: GradingScope, projectId: number, criterion: string) {
  return store.grades.listOverrides(scope.course.id, scope.key).find((o) => o.projectId === projectId && o.criterion === criterion);
}

function findAdjustment(store: Store, scope: GradingScope, projectId: number, userId: number) {
  return store.grades.listAdjustments(scope.course.id, scope.key).find((a) => a.projectId === projectId && a.userId === userId);
}

/*
 * Each edit reads what it replaces and writes the change with its audit entry in one IMMEDIATE
 * transaction: killed at any instant, the database holds the old value and no entry, or the new value
 * and its entry, never one without the other.
 */

type TeamChange = Pick<GradeAuditEntry, 'kind' | 'subject' | 'oldValue' | 'newValue' | 'reason'>;

/**
 * One edit of one team's grades: refused while the scope is frozen or for a project that is not a
 * team of the course. `apply` writes and returns the audit entry of what it changed, or null when
 * there was nothing to change; the result says which.
 */
function editTeamGrades(store: Store, scope: GradingScope, projectId: number, nowMs: number, apply: (at: string) => TeamChange | null): boolean {
  const { course } = scope;
  return store.transaction(() => {
    refuseIfFrozen(store, scope);
    findTeam(store, course, projectId);
    const at = new Date(nowMs).toISOString();
    const change = apply(at);
    if (change) store.grades.recordGradeChange(course.id, scope.key, { at, projectId, ...change });
    return change !== null;
  });
}

export interface ManualScoreEdit {
  projectId: number;
  criterion: string;
  points: number | null;
  comment: string;
}

export function setManualScore(store: Store, scope: GradingScope, edit: ManualScoreEdit, nowMs = Date.now()): void {
  editTeamGrades(store, scope, edit.projectId, nowMs, (at) => {
    const criterion = findCriterion(store, scope, edit.criterion);
    if (criterion.kind !== 'manual') throw new ApiFailure('invalid_input', `"${criterion.name}" is graded automatically; override it instead.`);
    if (edit.points !== null && edit.points > criterion.maxPoints) {
      throw new ApiFailure('invalid_input', `points: must be <= ${criterion.maxPoints}, the maximum of "${criterion.name}"`);
    }
    const old = store.grades.listManualScores(scope.course.id, scope.key).find((s) => s.projectId === edit.projectId && s.criterion === edit.criterion);
    store.grades.saveManualScore(scope.course.id, scope.key, edit, at);
    return {
      kind: 'manualScore',
      subject: edit.criterion,
      oldValue: old ? describeScore(old.points, old.comment) : null,
      newValue: describeScore(edit.points, edit.comment),
      reason: null,
    };
  });
}

export interface OverrideEdit {
  projectId: number;
  criterion: string;
  points: number;
  reason: string;
}

export function setOverride(store: Store, scope: GradingScope, edit: OverrideEdit, nowMs = Date.now()): void {
  editTeamGrades(store, scope, edit.projectId, nowMs, (at) => {
    const criterion = findCriterion(store, scope, edit.criterion);
    const max = criterion.maxPoints * criterion.weight;
    if (edit.points > max + 1e-9) throw new ApiFailure('invalid_input', `points: must be <= ${max}, the weighted maximum of "${criterion.name}"`);
    const old = findOverride(store, scope, edit.projectId, edit.criterion);
    store.grades.saveOverride(scope.course.id, scope.key, edit, at);
    return { kind: 'override', subject: edit.criterion, oldValue: old ? `${old.points} points` : null, newValue: `${edit.points} points`, reason: edit.reason };
  });
}

export function clearOverride(
  store: Store,
  scope: GradingScope,
  edit: { projectId: number; criterion: string; reason?: string | undefined },
  nowMs = Date.now(),
): boolean {
  return editTeamGrades(store, scope, edit.projectId, nowMs, () => {
    const old = findOverride(store, scope, edit.projectId, edit.criterion);
    if (!old) return null;
    store.grades.removeOverride(scope.course.id, scope.key, edit.projectId, edit.criterion);
    return { kind: 'override', subject: edit.criterion, oldValue: `${old.points} points`, newValue: null, reason: edit.reason ?? null };
  });
}

function findStudent(store: Store, course: Course, projectId: number, userId: number): { username: string } {
  const entry = store.members.listRoster(course.id).find((r) => r.projectId === projectId && r.userId === userId && r.role === 'student');
  if (!entry) throw new ApiFailure('not_found', `User ${userId} is not a student of project ${projectId} in "${course.name}".`);
  return entry;
}

export interface AdjustmentEdit {
  projectId: number;
  userId: number;
  adjustment: StudentAdjustment;
  reason: string;
}

export function setAdjustment(store: Store, scope: GradingScope, edit: AdjustmentEdit, nowMs = Date.now()): void {
  editTeamGrades(store, scope, edit.projectId, nowMs, (at) => {
    const { username } = findStudent(store, scope.course, edit.projectId, edit.userId);
    const old = findAdjustment(store, scope, edit.projectId, edit.userId);
    const stored: StoredAdjustment = {
      projectId: edit.projectId,
      userId: edit.userId,
      kind: edit.adjustment.kind,
      value: edit.adjustment.kind === 'points' ? edit.adjustment.points : edit.adjustment.factor,
      reason: edit.reason,
    };
    store.grades.saveAdjustment(scope.course.id, scope.key, stored, at);
    return {
      kind: 'adjustment',
      subject: username,
      oldValue: old ? describeAdjustment(old) : null,
      newValue: describeAdjustment(stored),
      reason: edit.reason,
    };
  });
}

export function clearAdjustment(
  store: Store,
  scope: GradingScope,
  edit: { projectId: number; userId: number; reason?: string | undefined },
  nowMs = Date.now(),
): boolean {
  return editTeamGrades(store, scope, edit.projectId, nowMs, () => {
    const old = findAdjustment(store, scope, edit.projectId, edit.userId);
    if (!old) return null;
    const username = store.members.listRoster(scope.course.id).find((r) => r.projectId === edit.projectId && r.userId === edit.userId)?.username;
    store.grades.removeAdjustment(scope.course.id, scope.key, edit.projectId, edit.userId);
    return { kind: 'adjustment', subject: username ?? `user ${edit.userId}`, oldValue: describeAdjustment(old), newValue: null, reason: edit.reason ?? null };
  });
}
