import { z } from 'zod';
import { IterationSchema } from '../domain/iteration';
import { CourseRefSchema, courseRefShape } from './course-ref';

/**
 * The dates and the weight arrive as typed and are checked in the core (describeIterationProblem),
 * so the message names the iteration. `weight` is a number from 0 to 100, 1 when left out.
 */
const IterationInputSchema = z.object({ name: z.string().max(200), start: z.string().max(40), end: z.string().max(40), weight: z.unknown().optional() });

/**
 * Removing an iteration that has grading data (rubric versions, scores, overrides, adjustments, a
 * freeze) is refused with `conflict` saying what would be lost, unless `force` is true; then that
 * data goes with it. A rename is a removal and an addition: the new name starts with nothing.
 */
const ForceSchema = z.boolean().optional();

/** A course's named iterations ("Iteration 1", a first and a last day, a grading weight), offered by every window selector. */
export const iterationsApi = {
  'iterations.list': { input: CourseRefSchema, output: z.array(IterationSchema) },
  'iterations.add': { input: z.object({ ...courseRefShape, iteration: IterationInputSchema }), output: IterationSchema },
  'iterations.remove': {
    input: z.object({ ...courseRefShape, name: z.string().trim().min(1).max(200), force: ForceSchema }),
    output: z.object({ removed: z.boolean() }),
  },
  /**
   * Replaces the whole list at once (the settings form saves what it shows); all or nothing. An
   * iteration given without a weight keeps its stored one (1 when new).
   */
  'iterations.replace': {
    input: z.object({ ...courseRefShape, iterations: z.array(IterationInputSchema).max(100), force: ForceSchema }),
    output: z.array(IterationSchema),
  },
  /** Sets one iteration's weight in the course total (0 to 100; 0 leaves it out). */
  'iterations.setWeight': {
    input: z.object({ ...courseRefShape, name: z.string().trim().min(1).max(200), weight: z.unknown() }),
    output: IterationSchema,
  },
} as const;
