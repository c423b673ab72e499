import type { RubricVersion } from '../../../shared/domain/grading';
import { builtinRubric } from '../../../shared/grading/builtin-rubric';
import { RubricSchema, type Rubric } from '../../../shared/grading/rubric';
import { ApiFailure } from '../api/api-failure';
import type { Store } from '../store/create-store';
import type { StoredRubricVersion } from '../store/rubrics-repo';

/** Version 0: the built-in template, in force for every course until its first saved rubric. */
export const builtinRubricVersion: RubricVersion = { version: 0, savedAt: null, isBuiltIn: true, rubric: builtinRubric };

/** Stored rubrics were checked when saved; one that no longer parses means the file was edited by hand. */
export function parseStoredRubric(json: string, where: string): Rubric {
  const parsed = RubricSchema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new ApiFailure('internal', `The stored ${where} is not a valid rubric any more; save or import the rubric again.`);
  return parsed.data;
}

function toRubricVersion(stored: StoredRubricVersion): RubricVersion {
  return {
    version: stored.version,
    savedAt: stored.savedAt,
    isBuiltIn: false,
    rubric: parseStoredRubric(stored.rubricJson, `rubric version ${stored.version}`),
  };
}

/** The rubric in force for a course: its newest saved version, else the built-in template. */
export function readCourseRubric(store: Store, courseId: number): RubricVersion {
  const stored = store.rubrics.findLatestRubric(courseId);
  return stored ? toRubricVersion(stored) : builtinRubricVersion;
}

export function readRubricVersion(store: Store, courseId: number, version: number): RubricVersion {
  if (version === 0) return builtinRubricVersion;
  const stored = store.rubrics.findRubricVersion(courseId, version);
  if (!stored) throw new ApiFailure('not_found', `The course has no rubric version ${version}.`);
  return toRubricVersion(stored);
}
