import { z } from 'zod';
import { CourseMetricsSchema } from '../domain/team-metrics';
import { courseRefShape } from './course-ref';

export const metricsApi = {
  /** Every team's figures over [from, to): by default the course window, with `to` capped at now. */
  'metrics.course': {
    input: z.object({ ...courseRefShape, from: z.string().optional(), to: z.string().optional() }),
    output: CourseMetricsSchema,
  },
} as const;
