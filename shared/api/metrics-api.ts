import { z } from 'zod';
import { CourseMetricsSchema } from '../domain/team-metrics';

export const metricsApi = {
  'metrics.course': { input: z.object({ course: z.string().optional() }), output: CourseMetricsSchema },
} as const;
