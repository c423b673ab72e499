import { z } from 'zod';
import { describeNotADate, isCalendarDate } from './calendar-date';

/** A named part of a course (a sprint, "Iteration 2"): its first and last day, both counted. */
export const IterationSchema = z.object({
  name: z.string(),
  /** First day, `YYYY-MM-DD`. */
  start: z.string(),
  /** Last day, `YYYY-MM-DD`, counted in full. */
  end: z.string(),
  /** How much the iteration counts in the course total (0 to 100; 0 leaves it out); 1 unless set. */
  weight: z.number(),
});
export type Iteration = z.infer<typeof IterationSchema>;

/** The largest weight an iteration can have; weights are relative, so 100 leaves room for any split. */
export const maxIterationWeight = 100;

/**
 * An iteration as a form or the command line sends it: the weight may be left out (1), and arrives
 * as it was given, so the check below can name the iteration when it is not a number.
 */
export interface IterationInput {
  name: string;
  start: string;
  end: string;
  weight?: unknown;
}

export function isIterationWeight(weight: unknown): weight is number {
  return typeof weight === 'number' && Number.isFinite(weight) && weight >= 0 && weight <= maxIterationWeight;
}

/** What is wrong with a weight, or null (also when left out: it is then 1); `label` names the iteration. */
export function describeWeightProblem(label: string, weight: unknown): string | null {
  if (weight === undefined) return null;
  if (typeof weight !== 'number' || !Number.isFinite(weight)) return `The weight of ${label} must be a number from 0 to ${maxIterationWeight}`;
  if (weight < 0 || weight > maxIterationWeight) return `The weight of ${label} is ${weight}; it must be from 0 to ${maxIterationWeight}`;
  return null;
}

/** Iteration names are shown in window selectors and typed on the command line, so one short line. */
export const IterationNameSchema = z
  .string()
  .trim()
  .min(1, 'Iteration name is empty')
  .max(60, 'Iteration name is longer than 60 characters')
  .regex(/^[^\p{Cc}\p{Cf}]+$/u, 'Iteration name may not contain control characters');

/**
 * What is wrong with one iteration, or null: a name, two real days, the end after the start, a weight
 * from 0 to 100 when one is given. The renderer's form and the core check with this same function,
 * so both say the same thing.
 */
export function describeIterationProblem(iteration: IterationInput): string | null {
  const name = IterationNameSchema.safeParse(iteration.name);
  if (!name.success) return name.error.issues[0]?.message ?? 'Iteration name is not valid';
  const label = `"${name.data}"`;
  if (!isCalendarDate(iteration.start)) return `${label} starts on ${describeNotADate(iteration.start)}`;
  if (!isCalendarDate(iteration.end)) return `${label} ends on ${describeNotADate(iteration.end)}`;
  if (iteration.end <= iteration.start) return `${label} ends on ${iteration.end}, which is not after its start ${iteration.start}`;
  return describeWeightProblem(label, iteration.weight);
}

/** The first problem of a whole list: each iteration's own, then a name used twice (case-insensitively). */
export function describeIterationListProblem(iterations: readonly IterationInput[]): string | null {
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

/** An iteration as it is stored: name trimmed, weight 1 unless given; call after describeIterationProblem. */
export function normalizeIteration(iteration: IterationInput): Iteration {
  return { name: iteration.name.trim(), start: iteration.start, end: iteration.end, weight: isIterationWeight(iteration.weight) ? iteration.weight : 1 };
}
