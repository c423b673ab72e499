import { z } from 'zod';
import { SyncPhaseSchema } from '../domain/sync';

/** Push events, named in the past tense: the UI refreshes what changed instead of polling. */
export const eventSchemas = {
  'sync.progressed': z.object({
    course: z.string(),
    phase: SyncPhaseSchema,
    team: z.string().nullable(),
    teamsDone: z.number().int(),
    teamsTotal: z.number().int(),
    requests: z.number().int(),
  }),
  'data.changed': z.object({ tables: z.array(z.string()) }),
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;
export type AnyEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];
export const eventNames = Object.keys(eventSchemas) as EventName[];
