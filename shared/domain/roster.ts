import { z } from 'zod';

export const RosterRoleSchema = z.enum(['student', 'staff']);
export type RosterRole = z.infer<typeof RosterRoleSchema>;

/**
 * One person on a team. Direct members of the team project are students; members inherited from
 * the course group are staff (shown, not graded). The instructor may re-classify anyone.
 */
export const RosterEntrySchema = z.object({
  projectId: z.number().int(),
  project: z.string(),
  userId: z.number().int(),
  username: z.string(),
  name: z.string(),
  role: RosterRoleSchema,
  /** True when the instructor changed the role GitLab's membership suggested. */
  isOverridden: z.boolean(),
  publicEmail: z.string().nullable(),
  webUrl: z.string().nullable(),
});
export type RosterEntry = z.infer<typeof RosterEntrySchema>;
