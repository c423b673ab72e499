export interface CourseWindowValues {
  /** `YYYY-MM-DD` from a date input, or '' when left empty. */
  start: string;
  end: string;
}

/**
 * The same rule courses.update applies, checked as the instructor types so the message sits next to
 * the field. Date inputs always give `YYYY-MM-DD`, which compares correctly as text.
 */
export function validateCourseWindow(values: CourseWindowValues): string | undefined {
  if (values.start !== '' && values.end !== '' && values.end < values.start) return 'The course window ends before it starts.';
  return undefined;
}
