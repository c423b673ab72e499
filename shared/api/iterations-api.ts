import { z } from 'zod';
import { IterationSchema } from '../domain/iteration';
import { CourseRefSchema, courseRefShape } from './course-ref';

/** The dates arrive as typed and are checked in the core (describeIterationProblem), so the message names the iteration. */
const IterationInputSchema = z.object({ name: z.string().max(200), start: z.string().max(40), end: z.string().max(40) });

/** A course's named iterations ("Iteration 1", a first and a last day), offered by every window selector. */
export const iterationsApi = {
  'iterations.list': { input: CourseRefSchema, output: z.array(IterationSchema) },
  'iterations.add': { input: z.object({ ...courseRefShape, iteration: IterationInputSchema }), output: IterationSchema },
  'iterations.remove': { input: z.object({ ...courseRefShape, name: z.string().trim().min(1).max(200) }), output: z.object({ removed: z.boolean() }) },
  /** Replaces the whole list at once (the settings form saves what it shows); all or nothing. */
  'iterations.replace': {
    input: z.object({ ...courseRefShape, iterations: z.array(IterationInputSchema).max(100) }),
    output: z.array(IterationSchema),
  },
} as const;
