import { ApiFailure } from '../api/api-failure';
import type { Store } from '../store/create-store';
import { describeScope, type GradingScope } from './grading-scope';

/** A frozen sheet is what was handed in: changing a score under it would make the two disagree. */
export function refuseIfFrozen(store: Store, scope: GradingScope): void {
  const frozen = store.grades.findFreeze(scope.course.id, scope.key);
  if (frozen) {
    throw new ApiFailure('conflict', `The grades of ${describeScope(scope)} are frozen since ${frozen.frozenAt}; unfreeze them to change a score.`);
  }
}
