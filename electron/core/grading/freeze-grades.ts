import type { Course } from '../../../shared/domain/course';
import type { GradeFreeze } from '../../../shared/domain/grading';
import { ApiFailure } from '../api/api-failure';
import type { Store } from '../store/create-store';
import { computeCourseGrades } from './compute-course-grades';
import { readCourseRubric } from './course-rubric';

export function readFreezeState(store: Store, course: Course): GradeFreeze {
  const frozen = store.grades.findFreeze(course.id);
  return frozen
    ? { isFrozen: true, frozenAt: frozen.frozenAt, asOf: frozen.asOf, rubricVersion: frozen.rubricVersion }
    : { isFrozen: false, frozenAt: null, asOf: null, rubricVersion: null };
}

/**
 * Computes the grades as of `asOf` and keeps that sheet, with when it was frozen and against which
 * data (last sync, rubric version), until unfrozen. Computed inside the write transaction, so no
 * sync or edit can land between the figures and the freeze.
 */
export function freezeGrades(
  store: Store,
  course: Course,
  request: { asOf?: string | undefined; reason?: string | undefined },
  nowMs = Date.now(),
): GradeFreeze {
  store.transaction(() => {
    const existing = store.grades.findFreeze(course.id);
    if (existing) throw new ApiFailure('conflict', `The grades of "${course.name}" are already frozen since ${existing.frozenAt}.`);
    const rubric = readCourseRubric(store, course.id);
    const frozenAt = new Date(nowMs).toISOString();
    const grades = { ...computeCourseGrades(store, course, rubric, request.asOf, nowMs), frozen: true, frozenAt };
    store.grades.saveFreeze(course.id, { frozenAt, asOf: grades.asOf, rubricVersion: rubric.version, gradesJson: JSON.stringify(grades) });
    store.grades.recordGradeChange(course.id, {
      at: frozenAt,
      kind: 'freeze',
      projectId: null,
      subject: 'grades',
      oldValue: 'not frozen',
      newValue: `frozen as of ${grades.asOf} (rubric version ${rubric.version}, last sync ${course.lastSyncedAt ?? 'never'})`,
      reason: request.reason ?? null,
    });
  });
  return readFreezeState(store, course);
}

export function unfreezeGrades(store: Store, course: Course, request: { reason?: string | undefined }, nowMs = Date.now()): GradeFreeze {
  store.transaction(() => {
    const existing = store.grades.findFreeze(course.id);
    if (!existing) throw new ApiFailure('conflict', `The grades of "${course.name}" are not frozen.`);
    store.grades.removeFreeze(course.id);
    store.grades.recordGradeChange(course.id, {
      at: new Date(nowMs).toISOString(),
      kind: 'freeze',
      projectId: null,
      subject: 'grades',
      oldValue: `frozen as of ${existing.asOf} (rubric version ${existing.rubricVersion})`,
      newValue: 'not frozen',
      reason: request.reason ?? null,
    });
  });
  return readFreezeState(store, course);
}
