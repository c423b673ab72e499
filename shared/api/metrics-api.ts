import { z } from 'zod';
import { MetricsWindowSpecSchema } from '../domain/metrics-window';
import { StudentProfileSchema, TeamDetailSchema } from '../domain/team-detail';
import { CourseMetricsSchema } from '../domain/team-metrics';
import { courseRefShape } from './course-ref';

/** from/to (ISO), or a named window (an iteration, the last N days, a range of days); not both. */
const windowShape = { from: z.string().optional(), to: z.string().optional(), window: MetricsWindowSpecSchema.optional() };

export const metricsApi = {
  /** Every team's figures over [from, to): by default the course window, with `to` capped at now. */
  'metrics.course': {
    input: z.object({ ...courseRefShape, ...windowShape }),
    output: CourseMetricsSchema,
  },
  /** One team (by its project's row id, as metrics.course lists it): its series, practice evidence and the items behind its figures. */
  'metrics.team': {
    input: z.object({ ...courseRefShape, projectId: z.number().int(), ...windowShape }),
    output: TeamDetailSchema,
  },
  /** One student of one team (by GitLab username): figures, weekly timeline and the items behind them. */
  'metrics.student': {
    input: z.object({ ...courseRefShape, projectId: z.number().int(), username: z.string().trim().min(1), ...windowShape }),
    output: StudentProfileSchema,
  },
} as const;
