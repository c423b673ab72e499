import { z } from 'zod';
import { CriterionLevelSchema } from '../domain/course-grades';
import { practiceNames } from '../domain/practices';
import { findGradingMetric, studentGradingMetricIds, teamGradingMetricIds } from './grading-metrics';

/*
 * A rubric as instructors write it, import and export it (docs/rubric.md, docs/rubric.schema.json).
 * Objects are strict, so a misspelt field is named instead of silently ignored, and every number has
 * bounds, so a file cannot smuggle in 1e308 points. Messages are written to follow a field's path:
 * `criteria[2].checks[0].points: must be >= 0`.
 */

/** Generous limits no real rubric reaches; past them a file is refused rather than slowly graded. */
export const rubricLimits = { criteria: 100, checks: 50, points: 1000, weight: 100, nameLength: 80, descriptionLength: 2000, threshold: 1e9 } as const;

const NameSchema = z
  .string()
  .max(rubricLimits.nameLength, `must be at most ${rubricLimits.nameLength} characters`)
  .refine((name) => name.trim().length > 0, 'must not be empty');
const DescriptionSchema = z.string().max(rubricLimits.descriptionLength, `must be at most ${rubricLimits.descriptionLength} characters`);
const PointsSchema = z.number().min(0, 'must be >= 0').max(rubricLimits.points, `must be <= ${rubricLimits.points}`);
const ThresholdSchema = z
  .number()
  .min(-rubricLimits.threshold, `must be >= ${-rubricLimits.threshold}`)
  .max(rubricLimits.threshold, `must be <= ${rubricLimits.threshold}`);

/** `>=`: higher values are better and reaching the threshold earns the points; `<=`: lower values are better. */
export const ComparisonSchema = z.enum(['>=', '<=']);
export type Comparison = z.infer<typeof ComparisonSchema>;

/** How a per-student metric becomes one team figure: the weakest student, the strongest, the mean, or the sum. */
export const AggregateSchema = z.enum(['min', 'max', 'mean', 'sum']);
export type Aggregate = z.infer<typeof AggregateSchema>;

const metricCheckShape = {
  comparison: ComparisonSchema,
  /** Full points at this value or better. */
  threshold: ThresholdSchema,
  /**
   * Partial credit: zero points at this value or worse, rising linearly to full points at the
   * threshold, rounded to the rubric's step. Absent: all or nothing at the threshold.
   */
  partialFrom: ThresholdSchema.optional(),
  points: PointsSchema,
};

export const PracticeRubricCheckSchema = z.strictObject({
  kind: z.literal('practice'),
  name: NameSchema,
  description: DescriptionSchema.optional(),
  /** One of the CI/CD practice checks (docs/metrics.md); passing earns the points. */
  practice: z.enum(practiceNames),
  points: PointsSchema,
});

// Fields in the order a file lists them: parsing keeps this order, so a file written in it round-trips byte for byte.
export const TeamMetricRubricCheckSchema = z.strictObject({
  kind: z.literal('teamMetric'),
  name: NameSchema,
  description: DescriptionSchema.optional(),
  /** A per-team pipeline metric from the metric registry. */
  metric: z.enum(teamGradingMetricIds),
  ...metricCheckShape,
});

export const StudentMetricRubricCheckSchema = z.strictObject({
  kind: z.literal('studentMetric'),
  name: NameSchema,
  description: DescriptionSchema.optional(),
  /** A per-student contribution figure (shared/grading/grading-metrics.ts). */
  metric: z.enum(studentGradingMetricIds),
  aggregate: AggregateSchema,
  ...metricCheckShape,
});

export const RubricCheckSchema = z.discriminatedUnion('kind', [PracticeRubricCheckSchema, TeamMetricRubricCheckSchema, StudentMetricRubricCheckSchema]);
export type RubricCheck = z.infer<typeof RubricCheckSchema>;
export type PracticeRubricCheck = z.infer<typeof PracticeRubricCheckSchema>;
export type MetricRubricCheck = z.infer<typeof TeamMetricRubricCheckSchema> | z.infer<typeof StudentMetricRubricCheckSchema>;

const criterionShape = {
  name: NameSchema,
  description: DescriptionSchema.optional(),
  level: CriterionLevelSchema,
  /** Points before weighting; for an automatic criterion, the sum of its checks' points. */
  maxPoints: PointsSchema,
  /** The criterion counts points x weight toward the total. */
  weight: z.number().min(0, 'must be >= 0').max(rubricLimits.weight, `must be <= ${rubricLimits.weight}`),
};

export const AutomaticRubricCriterionSchema = z.strictObject({
  kind: z.literal('automatic'),
  ...criterionShape,
  checks: z.array(RubricCheckSchema).min(1, 'needs at least one check').max(rubricLimits.checks, `must have at most ${rubricLimits.checks} checks`),
});

/** The instructor enters points (0 to maxPoints) and a comment per team. */
export const ManualRubricCriterionSchema = z.strictObject({ kind: z.literal('manual'), ...criterionShape });

export const RubricCriterionSchema = z.discriminatedUnion('kind', [AutomaticRubricCriterionSchema, ManualRubricCriterionSchema]);
export type RubricCriterion = z.infer<typeof RubricCriterionSchema>;
export type AutomaticRubricCriterion = z.infer<typeof AutomaticRubricCriterionSchema>;

const RubricShape = z.strictObject({
  /** Lets an editor find docs/rubric.schema.json; ignored by GitPulse. */
  $schema: z.string().max(500, 'must be at most 500 characters').optional(),
  name: NameSchema,
  description: DescriptionSchema.optional(),
  /** Partial credit is rounded to a multiple of this, e.g. 0.5. */
  step: z.number().min(0.01, 'must be >= 0.01').max(rubricLimits.points, `must be <= ${rubricLimits.points}`),
  /** Most points all bonus criteria together may add above the maximum (after weighting); absent: no cap. */
  bonusCap: PointsSchema.optional(),
  criteria: z
    .array(RubricCriterionSchema)
    .min(1, 'needs at least one criterion')
    .max(rubricLimits.criteria, `must have at most ${rubricLimits.criteria} criteria`),
});

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function refineMetricCheck(check: MetricRubricCheck, path: (string | number)[], ctx: z.RefinementCtx): void {
  const scope = check.kind === 'teamMetric' ? 'team' : 'student';
  const range = findGradingMetric(scope, check.metric)?.range;
  for (const field of ['threshold', 'partialFrom'] as const) {
    const value = check[field];
    if (value === undefined || !range) continue;
    if (value < range.min || (range.max !== null && value > range.max)) {
      const bounds = range.max === null ? `>= ${range.min}` : `between ${range.min} and ${range.max}`;
      ctx.addIssue({ code: 'custom', path: [...path, field], message: `must be ${bounds} for ${check.metric}` });
    }
  }
  if (check.partialFrom !== undefined) {
    const isOnZeroSide = check.comparison === '>=' ? check.partialFrom < check.threshold : check.partialFrom > check.threshold;
    if (!isOnZeroSide) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'partialFrom'],
        message: `must be ${check.comparison === '>=' ? 'below' : 'above'} the threshold (${check.threshold}) for a ${check.comparison} check`,
      });
    }
  }
}

/** What one object's schema cannot see: unique names, sums, thresholds inside a metric's range. */
function refineRubric(rubric: z.infer<typeof RubricShape>, ctx: z.RefinementCtx): void {
  rubric.criteria.forEach((criterion, i) => {
    const earlier = rubric.criteria.findIndex((other) => sameName(other.name, criterion.name));
    if (earlier < i) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'name'], message: `duplicates the name of criteria[${earlier}]` });
    if (criterion.kind !== 'automatic') return;
    criterion.checks.forEach((check, j) => {
      const first = criterion.checks.findIndex((other) => sameName(other.name, check.name));
      if (first < j) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'checks', j, 'name'], message: `duplicates the name of checks[${first}]` });
      if (check.kind !== 'practice') refineMetricCheck(check, ['criteria', i, 'checks', j], ctx);
    });
    const sum = criterion.checks.reduce((total, check) => total + check.points, 0);
    if (Math.abs(sum - criterion.maxPoints) > 1e-9) {
      ctx.addIssue({ code: 'custom', path: ['criteria', i, 'maxPoints'], message: `must equal the sum of its checks' points (${sum})` });
    }
  });
  const maximum = rubric.criteria.reduce((total, c) => total + (c.level === 'bonus' ? 0 : c.maxPoints * c.weight), 0);
  if (maximum <= 0) ctx.addIssue({ code: 'custom', path: ['criteria'], message: 'needs a basic or recommended criterion worth more than 0 points' });
}

// Only over a rubric whose fields are each valid: a sum over a negative weight would only add a confusing second message.
export const RubricSchema = RubricShape.superRefine(refineRubric, { when: (payload) => payload.issues.length === 0 });
export type Rubric = z.infer<typeof RubricSchema>;
