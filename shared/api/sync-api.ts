import { z } from 'zod';
import { SyncSummarySchema } from '../domain/sync';

export const syncApi = {
  'sync.run': { input: z.object({ course: z.string().optional() }), output: SyncSummarySchema },
} as const;
