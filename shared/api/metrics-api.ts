import { z } from 'zod';
import { MetricsWindowSpecSchema } from '../domain/metrics-window';
import { CourseMetricsSchema, TeamDetailSchema } from '../domain/team-metrics';
import { courseRefShape } from './course-ref';

/** from/to (ISO), or a named window (an iteration, the last N days, a range of days); not both. */
const windowShape = { from: z.string().optional(), to: z.string().optional(), window: MetricsWindowSpecSchema.optional() };

export const metricsApi = {
  /** Every team's figures over [from, to): by default the course window, with `to` capped at now. */
  'metrics.course': {
    input: z.object({ ...courseRefShape, ...windowShape }),
    output: CourseMetricsSchema,
  },
  /** One team (by its project's row id, as metrics.course lists it) with its daily series. */
  'metrics.team': {
    input: z.object({ ...courseRefShape, projectId: z.number().int(), ...windowShape }),
    output: TeamDetailSchema,
  },
} as const;
