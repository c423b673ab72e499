import { z } from 'zod';
import { CourseRefSchema } from './course-ref';

const RelayUrl = z
  .string()
  .trim()
  .min(1, 'Relay URL is empty')
  .refine((text) => /^https?:\/\/[^\s/]+/i.test(text), 'The relay URL starts with https:// (or http:// for a relay on this machine)');

/** How the app stands with its webhook relay. The client token itself never leaves the core. */
export const RelayStatusSchema = z.object({
  isConfigured: z.boolean(),
  url: z.string().nullable(),
  /** Where the client token comes from: GITPULSE_RELAY_TOKEN, the OS keychain, or nowhere yet. */
  tokenSource: z.enum(['environment', 'keychain']).nullable(),
  /** `live`: long-polling and the last request succeeded; `down`: the last request failed; `idle`: set but not polled by this host. */
  state: z.enum(['off', 'live', 'down', 'idle']),
  /** The last feed cursor applied to this database. */
  cursor: z.number().int().nonnegative(),
  /** When the relay received the newest applied event (UTC ISO). */
  lastEventAt: z.string().nullable(),
  lastPulledAt: z.string().nullable(),
  lastError: z.string().nullable(),
  appliedCount: z.number().int().nonnegative(),
  ignoredCount: z.number().int().nonnegative(),
});

export const RelayPullSchema = z.object({
  applied: z.number().int().nonnegative(),
  /** With a course named: how many of the applied events touched it (the feed itself is not per course). */
  appliedToCourse: z.number().int().nonnegative().nullable(),
  /** Events for projects no course has. */
  ignored: z.number().int().nonnegative(),
  /** Events with nothing GitPulse stores (deployments, releases, wiki pages...). */
  skipped: z.number().int().nonnegative(),
  cursor: z.number().int().nonnegative(),
});

export const RelayTestSchema = z.object({ ok: z.boolean(), message: z.string() });

export const HookSetupSchema = z.object({
  /** `manual`: the token cannot manage hooks (no api scope); `steps` say what to do by hand. */
  mode: z.enum(['api', 'manual']),
  projects: z.array(
    z.object({
      project: z.string(),
      outcome: z.enum(['created', 'updated', 'verified', 'failed', 'manual']),
      message: z.string().nullable(),
    }),
  ),
  steps: z.array(z.string()),
});

export type RelayStatus = z.infer<typeof RelayStatusSchema>;
export type RelayPull = z.infer<typeof RelayPullSchema>;
export type HookSetup = z.infer<typeof HookSetupSchema>;

/**
 * The webhook relay (relay/README.md): where it is, whether it answers, and pulling its events.
 * The client token goes in once (relay.connect) and is kept in the OS keychain.
 */
export const relayApi = {
  'relay.status': { input: z.object({}), output: RelayStatusSchema },
  /** Tests the URL and token against the relay and saves them only if the relay accepts the token. */
  'relay.connect': {
    input: z.object({
      url: RelayUrl,
      token: z
        .string()
        .trim()
        .min(1, 'Token is empty')
        .regex(/^[\x21-\x7e]+$/, 'A relay token has no spaces or control characters')
        .optional(),
    }),
    output: RelayStatusSchema,
  },
  'relay.disconnect': { input: z.object({}), output: z.object({ removed: z.boolean() }) },
  'relay.test': { input: z.object({}), output: RelayTestSchema },
  /** Fetches every event after the stored cursor once and applies it; a named course also gets its own count. */
  'relay.pull': { input: CourseRefSchema, output: RelayPullSchema },
  /** Creates or verifies the relay's project hook on each team project of the course (needs the api scope). */
  'relay.setupWebhooks': {
    input: CourseRefSchema.extend({ secret: z.string().trim().min(1, 'The webhook secret is empty') }),
    output: HookSetupSchema,
  },
} as const;
