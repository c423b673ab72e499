import { z } from 'zod';
import { practiceNames, TeamPracticesSchema } from './practices';
import { StudentMetricsSchema, UnmatchedAuthorSchema } from './student-metrics';
import { TeamMetricsSchema } from './team-metrics';

export const DailyPipelinesSchema = z.object({
  day: z.string(),
  pipelines: z.number().int(),
  success: z.number().int(),
  failed: z.number().int(),
  medianDurationS: z.number().nullable(),
  p95DurationS: z.number().nullable(),
});

/** One week (Monday to Sunday in the course's time zone) of pipelines. */
export const WeeklyPipelinesSchema = z.object({
  weekStart: z.string(),
  pipelines: z.number().int(),
  success: z.number().int(),
  failed: z.number().int(),
  /** The success-rate metric over the week (canceled pipelines count against it); null for a week with none finished. */
  successRate: z.number().nullable(),
});

/** Commits in one weekday (Monday 0) and hour of the course's time zone; empty cells are left out. */
export const HeatmapCellSchema = z.object({ weekday: z.number().int(), hour: z.number().int(), commits: z.number().int() });

/** A pipeline as the team page lists it; webUrl is GitLab's page for it. */
export const PipelineRowSchema = z.object({
  id: z.number().int(),
  status: z.string(),
  ref: z.string().nullable(),
  sha: z.string().nullable(),
  createdAt: z.string(),
  durationS: z.number().nullable(),
  coverage: z.number().nullable(),
  webUrl: z.string(),
});
export type PipelineRow = z.infer<typeof PipelineRowSchema>;

/** A commit behind the figures: who it counts for (null: an unmatched or ambiguous author), or that it is excluded. */
export const CommitRowSchema = z.object({
  sha: z.string(),
  title: z.string(),
  authorName: z.string().nullable(),
  authorEmail: z.string().nullable(),
  committedDate: z.string(),
  additions: z.number().int(),
  deletions: z.number().int(),
  username: z.string().nullable(),
  isStaff: z.boolean(),
  /** The instructor's reason when the commit is excluded from every figure; null when it counts. */
  exclusionReason: z.string().nullable(),
  webUrl: z.string(),
});
export type CommitRow = z.infer<typeof CommitRowSchema>;

/** A merge request of the window with the review evidence about it. */
export const MergeRequestRowSchema = z.object({
  iid: z.number().int(),
  title: z.string(),
  state: z.string(),
  author: z.string().nullable(),
  createdAt: z.string(),
  mergedAt: z.string().nullable(),
  mergedBy: z.string().nullable(),
  /** Usernames of the reviewers named on it and of everyone else who commented on it. */
  reviewers: z.array(z.string()),
  isSelfMergedWithoutReview: z.boolean(),
  isMergedWithinHour: z.boolean(),
  exclusionReason: z.string().nullable(),
  webUrl: z.string(),
});
export type MergeRequestRow = z.infer<typeof MergeRequestRowSchema>;

export const IssueRowSchema = z.object({
  iid: z.number().int(),
  title: z.string(),
  state: z.string(),
  author: z.string().nullable(),
  closedBy: z.string().nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  webUrl: z.string(),
});
export type IssueRow = z.infer<typeof IssueRowSchema>;

/** An unmatched author with a few of its commit titles, so the instructor can tell whose they are. */
export const UnmatchedAuthorDetailSchema = UnmatchedAuthorSchema.extend({ sampleTitles: z.array(z.string()) });
export type UnmatchedAuthorDetail = z.infer<typeof UnmatchedAuthorDetailSchema>;

/** The default branch's .gitlab-ci.yml with the lines the practice checks found their evidence on. */
export const CiFileSchema = z.object({
  path: z.string(),
  /** Null when the team has no .gitlab-ci.yml (or it was never synced). */
  content: z.string().nullable(),
  highlights: z.array(z.object({ line: z.number().int(), practices: z.array(z.enum(practiceNames)) })),
});
export type CiFile = z.infer<typeof CiFileSchema>;

/** One team's figures with the series the team page charts and the items behind them, days in the course's time zone. */
export const TeamDetailSchema = z.object({
  course: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  timeZone: z.string(),
  coverageThreshold: z.number(),
  /** When the course was last synced; null for a course never synced (the demo is generated, not synced). */
  lastSyncedAt: z.string().nullable(),
  isDemo: z.boolean(),
  team: TeamMetricsSchema,
  daily: z.array(DailyPipelinesSchema),
  weekly: z.array(WeeklyPipelinesSchema),
  coverage: z.array(z.object({ day: z.string(), coverage: z.number() })),
  heatmap: z.array(HeatmapCellSchema),
  practices: TeamPracticesSchema,
  ciFile: CiFileSchema,
  /** The window's newest pipelines (at most 30); team.pipelines.total says how many there are. */
  recentPipelines: z.array(PipelineRowSchema),
  /** Every commit behind the figures, newest first, excluded ones included and marked. */
  commits: z.array(CommitRowSchema),
  /** Every merge request opened or merged in the window, newest first. */
  mergeRequests: z.array(MergeRequestRowSchema),
  /** The window's issues, newest first (at most 50). */
  issues: z.array(IssueRowSchema),
  unmatchedAuthors: z.array(UnmatchedAuthorDetailSchema),
});
export type TeamDetail = z.infer<typeof TeamDetailSchema>;

/** Everything about one student of one team over the window. */
export const StudentProfileSchema = z.object({
  course: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  timeZone: z.string(),
  team: z.object({ projectId: z.number().int(), project: z.string(), name: z.string(), webUrl: z.string() }),
  student: StudentMetricsSchema,
  /** The team's students' commits and changed lines, what the shares are parts of. */
  teamCommits: z.number().int(),
  teamChangedLines: z.number().int(),
  /** Weekly commits of the whole team, aligned with student.weekly, for the share over time. */
  teamWeekly: z.array(z.object({ weekStart: z.string(), commits: z.number().int(), changedLines: z.number().int() })),
  heatmap: z.array(HeatmapCellSchema),
  commits: z.array(CommitRowSchema),
  /** Merge requests the student opened, merged or reviewed. */
  mergeRequests: z.array(MergeRequestRowSchema),
  /** Issues the student opened or closed. */
  issues: z.array(IssueRowSchema),
});
export type StudentProfile = z.infer<typeof StudentProfileSchema>;
