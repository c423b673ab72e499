import { z } from 'zod';

/** One GitLab API call, as recorded; the path and query never carry the token. */
export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  gitlabUrl: z.string(),
  method: z.string(),
  path: z.string(),
  status: z.number().int().nullable(),
  durationMs: z.number().int(),
  bytes: z.number().int(),
  budgetLeft: z.number().int(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
