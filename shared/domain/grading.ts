import { z } from 'zod';
import { RubricSchema } from '../grading/rubric';

/** One saved version of a course's rubric. Version 0 is the built-in template, in force until the first save. */
export const RubricVersionSchema = z.object({
  version: z.number().int(),
  /** Null for version 0, which was never saved. */
  savedAt: z.string().nullable(),
  isBuiltIn: z.boolean(),
  /**
   * True in an iteration that has no rubric version of its own: it is graded with the whole course's
   * rubric in force, whose version number this is. Saving in the iteration makes its own version 1.
   */
  inheritedFromCourse: z.boolean(),
  rubric: RubricSchema,
});
export type RubricVersion = z.infer<typeof RubricVersionSchema>;

export const RubricVersionSummarySchema = z.object({
  version: z.number().int(),
  name: z.string(),
  savedAt: z.string().nullable(),
  isBuiltIn: z.boolean(),
});
export type RubricVersionSummary = z.infer<typeof RubricVersionSummarySchema>;

/** A rubric kept for reuse across courses; the built-in one has id null and cannot be changed. */
export const RubricTemplateSchema = z.object({
  id: z.number().int().nullable(),
  name: z.string(),
  isBuiltIn: z.boolean(),
  savedAt: z.string().nullable(),
  rubric: RubricSchema,
});
export type RubricTemplate = z.infer<typeof RubricTemplateSchema>;

/** A per-student adjustment: points added (or taken, negative), or a factor the team total is multiplied by. */
export const StudentAdjustmentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('points'), points: z.number().min(-1000, 'must be >= -1000').max(1000, 'must be <= 1000') }),
  z.object({ kind: z.literal('factor'), factor: z.number().min(0, 'must be >= 0').max(2, 'must be <= 2') }),
]);
export type StudentAdjustment = z.infer<typeof StudentAdjustmentSchema>;

export const GradeAuditKindSchema = z.enum(['rubric', 'manualScore', 'override', 'adjustment', 'freeze']);
export type GradeAuditKind = z.infer<typeof GradeAuditKindSchema>;

/** One recorded change: when, what, the value before and after (as short text), and why. */
export const GradeAuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  kind: GradeAuditKindSchema,
  /** Null for what concerns the whole course (the rubric, a freeze). */
  projectId: z.number().int().nullable(),
  /** What changed, in words: `Code quality`, `Code quality (override)`, `jdoe`, `rubric`. */
  subject: z.string(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  reason: z.string().nullable(),
});
export type GradeAuditEntry = z.infer<typeof GradeAuditEntrySchema>;

/** A suggested per-student factor (docs/grading.md): shown beside the student, applied only when accepted. */
export const SuggestedFactorSchema = z.object({
  userId: z.number().int(),
  username: z.string(),
  name: z.string(),
  commitShare: z.number().nullable(),
  lineShare: z.number().nullable(),
  /** Null when the team has no counted commits to share. */
  factor: z.number().nullable(),
  /** In words: which share, of how many students, before clamping. */
  basis: z.string(),
});
export type SuggestedFactor = z.infer<typeof SuggestedFactorSchema>;

export const TeamSuggestedFactorsSchema = z.object({ projectId: z.number().int(), project: z.string(), students: z.array(SuggestedFactorSchema) });
export type TeamSuggestedFactors = z.infer<typeof TeamSuggestedFactorsSchema>;

export const GradeFreezeSchema = z.object({
  isFrozen: z.boolean(),
  frozenAt: z.string().nullable(),
  asOf: z.string().nullable(),
  rubricVersion: z.number().int().nullable(),
});
export type GradeFreeze = z.infer<typeof GradeFreezeSchema>;
