import { z } from 'zod';
import { CourseMetricsSchema, TeamDetailSchema } from '../domain/team-metrics';
import { courseRefShape } from './course-ref';

export const metricsApi = {
  /** Every team's figures over [from, to): by default the course window, with `to` capped at now. */
  'metrics.course': {
    input: z.object({ ...courseRefShape, from: z.string().optional(), to: z.string().optional() }),
    output: CourseMetricsSchema,
  },
  /** One team (by its project's row id, as metrics.course lists it) with its daily series. */
  'metrics.team': {
    input: z.object({ ...courseRefShape, projectId: z.number().int(), from: z.string().optional(), to: z.string().optional() }),
    output: TeamDetailSchema,
  },
} as const;
