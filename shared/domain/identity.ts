import { z } from 'zod';

export const AliasKindSchema = z.enum(['email', 'name']);
export type AliasKind = z.infer<typeof AliasKindSchema>;

/** Another email or name a course member commits under; applies to every team and figure of the course. */
export const IdentityAliasSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  kind: AliasKindSchema,
  value: z.string(),
  createdAt: z.string(),
});
export type IdentityAlias = z.infer<typeof IdentityAliasSchema>;

/** A commit or a merge request the instructor excluded from every figure, with the reason. */
export const ExclusionSchema = z.discriminatedUnion('kind', [
  z.object({ id: z.number().int(), kind: z.literal('commit'), sha: z.string(), reason: z.string(), createdAt: z.string() }),
  z.object({
    id: z.number().int(),
    kind: z.literal('mergeRequest'),
    projectId: z.number().int(),
    project: z.string(),
    iid: z.number().int(),
    reason: z.string(),
    createdAt: z.string(),
  }),
]);
export type Exclusion = z.infer<typeof ExclusionSchema>;
