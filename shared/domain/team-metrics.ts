import { z } from 'zod';

export const PipelineCountsSchema = z.object({
  total: z.number().int(),
  success: z.number().int(),
  failed: z.number().int(),
  canceled: z.number().int(),
  /** success / (success + failed + canceled); null when nothing finished that way. */
  successRate: z.number().nullable(),
});
export type PipelineCounts = z.infer<typeof PipelineCountsSchema>;

export const TeamMetricsSchema = z.object({
  projectId: z.number().int(),
  project: z.string(),
  name: z.string(),
  webUrl: z.string(),
  isReachable: z.boolean(),
  pipelines: PipelineCountsSchema,
});
export type TeamMetrics = z.infer<typeof TeamMetricsSchema>;

export const CourseMetricsSchema = z.object({
  course: z.string(),
  teams: z.array(TeamMetricsSchema),
});
export type CourseMetrics = z.infer<typeof CourseMetricsSchema>;
