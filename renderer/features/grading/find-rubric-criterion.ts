import type { Rubric, RubricCriterion } from '../../../shared/grading/rubric';

/** The rubric's own criterion behind a graded one: names are unique in a rubric, compared as the schema does. */
export function findRubricCriterion(rubric: Rubric | undefined, name: string): RubricCriterion | undefined {
  const wanted = name.trim().toLowerCase();
  return rubric?.criteria.find((criterion) => criterion.name.trim().toLowerCase() === wanted);
}
