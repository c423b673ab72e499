import { z } from 'zod';

export const SyncPhaseSchema = z.enum(['listing-projects', 'syncing-team', 'done']);
export type SyncPhase = z.infer<typeof SyncPhaseSchema>;

/** The resources a sync pulls for every team, in the order it pulls them. */
export const syncResources = ['project', 'members', 'branches', 'commits', 'tags', 'mergeRequests', 'issues', 'pipelines', 'ciConfig'] as const;
export const SyncResourceSchema = z.enum(syncResources);
export type SyncResource = z.infer<typeof SyncResourceSchema>;

const count = z.number().int();

export const StoredCountsSchema = z.object({
  projects: count,
  members: count,
  commits: count,
  branches: count,
  tags: count,
  mergeRequests: count,
  issues: count,
  notes: count,
  pipelines: count,
  jobs: count,
});
export type StoredCounts = z.infer<typeof StoredCountsSchema>;

export const SyncSummarySchema = z.object({
  course: z.string(),
  requests: count,
  durationMs: count,
  /** Rows received from GitLab during this sync, by resource. */
  fetched: StoredCountsSchema,
  /** Rows the course holds after this sync, by resource. */
  stored: StoredCountsSchema,
  /** Teams GitLab would not show (deleted, renamed or no longer visible to the token). */
  unreachable: z.array(z.string()),
  /**
   * User lookups (GET /users/:id, for public emails) GitLab rate-limited in this sync: those members
   * are stored without a public email for now, and the next sync looks them up again.
   */
  deferredLookups: count,
  /**
   * Teams whose sync stopped on an answer GitPulse cannot store (a malformed object, a date that is
   * not one); the other teams synced. Each message names the project and the endpoint.
   */
  failedTeams: z.array(z.object({ team: z.string(), message: z.string() })),
  /**
   * Resources of a team this sync left out, the rest of the team synced: refused by GitLab with a
   * plain 403 (a feature switched off, a role too low), or answered with a body over its size cap
   * (a CI include among them). Each message names the endpoint.
   */
  skipped: z.array(z.object({ team: z.string(), resource: SyncResourceSchema, message: z.string() })),
});
export type SyncSummary = z.infer<typeof SyncSummarySchema>;

export const SyncStatusSchema = z.object({
  courseId: z.number().int(),
  course: z.string(),
  isRunning: z.boolean(),
  lastSyncedAt: z.string().nullable(),
  lastSyncError: z.string().nullable(),
  /** When the schedule will sync next; null when the schedule is off. */
  nextSyncAt: z.string().nullable(),
  /** Another GitPulse process syncing the course (the CLI, `serve`, the app): who, where and since when. */
  heldBy: z.object({ pid: z.number().int(), host: z.string(), since: z.string() }).nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

/** How each resource is named to an instructor (progress bars, CLI lines). */
export const syncResourceLabels: Record<SyncResource, string> = {
  project: 'project details',
  members: 'members',
  branches: 'branches',
  commits: 'commits',
  tags: 'tags',
  mergeRequests: 'merge requests',
  issues: 'issues',
  pipelines: 'pipelines',
  ciConfig: 'CI configuration',
};
