import { z } from 'zod';
import { CoursePracticesSchema } from '../domain/practices';
import { MetricsWindowSpecSchema } from '../domain/metrics-window';
import { courseRefShape } from './course-ref';

export const practicesApi = {
  /** Each team's CI/CD practice checks with their evidence, over the same window as metrics.course. */
  'practices.course': {
    input: z.object({ ...courseRefShape, from: z.string().optional(), to: z.string().optional(), window: MetricsWindowSpecSchema.optional() }),
    output: CoursePracticesSchema,
  },
} as const;
