import { z } from 'zod';

/*
 * What grading a course produces, as `gitpulse grade --json` prints it and every grade-sheet format
 * (CSV, XLSX, PDF, Moodle, Canvas) is written from. The field names follow the grading issue's CLI
 * contract; everything after them is what the sheets and the PDF report need beside it. Points are
 * already weighted and rounded by the rubric; writers never recompute them.
 */

export const GradedCheckSchema = z.object({
  name: z.string(),
  points: z.number(),
  maxPoints: z.number(),
  /** In words: the measured value against the threshold, or the practice check's finding. */
  evidence: z.string(),
  /** What the check is bound to, so a view can lead to the practice check or the metric behind it. */
  kind: z.enum(['practice', 'teamMetric', 'studentMetric']),
  /** The practice check's or metric's id (e.g. `pipelineExists`, `latestCoverage`, `commitShare`). */
  source: z.string(),
  /** The measured value (1 or 0 for a practice check); null when the metric has none. */
  value: z.number().nullable(),
});
export type GradedCheck = z.infer<typeof GradedCheckSchema>;

export const CriterionLevelSchema = z.enum(['basic', 'recommended', 'bonus']);
export type CriterionLevel = z.infer<typeof CriterionLevelSchema>;

export const GradedCriterionSchema = z.object({
  name: z.string(),
  level: CriterionLevelSchema,
  /** After weight, override and bonus cap: what counts toward the total. */
  points: z.number(),
  /** Weighted maximum; bonus criteria add to the total but not to the team's maximum. */
  maxPoints: z.number(),
  kind: z.enum(['automatic', 'manual']),
  checks: z.array(GradedCheckSchema),
  /** Weighted points before any override: computed from the checks, or the manual score entered. */
  computedPoints: z.number(),
  /** The points the instructor entered for a manual criterion (before weighting); null when none yet. */
  manualPoints: z.number().nullable(),
  /** The instructor's comment on a manual criterion, or null. */
  comment: z.string().nullable(),
  /** Set when the instructor replaced the computed points; the reason is required. */
  override: z.object({ points: z.number(), reason: z.string() }).nullable(),
});
export type GradedCriterion = z.infer<typeof GradedCriterionSchema>;

export const GradedStudentSchema = z.object({
  userId: z.number().int(),
  username: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  /** Points added to (or, negative, taken from) the team total for this student; 0 when none. */
  adjustment: z.number(),
  adjustmentReason: z.string().nullable(),
  /** Set when the adjustment was given as a factor of the team total; `adjustment` is then its points. */
  adjustmentFactor: z.number().nullable(),
  commitShare: z.number().nullable(),
  lineShare: z.number().nullable(),
  /** The suggested factor (docs/grading.md), shown only; null when the team has no commits to share. */
  suggestedFactor: z.number().nullable(),
  total: z.number(),
  percent: z.number(),
});
export type GradedStudent = z.infer<typeof GradedStudentSchema>;

export const GradedTeamSchema = z.object({
  projectId: z.number().int(),
  /** The project's path with namespace, e.g. "cs-2026/team-01". */
  project: z.string(),
  name: z.string(),
  webUrl: z.string(),
  criteria: z.array(GradedCriterionSchema),
  total: z.number(),
  maxPoints: z.number(),
  students: z.array(GradedStudentSchema),
});
export type GradedTeam = z.infer<typeof GradedTeamSchema>;

export const CourseGradesSchema = z.object({
  course: z.string(),
  /** The iteration these grades are of, by name; null for the whole course. */
  iteration: z.string().nullable(),
  /** The instant grading counted activity up to (exclusive), UTC ISO 8601. */
  asOf: z.string(),
  frozen: z.boolean(),
  /** When the grades were frozen, and against which data; null while not frozen. */
  frozenAt: z.string().nullable(),
  lastSyncAt: z.string().nullable(),
  rubric: z.object({ name: z.string(), version: z.number().int(), maxPoints: z.number() }),
  teams: z.array(GradedTeamSchema),
});
export type CourseGrades = z.infer<typeof CourseGradesSchema>;
