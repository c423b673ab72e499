import { z } from 'zod';
import { SyncStatusSchema, SyncSummarySchema } from '../domain/sync';

export const syncApi = {
  /** Syncs now and answers when done; progress arrives as sync.progressed events. */
  'sync.run': { input: z.object({ course: z.string().optional() }), output: SyncSummarySchema },
  /** Stops a running sync; what it committed so far stays. */
  'sync.cancel': { input: z.object({ course: z.string().optional() }), output: z.object({ wasRunning: z.boolean() }) },
  'sync.status': { input: z.object({}), output: z.array(SyncStatusSchema) },
} as const;
