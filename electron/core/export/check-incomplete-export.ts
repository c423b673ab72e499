import type { Course } from '../../../shared/domain/course';
import { formatLocalTime } from '../../../shared/domain/format-local-time';
import { describeIncompleteFigures, exportAnywayHint, findIncompleteFigures } from '../../../shared/domain/incomplete-figures';
import { ApiFailure } from '../api/api-failure';

/**
 * A sheet of a course whose first sync never finished would pass zeros off as grades: refused, unless
 * allowed, when the returned sentence goes into the file's header (or beside it). Undefined: complete.
 * The time is local, like every other place that says it: the core runs on the instructor's computer.
 */
export function checkIncompleteExport(course: Course, isAllowed: boolean): string | undefined {
  const incomplete = findIncompleteFigures(course);
  if (!incomplete) return undefined;
  const notice = describeIncompleteFigures(incomplete, formatLocalTime);
  if (!isAllowed) throw new ApiFailure('conflict', `${notice} ${exportAnywayHint}`);
  return notice;
}
