import { z } from 'zod';
import { AliasKindSchema, IdentityAliasSchema } from '../domain/identity';
import { CourseRefSchema, courseRefShape } from './course-ref';

const AliasInputSchema = z.object({
  ...courseRefShape,
  /** The course member the alias belongs to, by GitLab username. */
  username: z.string().trim().min(1),
  kind: AliasKindSchema,
  /** An email (for kind email) or a name (for kind name), as it appears in commits. */
  value: z.string().trim().min(1).max(320),
});

/** Identity aliases: another email or name a member commits under, applied to every figure at once. */
export const identityApi = {
  'aliases.add': { input: AliasInputSchema, output: IdentityAliasSchema },
  'aliases.list': { input: CourseRefSchema, output: z.array(IdentityAliasSchema) },
  'aliases.remove': { input: AliasInputSchema, output: z.object({ removed: z.boolean() }) },
} as const;
