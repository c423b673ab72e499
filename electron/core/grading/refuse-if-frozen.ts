import type { Course } from '../../../shared/domain/course';
import { ApiFailure } from '../api/api-failure';
import type { Store } from '../store/create-store';

/** A frozen sheet is what was handed in: changing a score under it would make the two disagree. */
export function refuseIfFrozen(store: Store, course: Course): void {
  const frozen = store.grades.findFreeze(course.id);
  if (frozen) {
    throw new ApiFailure('conflict', `The grades of "${course.name}" are frozen since ${frozen.frozenAt}; unfreeze them to change a score.`);
  }
}
