import { describeNotADate, isCalendarDate } from '../../../shared/domain/calendar-date';

export interface CourseWindowValues {
  /** `YYYY-MM-DD` from a date input, or '' when left empty. */
  start: string;
  end: string;
}

export type CourseWindowErrors = Partial<Record<keyof CourseWindowValues, string>>;

/**
 * The same rules courses.update applies, checked as the instructor types so the message sits next to
 * the field: each date a real day (a stored window may predate that check), the end not before the
 * start. Real `YYYY-MM-DD` dates compare correctly as text.
 */
export function validateCourseWindow(values: CourseWindowValues): CourseWindowErrors {
  const errors: CourseWindowErrors = {};
  if (values.start !== '' && !isCalendarDate(values.start)) errors.start = `Starts on: ${describeNotADate(values.start)}.`;
  if (values.end !== '' && !isCalendarDate(values.end)) errors.end = `Ends on: ${describeNotADate(values.end)}.`;
  if (!errors.start && !errors.end && values.start !== '' && values.end !== '' && values.end < values.start)
    errors.end = 'The course window ends before it starts.';
  return errors;
}
