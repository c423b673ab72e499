import { CourseMetricsSchema } from '../domain/team-metrics';
import { CourseRefSchema } from './course-ref';

export const metricsApi = {
  'metrics.course': { input: CourseRefSchema, output: CourseMetricsSchema },
} as const;
