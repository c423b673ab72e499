import { z } from 'zod';
import { RosterEntrySchema, RosterRoleSchema } from '../domain/roster';
import { CourseRefSchema, courseRefShape } from './course-ref';

export const rosterApi = {
  'roster.list': { input: CourseRefSchema, output: z.array(RosterEntrySchema) },
  'roster.setRole': {
    input: z.object({ ...courseRefShape, projectId: z.number().int(), userId: z.number().int(), role: RosterRoleSchema }),
    output: RosterEntrySchema,
  },
} as const;
