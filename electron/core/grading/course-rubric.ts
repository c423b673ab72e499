import type { RubricVersion } from '../../../shared/domain/grading';
import { builtinRubric } from '../../../shared/grading/builtin-rubric';
import { RubricSchema, type Rubric } from '../../../shared/grading/rubric';
import { ApiFailure } from '../api/api-failure';
import type { Store } from '../store/create-store';
import type { StoredRubricVersion } from '../store/rubrics-repo';
import type { GradingScope } from './grading-scope';

/** Version 0: the built-in template, in force for every course until its first saved rubric. */
export const builtinRubricVersion: RubricVersion = { version: 0, savedAt: null, isBuiltIn: true, inheritedFromCourse: false, rubric: builtinRubric };

/** Stored rubrics were checked when saved; one that no longer parses means the file was edited by hand. */
export function parseStoredRubric(json: string, where: string): Rubric {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = undefined;
  }
  const parsed = RubricSchema.safeParse(value);
  if (!parsed.success) throw new ApiFailure('internal', `The stored ${where} is not a valid rubric any more; save or import the rubric again.`);
  return parsed.data;
}

function toRubricVersion(stored: StoredRubricVersion): RubricVersion {
  return {
    version: stored.version,
    savedAt: stored.savedAt,
    isBuiltIn: false,
    inheritedFromCourse: false,
    rubric: parseStoredRubric(stored.rubricJson, `rubric version ${stored.version}`),
  };
}

/**
 * The rubric in force in a scope: its newest saved version; in an iteration without one, the whole
 * course's rubric in force (marked inheritedFromCourse); else the built-in template.
 */
export function readScopeRubric(store: Store, scope: GradingScope): RubricVersion {
  const own = store.rubrics.findLatestRubric(scope.course.id, scope.key);
  if (own) return toRubricVersion(own);
  if (scope.key === '') return builtinRubricVersion;
  const course = store.rubrics.findLatestRubric(scope.course.id, '');
  return course ? { ...toRubricVersion(course), inheritedFromCourse: true } : { ...builtinRubricVersion, inheritedFromCourse: true };
}

/**
 * One of the scope's own saved versions (0: the built-in template). An iteration that has saved none
 * is graded with the course's rubric, so its versions are the course's (marked inheritedFromCourse):
 * the version number its grades show then leads to the rubric they were computed with.
 */
export function readRubricVersion(store: Store, scope: GradingScope, version: number): RubricVersion {
  if (version === 0) return builtinRubricVersion;
  if (scope.key !== '' && store.rubrics.findLatestRubric(scope.course.id, scope.key) === undefined) {
    return { ...readRubricVersion(store, { ...scope, iteration: null, key: '' }, version), inheritedFromCourse: true };
  }
  const stored = store.rubrics.findRubricVersion(scope.course.id, scope.key, version);
  if (!stored) {
    const where = scope.iteration ? `Iteration "${scope.iteration.name}"` : 'The course';
    throw new ApiFailure('not_found', `${where} has no rubric version ${version}.`);
  }
  return toRubricVersion(stored);
}
