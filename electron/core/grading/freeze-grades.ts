import type { GradeFreeze } from '../../../shared/domain/grading';
import { ApiFailure } from '../api/api-failure';
import type { Store } from '../store/create-store';
import { computeCourseGrades } from './compute-course-grades';
import { readScopeRubric } from './course-rubric';
import { describeScope, type GradingScope } from './grading-scope';

export function readFreezeState(store: Store, scope: GradingScope): GradeFreeze {
  const frozen = store.grades.findFreeze(scope.course.id, scope.key);
  return frozen
    ? { isFrozen: true, frozenAt: frozen.frozenAt, asOf: frozen.asOf, rubricVersion: frozen.rubricVersion }
    : { isFrozen: false, frozenAt: null, asOf: null, rubricVersion: null };
}

/**
 * Computes the scope's grades as of `asOf` and keeps that sheet, with when it was frozen and against
 * which data (last sync, rubric version), until unfrozen. Computed inside the write transaction, so
 * no sync or edit can land between the figures and the freeze.
 */
export function freezeGrades(
  store: Store,
  scope: GradingScope,
  request: { asOf?: string | undefined; reason?: string | undefined },
  nowMs = Date.now(),
): GradeFreeze {
  const { course } = scope;
  store.transaction(() => {
    const existing = store.grades.findFreeze(course.id, scope.key);
    if (existing) throw new ApiFailure('conflict', `The grades of ${describeScope(scope)} are already frozen since ${existing.frozenAt}.`);
    const rubric = readScopeRubric(store, scope);
    const frozenAt = new Date(nowMs).toISOString();
    const grades = { ...computeCourseGrades(store, scope, rubric, request.asOf, nowMs), frozen: true, frozenAt };
    store.grades.saveFreeze(course.id, scope.key, { frozenAt, asOf: grades.asOf, rubricVersion: rubric.version, gradesJson: JSON.stringify(grades) });
    const version = `${rubric.inheritedFromCourse ? "the course's " : ''}rubric version ${rubric.version}`;
    store.grades.recordGradeChange(course.id, scope.key, {
      at: frozenAt,
      kind: 'freeze',
      projectId: null,
      subject: 'grades',
      oldValue: 'not frozen',
      newValue: `frozen as of ${grades.asOf} (${version}, last sync ${course.lastSyncedAt ?? 'never'})`,
      reason: request.reason ?? null,
    });
  });
  return readFreezeState(store, scope);
}

export function unfreezeGrades(store: Store, scope: GradingScope, request: { reason?: string | undefined }, nowMs = Date.now()): GradeFreeze {
  const { course } = scope;
  store.transaction(() => {
    const existing = store.grades.findFreeze(course.id, scope.key);
    if (!existing) throw new ApiFailure('conflict', `The grades of ${describeScope(scope)} are not frozen.`);
    store.grades.removeFreeze(course.id, scope.key);
    store.grades.recordGradeChange(course.id, scope.key, {
      at: new Date(nowMs).toISOString(),
      kind: 'freeze',
      projectId: null,
      subject: 'grades',
      oldValue: `frozen as of ${existing.asOf} (rubric version ${existing.rubricVersion})`,
      newValue: 'not frozen',
      reason: request.reason ?? null,
    });
  });
  return readFreezeState(store, scope);
}
