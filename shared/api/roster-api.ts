import { z } from 'zod';
import { RosterEntrySchema, RosterRoleSchema } from '../domain/roster';

export const rosterApi = {
  'roster.list': { input: z.object({ course: z.string().optional() }), output: z.array(RosterEntrySchema) },
  'roster.setRole': {
    input: z.object({ course: z.string().optional(), projectId: z.number().int(), userId: z.number().int(), role: RosterRoleSchema }),
    output: RosterEntrySchema,
  },
} as const;
