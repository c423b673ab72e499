import { z } from 'zod';

/** One iteration as the course total counts it: its weight, and the grades it was taken from. */
export const CourseTotalIterationSchema = z.object({
  name: z.string(),
  weight: z.number(),
  /** True when the figures are the iteration's frozen sheet. */
  frozen: z.boolean(),
  /** The instant the iteration's grades counted activity up to (exclusive), UTC ISO 8601. */
  asOf: z.string(),
  rubricVersion: z.number().int(),
  maxPoints: z.number(),
});
export type CourseTotalIteration = z.infer<typeof CourseTotalIterationSchema>;

/** A student's result in one iteration; a student missing from that iteration's sheet counts 0 there. */
export const StudentIterationResultSchema = z.object({
  name: z.string(),
  total: z.number(),
  maxPoints: z.number(),
  percent: z.number(),
});
export type StudentIterationResult = z.infer<typeof StudentIterationResultSchema>;

export const CourseTotalStudentSchema = z.object({
  projectId: z.number().int(),
  /** The project's path with namespace, e.g. "cs-2026/team-01". */
  project: z.string(),
  userId: z.number().int(),
  username: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  /** In the order of `CourseTotal.iterations`, one entry each. */
  iterations: z.array(StudentIterationResultSchema),
  /** sum(weight × percent) / sum(weight) over the iterations with a weight above 0, rounded to 0.1. */
  percent: z.number(),
});
export type CourseTotalStudent = z.infer<typeof CourseTotalStudentSchema>;

/**
 * What `gitpulse grade total --json` prints and the course-total CSV is written from: every
 * iteration's grades (the frozen sheet while frozen) combined with the iterations' weights.
 */
export const CourseTotalSchema = z.object({
  course: z.string(),
  iterations: z.array(CourseTotalIterationSchema),
  students: z.array(CourseTotalStudentSchema),
});
export type CourseTotal = z.infer<typeof CourseTotalSchema>;
