import { z } from 'zod';
import { SyncStatusSchema, SyncSummarySchema } from '../domain/sync';
import { CourseRefSchema } from './course-ref';

export const syncApi = {
  /** Syncs now and answers when done; progress arrives as sync.progressed events. */
  'sync.run': { input: CourseRefSchema, output: SyncSummarySchema },
  /** Stops a running sync; what it committed so far stays. */
  'sync.cancel': { input: CourseRefSchema, output: z.object({ wasRunning: z.boolean() }) },
  'sync.status': { input: z.object({}), output: z.array(SyncStatusSchema) },
} as const;
