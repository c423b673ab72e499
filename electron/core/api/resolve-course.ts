import type { Course } from '../../../shared/domain/course';
import type { Store } from '../store/create-store';
import { ApiFailure } from './api-failure';

/** A course by name, or the only course when no name is given. */
export function resolveCourse(store: Store, name: string | undefined): Course {
  if (name !== undefined) {
    const course = store.courses.findCourseByName(name);
    if (course) return course;
    const names = store.courses.listCourses().map((c) => c.name);
    throw new ApiFailure('not_found', `No course named "${name}".${names.length ? ` Courses: ${names.join(', ')}.` : ''}`);
  }
  const courses = store.courses.listCourses();
  const only = courses[0];
  if (courses.length === 1 && only) return only;
  if (courses.length === 0) throw new ApiFailure('not_found', 'There are no courses yet. Add one, or create the demo course.');
  throw new ApiFailure('invalid_input', `There are ${courses.length} courses (${courses.map((c) => c.name).join(', ')}); name the one you mean.`);
}
