import { z } from 'zod';
import { CourseGradesSchema } from '../domain/course-grades';
import { CourseTotalSchema } from '../domain/course-total';
import {
  GradeAuditEntrySchema,
  GradeFreezeSchema,
  RubricTemplateSchema,
  RubricVersionSchema,
  RubricVersionSummarySchema,
  StudentAdjustmentSchema,
  TeamSuggestedFactorsSchema,
} from '../domain/grading';
import { RubricSchema } from '../grading/rubric';
import { AsOfSchema } from './as-of';
import { courseRefShape } from './course-ref';

/** Largest rubric file accepted; real ones are a few kilobytes. */
export const maxRubricJsonLength = 1_000_000;

const ReasonSchema = z.string().trim().min(1, 'A reason is required').max(500, 'The reason is longer than 500 characters');
const OptionalReasonSchema = z.string().trim().max(500, 'The reason is longer than 500 characters').optional();
const CriterionNameSchema = z.string().min(1).max(80);

/**
 * Which grades a call is about: a course, and optionally one of its iterations by name (matched
 * case-insensitively, like the course name). Without `iteration` it is the whole course, as before
 * iterations could be graded; each scope has its own rubric versions, scores, freeze and audit trail.
 */
export const gradingScopeShape = { ...courseRefShape, iteration: z.string().trim().min(1).max(60).optional() };
const teamShape = { ...gradingScopeShape, projectId: z.number().int() };

/**
 * Rubrics and grades. Every write is one transaction with its audit entry, raises data.changed for
 * the grading tables, and is refused with `conflict` while the scope's grades are frozen (rubric
 * saves excepted: they are kept, and count once the grades are unfrozen). An unknown `iteration` is
 * `not_found`: "The course has no iteration "X"."
 */
export const gradingApi = {
  /** The rubric in force: the newest saved version, or the built-in template (version 0) before the first save. */
  'rubric.get': { input: z.object(gradingScopeShape), output: RubricVersionSchema },
  /** Saves a new version (earlier ones stay viewable); grades follow it at once unless frozen. */
  'rubric.save': { input: z.object({ ...gradingScopeShape, rubric: RubricSchema, reason: OptionalReasonSchema }), output: RubricVersionSchema },
  /** Newest first; version 0 (the built-in template) last. */
  'rubric.versions': { input: z.object(gradingScopeShape), output: z.array(RubricVersionSummarySchema) },
  /**
   * One saved version of the scope (0: the built-in template). In an iteration that has saved no
   * rubric of its own, the course's versions, marked inheritedFromCourse, so the version its grades
   * show can be looked up in the same scope.
   */
  'rubric.version': { input: z.object({ ...gradingScopeShape, version: z.number().int().min(0) }), output: RubricVersionSchema },
  /**
   * A rubric file's text, checked against the schema: refused with `invalid_input` naming the first
   * problem and its place (`criteria[2].checks[0].points: must be >= 0`), and then nothing changes.
   */
  'rubric.import': {
    input: z.object({
      ...gradingScopeShape,
      json: z.string().max(maxRubricJsonLength, `The rubric file is larger than ${maxRubricJsonLength / 1_000_000} MB`),
      reason: OptionalReasonSchema,
    }),
    output: RubricVersionSchema,
  },
  /** The rubric (in force, or the given version) as the JSON a file holds, with a file name to save it under. */
  'rubric.export': {
    input: z.object({ ...gradingScopeShape, version: z.number().int().min(0).optional() }),
    output: z.object({ filename: z.string(), json: z.string() }),
  },
  /** Checks a rubric file's text without saving it: the first problem, or null. */
  'rubric.validate': { input: z.object({ json: z.string().max(maxRubricJsonLength) }), output: z.object({ problem: z.string().nullable() }) },
  /** The built-in template first, then the saved ones by name. */
  'rubric.templates.list': { input: z.object({}), output: z.array(RubricTemplateSchema) },
  /** Saves a rubric as a template under a name (replacing a saved template of that name). */
  'rubric.templates.save': { input: z.object({ name: CriterionNameSchema, rubric: RubricSchema }), output: RubricTemplateSchema },
  'rubric.templates.remove': { input: z.object({ id: z.number().int() }), output: z.object({ removed: z.boolean() }) },
  /** Makes a template the course's rubric: a new version, like a save. `templateId` null is the built-in one. */
  'rubric.templates.apply': {
    input: z.object({ ...gradingScopeShape, templateId: z.number().int().nullable(), reason: OptionalReasonSchema }),
    output: RubricVersionSchema,
  },

  /**
   * Every team's grades as of an instant (default: the end of the course window, or of the
   * iteration, capped at now); the frozen sheet while frozen. In an iteration, only activity from its
   * first day counts, and `asOf` must lie inside it.
   */
  'grades.course': { input: z.object({ ...gradingScopeShape, asOf: AsOfSchema }), output: CourseGradesSchema },
  /** A manual criterion's points (0 to its maximum) and comment for one team; points null clears the score. */
  'grades.setManualScore': {
    input: z.object({
      ...teamShape,
      criterion: CriterionNameSchema,
      points: z.number().min(0, 'must be >= 0').max(1000).nullable(),
      comment: z.string().max(5000, 'The comment is longer than 5000 characters'),
    }),
    output: z.object({}),
  },
  /** Replaces a criterion's points for one team (weighted points, as the total counts them); the reason is required. */
  'grades.setOverride': {
    input: z.object({ ...teamShape, criterion: CriterionNameSchema, points: z.number().min(0, 'must be >= 0').max(100_000), reason: ReasonSchema }),
    output: z.object({}),
  },
  'grades.clearOverride': {
    input: z.object({ ...teamShape, criterion: CriterionNameSchema, reason: OptionalReasonSchema }),
    output: z.object({ removed: z.boolean() }),
  },
  /** A student's adjustment (points, or a factor of the team total) with its required reason. */
  'grades.setAdjustment': {
    input: z.object({ ...teamShape, userId: z.number().int(), adjustment: StudentAdjustmentSchema, reason: ReasonSchema }),
    output: z.object({}),
  },
  'grades.clearAdjustment': {
    input: z.object({ ...teamShape, userId: z.number().int(), reason: OptionalReasonSchema }),
    output: z.object({ removed: z.boolean() }),
  },
  /** Each student's suggested factor from the contribution shares; never applied unless set with grades.setAdjustment. */
  'grades.suggestedFactors': { input: z.object({ ...gradingScopeShape, asOf: AsOfSchema }), output: z.array(TeamSuggestedFactorsSchema) },
  /** Keeps the grades (as of `asOf`) unchanged by later syncs and rubric edits until unfrozen. */
  'grades.freeze': { input: z.object({ ...gradingScopeShape, asOf: AsOfSchema, reason: OptionalReasonSchema }), output: GradeFreezeSchema },
  'grades.unfreeze': { input: z.object({ ...gradingScopeShape, reason: OptionalReasonSchema }), output: GradeFreezeSchema },
  'grades.freezeState': { input: z.object(gradingScopeShape), output: GradeFreezeSchema },
  /** Newest first: the team's changes plus the course-wide ones (rubric, freezes); all of the course's without projectId. */
  'grades.audit': {
    input: z.object({ ...gradingScopeShape, projectId: z.number().int().optional(), limit: z.number().int().min(1).max(1000).default(200) }),
    output: z.array(GradeAuditEntrySchema),
  },
  /**
   * Each student's weighted course percent over the course's iterations (docs/grading.md): refused
   * with `conflict` when the course has no iterations or every weight is 0.
   */
  'grades.courseTotal': { input: z.object(courseRefShape), output: CourseTotalSchema },
} as const;
