import type { Course } from '../../../shared/domain/course';
import type { CourseGrades } from '../../../shared/domain/course-grades';
import type { CourseTotal, CourseTotalStudent, StudentIterationResult } from '../../../shared/domain/course-total';
import type { Iteration } from '../../../shared/domain/iteration';
import { ApiFailure } from '../api/api-failure';
import type { Store } from '../store/create-store';
import { loadScopeGrades } from './load-course-grades';

interface GradedIteration {
  iteration: Iteration;
  grades: CourseGrades;
}

/** sum(weight × percent) / sum(weight) over the weighted iterations, rounded to 0.1. */
export function combineIterationPercents(results: readonly { weight: number; percent: number }[]): number {
  const weighted = results.filter((r) => r.weight > 0);
  const weights = weighted.reduce((sum, r) => sum + r.weight, 0);
  if (weights === 0) return 0;
  const mean = weighted.reduce((sum, r) => sum + r.weight * r.percent, 0) / weights;
  // Rounded from a value scaled once, so 80.05 stays 80.1 rather than drifting below it.
  return Math.round(mean * 10 + 1e-9) / 10;
}

function refuseWithoutWeights(course: Course, iterations: readonly Iteration[]): void {
  if (iterations.length === 0) {
    throw new ApiFailure(
      'conflict',
      `"${course.name}" has no iterations, so there is no course total; add them in Course settings or with gitpulse iteration add, each with a weight.`,
    );
  }
  if (iterations.every((i) => i.weight === 0)) {
    throw new ApiFailure(
      'conflict',
      `Every iteration of "${course.name}" has the weight 0, so there is no course total; give one a weight in Course settings or with gitpulse iteration weight --name NAME --weight W.`,
    );
  }
}

function resultOf(graded: GradedIteration, projectId: number, userId: number): StudentIterationResult {
  const team = graded.grades.teams.find((t) => t.projectId === projectId);
  const student = team?.students.find((s) => s.userId === userId);
  // Missing from this iteration's sheet (joined later, or the team was added later): 0 of its maximum.
  if (!student) return { name: graded.iteration.name, total: 0, maxPoints: team?.maxPoints ?? graded.grades.rubric.maxPoints, percent: 0 };
  return { name: graded.iteration.name, total: student.total, maxPoints: team?.maxPoints ?? 0, percent: student.percent };
}

/**
 * The course total: every started iteration's grades (its frozen sheet while frozen), and each
 * student's weighted course percent. An iteration that has not started yet has no grades and is left
 * out until it starts; an iteration with the weight 0 is listed but not counted.
 */
export function computeCourseTotal(store: Store, course: Course, nowMs = Date.now()): CourseTotal {
  const iterations = store.iterations.listIterations(course.id);
  refuseWithoutWeights(course, iterations);
  const started = iterations.filter((i) => Date.parse(`${i.start}T00:00:00Z`) <= nowMs);
  if (!started.some((i) => i.weight > 0)) {
    throw new ApiFailure(
      'conflict',
      `No iteration of "${course.name}" with a weight has started yet, so there is no course total before ${iterations.find((i) => i.weight > 0)?.start ?? 'then'}.`,
    );
  }
  const graded: GradedIteration[] = started.map((iteration) => ({
    iteration,
    grades: loadScopeGrades(store, { course, iteration, key: iteration.name }, undefined, nowMs),
  }));

  // Every student any iteration graded, once, as their latest sheet names them.
  const people = new Map<string, Omit<CourseTotalStudent, 'iterations' | 'percent'>>();
  for (const { grades } of graded) {
    for (const team of grades.teams) {
      for (const s of team.students) {
        people.set(`${team.projectId}:${s.userId}`, {
          projectId: team.projectId,
          project: team.project,
          userId: s.userId,
          username: s.username,
          name: s.name,
          email: s.email,
        });
      }
    }
  }
  const students = [...people.values()]
    .sort((a, b) => a.project.localeCompare(b.project) || a.username.localeCompare(b.username))
    .map((person): CourseTotalStudent => {
      const results = graded.map((g) => resultOf(g, person.projectId, person.userId));
      const percent = combineIterationPercents(results.map((r, index) => ({ weight: graded[index]?.iteration.weight ?? 0, percent: r.percent })));
      return { ...person, iterations: results, percent };
    });

  return {
    course: course.name,
    iterations: graded.map(({ iteration, grades }) => ({
      name: iteration.name,
      weight: iteration.weight,
      frozen: grades.frozen,
      asOf: grades.asOf,
      rubricVersion: grades.rubric.version,
      maxPoints: grades.rubric.maxPoints,
    })),
    students,
  };
}
