import type { CourseRef } from '../../../shared/api/course-ref';
import { toPrintableLine } from '../../../shared/domain/student-text';
import type { Course } from '../../../shared/domain/course';
import type { Store } from '../store/create-store';
import { ApiFailure } from './api-failure';

/**
 * The course a call names: by id (the app), else by the name a person typed (case-insensitive),
 * else the only course there is. Handlers resolve once, at the edge, and use the id from then on.
 */
export function resolveCourse(store: Store, ref: CourseRef): Course {
  if (ref.courseId !== undefined) {
    const course = store.courses.findCourseById(ref.courseId);
    if (course) return course;
    throw new ApiFailure('not_found', `Course ${ref.courseId} no longer exists; it may have been removed.`);
  }
  if (ref.course !== undefined) {
    const course = store.courses.findCourseByName(ref.course);
    if (course) return course;
    const names = store.courses.listCourses().map((c) => c.name);
    throw new ApiFailure('not_found', `No course named "${toPrintableLine(ref.course, 80)}".${names.length ? ` Courses: ${names.join(', ')}.` : ''}`);
  }
  const courses = store.courses.listCourses();
  const only = courses[0];
  if (courses.length === 1 && only) return only;
  if (courses.length === 0) throw new ApiFailure('not_found', 'There are no courses yet. Add one, or create the demo course.');
  throw new ApiFailure('invalid_input', `There are ${courses.length} courses (${courses.map((c) => c.name).join(', ')}); name the one you mean.`);
}
