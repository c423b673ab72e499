import { z } from 'zod';

/** Where the token of a connection comes from; the token itself never leaves the core. */
export const TokenSourceSchema = z.enum(['keychain', 'environment', 'none']);

export const ConnectionStatusSchema = z.enum(['ok', 'unauthorized', 'forbidden', 'unreachable', 'untested']);
export type ConnectionStatus = z.infer<typeof ConnectionStatusSchema>;

/** One GitLab instance GitPulse talks to. */
export const ConnectionSchema = z.object({
  gitlabUrl: z.string(),
  tokenSource: TokenSourceSchema,
  /** Request budget for this instance, requests per minute. */
  requestsPerMinute: z.number().int(),
  /** PEM file with extra certificate authorities for a self-hosted instance. */
  caFile: z.string().nullable(),
  status: ConnectionStatusSchema,
  statusMessage: z.string().nullable(),
  checkedAt: z.string().nullable(),
  username: z.string().nullable(),
  scopes: z.array(z.string()),
  /** `YYYY-MM-DD`; the token stops working at midnight UTC of that day. */
  tokenExpiresAt: z.string().nullable(),
});
export type Connection = z.infer<typeof ConnectionSchema>;

export const ConnectionTestSchema = z.object({
  gitlabUrl: z.string(),
  ok: z.boolean(),
  status: ConnectionStatusSchema,
  message: z.string(),
  user: z.object({ username: z.string(), name: z.string() }).nullable(),
  scopes: z.array(z.string()),
  tokenExpiresAt: z.string().nullable(),
  /** Whole days until the token expires; null when it never does. */
  expiresInDays: z.number().int().nullable(),
  /** E.g. "expires in 5 days", "api scope grants write access; read_api is enough". */
  warnings: z.array(z.string()),
});
export type ConnectionTest = z.infer<typeof ConnectionTestSchema>;
