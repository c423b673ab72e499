import { z } from 'zod';
import { StoredTableSchema } from '../domain/stored-table';
import { SyncPhaseSchema, SyncResourceSchema, SyncSummarySchema } from '../domain/sync';

/** Push events, named in the past tense: the UI refreshes what changed instead of polling. */
export const eventSchemas = {
  'sync.progressed': z.object({
    courseId: z.number().int(),
    /** The course's name, for display. */
    course: z.string(),
    phase: SyncPhaseSchema,
    /** The team this step belongs to (project path), null for course-wide steps. */
    team: z.string().nullable(),
    resource: SyncResourceSchema.nullable(),
    /** Resources this team has finished, out of teamResourcesTotal. */
    teamResourcesDone: z.number().int(),
    teamResourcesTotal: z.number().int(),
    teamsDone: z.number().int(),
    teamsTotal: z.number().int(),
    pages: z.number().int(),
    requests: z.number().int(),
    /** Requests the instance's budget allows right now. */
    budgetLeft: z.number().int(),
    /** Time left, from the requests still expected and the budget; null where no figure would hold within half or twice the real time. */
    etaMs: z.number().int().nullable(),
  }),
  'sync.finished': z.object({
    courseId: z.number().int(),
    course: z.string(),
    ok: z.boolean(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    summary: SyncSummarySchema.nullable(),
  }),
  /** One per commit: the tables it wrote. An empty list means anything may have changed (a reconnect). */
  'data.changed': z.object({ tables: z.array(StoredTableSchema) }),
  'connections.changed': z.object({ gitlabUrl: z.string() }),
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;
export type AnyEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];
export const eventNames = Object.keys(eventSchemas) as EventName[];
