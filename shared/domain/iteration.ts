import { z } from 'zod';
import { describeNotADate, isCalendarDate } from './calendar-date';

/** A named part of a course (a sprint, "Iteration 2"): its first and last day, both counted. */
export const IterationSchema = z.object({
  name: z.string(),
  /** First day, `YYYY-MM-DD`. */
  start: z.string(),
  /** Last day, `YYYY-MM-DD`, counted in full. */
  end: z.string(),
});
export type Iteration = z.infer<typeof IterationSchema>;

/** Iteration names are shown in window selectors and typed on the command line, so one short line. */
export const IterationNameSchema = z
  .string()
  .trim()
  .min(1, 'Iteration name is empty')
  .max(60, 'Iteration name is longer than 60 characters')
  .regex(/^[^\p{Cc}\p{Cf}]+$/u, 'Iteration name may not contain control characters');

/**
 * What is wrong with one iteration, or null: a name, two real days, the end after the start. The
 * renderer's form and the core check with this same function, so both say the same thing.
 */
export function describeIterationProblem(iteration: Iteration): string | null {
  const name = IterationNameSchema.safeParse(iteration.name);
  if (!name.success) return name.error.issues[0]?.message ?? 'Iteration name is not valid';
  const label = `"${name.data}"`;
  if (!isCalendarDate(iteration.start)) return `${label} starts on ${describeNotADate(iteration.start)}`;
  if (!isCalendarDate(iteration.end)) return `${label} ends on ${describeNotADate(iteration.end)}`;
  if (iteration.end <= iteration.start) return `${label} ends on ${iteration.end}, which is not after its start ${iteration.start}`;
  return null;
}

/** The first problem of a whole list: each iteration's own, then a name used twice (case-insensitively). */
export function describeIterationListProblem(iterations: readonly Iteration[]): string | null {
  const seen = new Set<string>();
  for (const iteration of iterations) {
    const problem = describeIterationProblem(iteration);
    if (problem) return problem;
    const key = iteration.name.trim().toLowerCase();
    if (seen.has(key)) return `Two iterations are named "${iteration.name.trim()}"; give each its own name`;
    seen.add(key);
  }
  return null;
}

/** An iteration as it is stored: name trimmed. */
export function normalizeIteration(iteration: Iteration): Iteration {
  return { name: iteration.name.trim(), start: iteration.start, end: iteration.end };
}
