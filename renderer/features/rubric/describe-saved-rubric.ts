import type { RubricVersion } from '../../../shared/domain/grading';

/**
 * What the editor's status line says about the rubric in force while the draft is unchanged. An
 * iteration without a rubric of its own is graded with the course's, and says so, so nobody takes
 * the course's rubric for one saved for the iteration.
 */
export function describeSavedRubric(saved: RubricVersion | undefined, iteration: string | undefined): string {
  if (!saved) return '';
  if (saved.inheritedFromCourse) {
    const course = saved.isBuiltIn ? 'the built-in template' : `the course rubric (version ${saved.version})`;
    return `Uses ${course} until you save one for ${iteration ?? 'this iteration'}`;
  }
  return saved.isBuiltIn ? 'The built-in template, not yet saved for this course' : `Version ${saved.version}, as saved`;
}
