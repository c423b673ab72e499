import { z } from 'zod';
import { pipelineMetrics, type PipelineMetricValues } from '../metrics/registry';
import { TeamActivityValuesSchema } from '../metrics/team-activity-metrics';
import { PracticeVerdictsSchema } from './practices';
import { ReviewEvidenceSchema, StudentMetricsSchema, TeamFlagSchema, UnmatchedAuthorSchema } from './student-metrics';

/** Built from the metric registry: one number per metric, nullable where its compute can give none. */
export const PipelineMetricValuesSchema = z.object(
  Object.fromEntries(pipelineMetrics.map((metric) => [metric.id, metric.unit === 'count' ? z.number().int() : z.number().nullable()])),
) as unknown as z.ZodType<PipelineMetricValues>;

export const TeamMetricsSchema = z.object({
  projectId: z.number().int(),
  project: z.string(),
  name: z.string(),
  webUrl: z.string(),
  isReachable: z.boolean(),
  /** GitLab archived the project; its data still syncs and counts. */
  isArchived: z.boolean(),
  pipelines: PipelineMetricValuesSchema,
  /** Whether each CI/CD practice check passed; the evidence comes with practices.course. */
  practices: PracticeVerdictsSchema,
  /** The team's students (staff and bots left out), current first, then former members. */
  members: z.array(StudentMetricsSchema),
  /** Sums over the members' figures (commits, merge requests merged, issues closed), per the activity registry. */
  activity: TeamActivityValuesSchema,
  review: ReviewEvidenceSchema,
  flags: z.array(TeamFlagSchema),
  unmatchedAuthors: z.array(UnmatchedAuthorSchema),
});
export type TeamMetrics = z.infer<typeof TeamMetricsSchema>;

export const CourseMetricsSchema = z.object({
  course: z.string(),
  /** The window the figures count in, [from, to), UTC ISO 8601; from is null for "since the start". */
  from: z.string().nullable(),
  to: z.string(),
  teams: z.array(TeamMetricsSchema),
  /** The same metrics over every team's facts pooled (a course-wide rate, not a mean of team rates). */
  totals: PipelineMetricValuesSchema,
});
export type CourseMetrics = z.infer<typeof CourseMetricsSchema>;
