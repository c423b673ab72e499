import { z } from 'zod';
import { ConnectionSchema, ConnectionTestSchema } from '../domain/connection';

const GitlabUrl = z.string().trim().min(1, 'GitLab URL is empty');

/**
 * GitLab instances and their tokens. A token goes in once (connections.save) and never comes back
 * out: results carry only the token's user, scopes and expiry.
 */
export const connectionsApi = {
  'connections.list': { input: z.object({}), output: z.array(ConnectionSchema) },
  /** Tests the token against GitLab and stores it in the OS keychain only if GitLab accepts it. */
  'connections.save': {
    input: z.object({
      gitlabUrl: GitlabUrl,
      token: z
        .string()
        .trim()
        .min(1, 'Token is empty')
        .regex(/^[\x21-\x7e]+$/, 'A GitLab token has no spaces or control characters; paste the token alone')
        .optional(),
      requestsPerMinute: z.number().int().min(1).max(100_000).optional(),
      caFile: z.string().trim().min(1).nullable().optional(),
    }),
    output: ConnectionTestSchema,
  },
  'connections.test': { input: z.object({ gitlabUrl: GitlabUrl }), output: ConnectionTestSchema },
  'connections.remove': { input: z.object({ gitlabUrl: GitlabUrl }), output: z.object({ removed: z.string() }) },
} as const;
