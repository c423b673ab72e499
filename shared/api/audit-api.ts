import { z } from 'zod';
import { AuditEntrySchema } from '../domain/audit';

export const auditApi = {
  /** Newest first; `before` pages back through older entries by id. */
  'audit.list': {
    input: z.object({ limit: z.number().int().min(1).max(1000).default(200), before: z.number().int().optional() }),
    output: z.array(AuditEntrySchema),
  },
} as const;
