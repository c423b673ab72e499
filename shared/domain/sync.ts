import { z } from 'zod';

export const SyncPhaseSchema = z.enum(['listing-projects', 'syncing-team', 'done']);
export type SyncPhase = z.infer<typeof SyncPhaseSchema>;

export const SyncSummarySchema = z.object({
  course: z.string(),
  requests: z.number().int(),
  durationMs: z.number().int(),
  /** Rows received from GitLab during this sync, by resource. */
  fetched: z.object({ projects: z.number().int(), pipelines: z.number().int() }),
  /** Rows the course holds after this sync, by resource. */
  stored: z.object({ projects: z.number().int(), pipelines: z.number().int() }),
  /** Teams GitLab would not show (deleted, renamed or no longer visible to the token). */
  unreachable: z.array(z.string()),
});
export type SyncSummary = z.infer<typeof SyncSummarySchema>;
