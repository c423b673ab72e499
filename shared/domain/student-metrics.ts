import { z } from 'zod';

/** One week of a student's commits, Monday 00:00 UTC onwards. */
export const WeeklyContributionSchema = z.object({
  /** The week's Monday, `YYYY-MM-DD` (UTC). */
  weekStart: z.string(),
  commits: z.number().int(),
  /** Additions plus deletions of that week's commits. */
  changedLines: z.number().int(),
});
export type WeeklyContribution = z.infer<typeof WeeklyContributionSchema>;

/** A student's figures over the window, as docs/metrics.md defines them (names as the CLI JSON prints them). */
export const StudentMetricsSchema = z.object({
  userId: z.number().int(),
  username: z.string(),
  name: z.string(),
  /** No longer a member of the project; kept with their contributions, which count in the team's totals. */
  isFormer: z.boolean(),
  commits: z.number().int(),
  additions: z.number().int(),
  deletions: z.number().int(),
  mergeRequestsOpened: z.number().int(),
  mergeRequestsMerged: z.number().int(),
  mergeRequestsReviewed: z.number().int(),
  comments: z.number().int(),
  commentWordsOnOthers: z.number().int(),
  issuesOpened: z.number().int(),
  issuesClosed: z.number().int(),
  buildsBroken: z.number().int(),
  buildsFixed: z.number().int(),
  /** The student's part of the commits matched to the team's students; null when there are none. */
  commitShare: z.number().nullable(),
  /** The same for additions + deletions. */
  lineShare: z.number().nullable(),
  lastActivityAt: z.string().nullable(),
  weekly: z.array(WeeklyContributionSchema),
});
export type StudentMetrics = z.infer<typeof StudentMetricsSchema>;

/** Merge requests merged in the window that were not reviewed, or barely. */
export const ReviewEvidenceSchema = z.object({
  /** Merged by their own author with no note and no approval from anyone else. */
  selfMergedWithoutReview: z.number().int(),
  /** Merged at most one hour after being opened. */
  mergedWithinHour: z.number().int(),
  /** The iids behind the two counts, so a click can lead to them. */
  selfMergedWithoutReviewIids: z.array(z.number().int()),
  mergedWithinHourIids: z.array(z.number().int()),
});
export type ReviewEvidence = z.infer<typeof ReviewEvidenceSchema>;

export const TeamFlagKindSchema = z.enum(['lowShare', 'noActivity', 'defaultBranchRed', 'ambiguousAuthor']);
export type TeamFlagKind = z.infer<typeof TeamFlagKindSchema>;

export const TeamFlagSchema = z.object({
  kind: TeamFlagKindSchema,
  /** The student the flag is about; absent for a flag about the team. */
  username: z.string().optional(),
  detail: z.string(),
});
export type TeamFlag = z.infer<typeof TeamFlagSchema>;

/** A commit author no team member matched, with the number of their counted commits. */
export const UnmatchedAuthorSchema = z.object({
  name: z.string(),
  email: z.string(),
  commits: z.number().int(),
  /** Usernames the author matched equally well (same name): ambiguous, so left unmatched. Empty when none. */
  candidates: z.array(z.string()),
});
export type UnmatchedAuthor = z.infer<typeof UnmatchedAuthorSchema>;
