import { z } from 'zod';
import { ExclusionSchema } from '../domain/identity';
import { CourseRefSchema, courseRefShape } from './course-ref';

/** What to exclude: a commit by SHA (at least 7 hex digits), or a merge request by project path and iid. */
const TargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('commit'), sha: z.string().trim() }),
  z.object({ kind: z.literal('mergeRequest'), project: z.string().trim().min(1), iid: z.number().int().positive() }),
]);

/** Exclusions: commits and merge requests that count for nobody in a course, each with its reason. */
export const exclusionsApi = {
  'exclusions.add': {
    input: z.object({ ...courseRefShape, target: TargetSchema, reason: z.string().trim().min(1).max(500) }),
    output: ExclusionSchema,
  },
  'exclusions.list': { input: CourseRefSchema, output: z.array(ExclusionSchema) },
  'exclusions.remove': { input: z.object({ ...courseRefShape, target: TargetSchema }), output: z.object({ removed: z.boolean() }) },
} as const;
